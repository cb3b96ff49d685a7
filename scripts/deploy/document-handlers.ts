import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './prometheus-rule';

export const PORTAL_MAIN = 'services/portal-server/src/main.ts';

/**
 * Whether a process started with these arguments reads or writes claim documents (docs/documents.md): a portal
 * whose app has the `/api/documents` routes (merchant uploads, admin and web open), or a script that opens the
 * document storage (the projector prunes unattached uploads).
 */
export function handlesDocuments(argv: readonly string[]): boolean {
  const portal = argv.indexOf(PORTAL_MAIN);
  if (portal !== -1) return existsSync(path.join(ROOT, 'apps', argv[portal + 1] ?? '-', 'src/app/api/documents'));
  const script = argv.find((a) => a.endsWith('.ts'));
  return script !== undefined && readFileSync(path.join(ROOT, script), 'utf8').includes('documentStorageFromEnv');
}
