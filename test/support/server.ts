import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/server/platform/config';
import { openDatabase } from '../../src/server/platform/db/database';
import { systemClock, type Clock } from '../../src/server/platform/clock';
import { buildApp } from '../../src/server/platform/http/app';
import { prepare } from '../../src/server/bootstrap';
import { readDemoPasswords } from '../../src/server/features/organisation/seed-demo';

export type RunningServer = { url: string; dataDir: string; demoPassword: (login: string) => string; stop: () => Promise<void> };

/**
 * The production server (built web app in dist/web) on a free port, with its own data directory.
 * `clock` freezes the server's time (a `fixedClock`), `env` adds settings such as an SMTP sink's.
 */
export async function startServer(opts: { dataDir?: string; env?: Record<string, string>; clock?: Clock } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'priemnaya-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, PRIEMNAYA_PROFILE: 'HMR', PORT: '3999', ...opts.env });
  const database = await openDatabase(config);
  const { deps } = await prepare(config, database, opts.clock ?? systemClock);
  const app = await buildApp({ ...deps, logger: false, webDir: join(process.cwd(), 'dist/web') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    demoPassword: (login) => {
      const password = readDemoPasswords(dataDir)[login];
      if (!password) throw new Error(`no demo password for ${login}`);
      return password;
    },
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}
