import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPGlite } from './database';
import { lockDataDir } from './data-dir-lock';

describe('the embedded database belongs to one process', () => {
  it('refuses a second opening of the same data directory in Russian, and allows it after close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'priemnaya-lock-'));
    const first = await openPGlite(dir);
    await expect(openPGlite(dir)).rejects.toThrow(/уже используется процессом \d+/);
    await first.close();
    const again = await openPGlite(dir);
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'priemnaya-lock-'));
    writeFileSync(join(dir, 'priemnaya.lock'), '999999999');
    const unlock = lockDataDir(dir);
    unlock();
  });
});
