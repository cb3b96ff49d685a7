/**
 * The API process's own V8/Node flags in the benches: by default what services/api's start script gives it (a 64 MB
 * young generation, docs/benchmarks.md `npm run bench` run 11); `BENCH_API_NODE_FLAGS` replaces them for A/B runs
 * (`""` for none).
 */
export const apiNodeFlags = (): string[] => nodeFlags(process.env.BENCH_API_NODE_FLAGS);

/**
 * The portal servers' V8/Node flags in `npm run bench:portal`: what `npm start` gives them (scripts/stack/stack.ts, the
 * same 64 MB young generation); `BENCH_PORTAL_NODE_FLAGS` replaces them for A/B runs (`""` for none).
 */
export const portalNodeFlags = (): string[] => nodeFlags(process.env.BENCH_PORTAL_NODE_FLAGS);

const nodeFlags = (given: string | undefined): string[] => (given ?? '--max-semi-space-size=64').split(' ').filter(Boolean);
