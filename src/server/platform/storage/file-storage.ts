import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of attachments live (ARCHITECTURE «Beyond one machine»: local disk for one
 * machine, S3-compatible object storage for a cluster — both behind this type).
 * Keys are ours, never a user's file name: `appeals/2026/<uuid>`.
 */
export type FileStorage = {
  /** Stores the bytes under the key; a key is written once (a second put replaces it whole). */
  put(key: string, content: Uint8Array | Readable): Promise<void>;
  /** The stored bytes; StorageNotFoundError when the key holds nothing. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes; used only to clean up after a failed transaction, never for a registered attachment. */
  delete(key: string): Promise<void>;
};

export class StorageKeyError extends Error {}
export class StorageNotFoundError extends Error {}

// Lower-case segments of letters, digits, '-', '_' and '.', starting with a letter or digit (so never '.' or '..').
const SEGMENT = /^[a-z0-9][a-z0-9._-]{0,127}$/;

/** Refuses anything that is not one of our keys: absolute paths, '..', backslashes, empty segments. */
export function assertStorageKey(key: string): void {
  const segments = key.split('/');
  if (key.length > 512 || segments.length < 2 || !segments.every((s) => SEGMENT.test(s))) {
    throw new StorageKeyError(`Недопустимый ключ хранилища: ${JSON.stringify(key.slice(0, 100))}`);
  }
}

/** A fresh random key under a prefix, e.g. newStorageKey('appeals', 2026) → 'appeals/2026/<uuid>'. */
export function newStorageKey(...prefix: (string | number)[]): string {
  const key = [...prefix.map(String), randomUUID()].join('/');
  assertStorageKey(key);
  return key;
}
