import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeKey } from './safe-key';
import type { DocumentStorage, StoredObject } from './storage-port';

/**
 * Development and tests: one file per key under `dir` (plus `<file>.type` holding the content type). Written
 * to a temporary name and renamed, so a reader never sees half a file. Every path is checked to stay inside
 * `dir` besides the key's own shape check.
 */
export function fsDocumentStorage(dir: string): DocumentStorage {
  const root = path.resolve(dir);
  const fileOf = (key: string): string => {
    const file = path.resolve(root, assertSafeKey(key));
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error('storage key escapes the document directory');
    return file;
  };
  return {
    name: 'fs',
    async put(key, bytes, contentType) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, bytes);
      await writeFile(`${file}.type`, contentType);
      await rename(tmp, file);
    },
    async get(key): Promise<StoredObject | null> {
      const file = fileOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, 'utf8')]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const file = fileOf(key);
      await Promise.all([rm(file, { force: true }), rm(`${file}.type`, { force: true })]);
    },
  };
}
