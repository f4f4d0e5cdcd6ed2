import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirBusyError extends Error {}

/**
 * The embedded database is one process's: a second process (a second server, or `npm run admin`
 * while the server runs) would overwrite its writes. A lock file with the owner's pid refuses it;
 * a lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'priemnaya.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new DataDirBusyError(
          `Встроенная база данных в каталоге ${dir} уже используется процессом ${pid}${pid === process.pid ? ' (этим же процессом)' : ''}. ` +
            'Остановите запущенный сервер Приёмной (или другую команду) и повторите.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirBusyError(`Не удалось занять каталог базы данных ${dir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
