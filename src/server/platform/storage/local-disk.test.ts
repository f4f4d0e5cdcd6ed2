import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { localDiskStorage } from './local-disk';
import { assertStorageKey, newStorageKey, StorageKeyError, StorageNotFoundError } from './file-storage';

describe('local-disk file storage', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'priemnaya-storage-'));
    return { dir, root: join(dir, 'files'), storage: localDiskStorage(join(dir, 'files')) };
  };

  it('stores bytes and streams under a random key, reads them back, deletes them', async () => {
    const { root, storage } = setup();
    const key = newStorageKey('appeals', 2026);
    expect(key).toMatch(/^appeals\/2026\/[0-9a-f-]{36}$/);
    await storage.put(key, Buffer.from('первый'));
    expect(await storage.exists(key)).toBe(true);
    expect((await buffer(await storage.get(key))).toString()).toBe('первый');
    expect(readFileSync(join(root, ...key.split('/')), 'utf8')).toBe('первый');

    const other = newStorageKey('appeals', 2026);
    await storage.put(other, Readable.from([Buffer.from('по '), Buffer.from('частям')]));
    expect((await buffer(await storage.get(other))).toString()).toBe('по частям');
    // no temporary files are left behind
    expect(readdirSync(join(root, 'appeals', '2026')).sort()).toEqual([key, other].map((k) => k.split('/')[2]).sort());

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await storage.delete(key); // deleting what is gone is not an error
  });

  it('refuses path traversal and anything that is not one of its keys', async () => {
    const { dir, storage } = setup();
    const bad = ['../secret', 'appeals/../../secret', 'appeals/2026/../../../etc/passwd', '/etc/passwd', 'appeals\\..\\x', 'appeals//x', 'appeals/./x', 'appeals/..', 'appeals/.hidden', 'Appeals/2026/X', 'single', '', 'appeals/2026/файл.pdf', 'appeals/2026/a b'];
    for (const key of bad) {
      expect(() => assertStorageKey(key), key).toThrow(StorageKeyError);
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.get(key), key).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.exists(key), key).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(StorageKeyError);
    }
    expect(existsSync(join(dir, 'secret'))).toBe(false);
  });
});
