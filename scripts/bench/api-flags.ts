/**
 * The API process's own V8/Node flags in the benches: by default what services/api's start script gives it (a 64 MB
 * young generation, docs/benchmarks.md `npm run bench` run 11); `BENCH_API_NODE_FLAGS` replaces them for A/B runs
 * (`""` for none).
 */
export const apiNodeFlags = (): string[] => (process.env.BENCH_API_NODE_FLAGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);
