import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsDocumentStorage } from './fs-storage';

const KEY = 'insurance/3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('the filesystem document storage', () => {
  it('puts, gets back with the content type, deletes; a missing key is null', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hp-docs-'));
    const store = fsDocumentStorage(dir);
    await store.put(KEY, new Uint8Array([1, 2, 3]), 'application/pdf');
    expect(await store.get(KEY)).toEqual({ bytes: new Uint8Array([1, 2, 3]), contentType: 'application/pdf' });
    expect(readdirSync(path.join(dir, 'insurance')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await store.delete(KEY);
    await store.delete(KEY);
    expect(await store.get(KEY)).toBeNull();
  });

  it('never reads or writes outside its directory', async () => {
    const store = fsDocumentStorage(mkdtempSync(path.join(tmpdir(), 'hp-docs-')));
    await expect(store.put('../../etc/cron.d/x', new Uint8Array([1]), 'text/plain')).rejects.toThrow(/unsafe storage key/);
    await expect(store.get('insurance/../../../etc/passwd')).rejects.toThrow(/unsafe storage key/);
  });
});
