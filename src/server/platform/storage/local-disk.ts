import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, StorageKeyError, StorageNotFoundError, type FileStorage } from './file-storage';

/**
 * Files on the local disk under `${dataDir}/files/` — the embedded installation (one machine).
 * Writes go to a temporary name and are renamed into place, so a reader never sees half a file.
 */
export function localDiskStorage(root: string): FileStorage {
  const base = resolve(root);

  function pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(base, ...key.split('/'));
    // Belt and braces: whatever the key check lets through must still land inside the root.
    if (!path.startsWith(base + sep)) throw new StorageKeyError(`Ключ вне хранилища: ${key}`);
    return path;
  }

  return {
    async put(key, content) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${randomUUID()}.part`);
      try {
        if (content instanceof Readable) await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
        else await writeFile(temp, content, { flag: 'wx', mode: 0o600 });
        await rename(temp, path);
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
    },

    async get(key) {
      const path = pathOf(key);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) throw new StorageNotFoundError(`В хранилище нет файла ${key}`);
      return createReadStream(path);
    },

    async exists(key) {
      const info = await stat(pathOf(key)).catch(() => null);
      return info?.isFile() ?? false;
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
