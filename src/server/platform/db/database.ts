import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { PGliteDialect } from './pglite-dialect';
import { lockDataDir } from './data-dir-lock';

export type Database = {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** PGlite only: the whole database as a tarball (tests reuse a migrated one, see testing/databases.ts). */
  dumpDataDir?: () => Promise<Blob>;
};

const INT8 = 20;
const DATE = 1082;

/**
 * Both drivers return the same JS types: int8 → number (ids stay far below 2^53), date → 'YYYY-MM-DD'
 * string (a deadline is a calendar date, never a moment — ARCHITECTURE principle 4).
 */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (v: string) => Number.parseInt(v, 10);
    if (oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, max: 10 });
  // Sessions work in UTC; the organisation's zone is applied by the domain (profile time zone).
  pool.on('connect', (client) => void client.query("set time zone 'UTC'"));
  // An idle connection dropped by the server (restart, failover) must not crash the process: the
  // pool replaces it; the next query reports a real failure through the usual error path.
  pool.on('error', (e) => console.error(`PostgreSQL: соединение разорвано (${e.message}); будет открыто новое.`));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** dataDir undefined → in-memory PGlite (tests). */
export async function openPGlite(dataDir: string | undefined, opts: { loadDataDir?: Blob } = {}): Promise<Database> {
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  let path: string | undefined;
  let unlock = () => {};
  if (dataDir) {
    path = join(dataDir, 'pglite');
    mkdirSync(path, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const pglite = await PGlite.create({
    ...(path ? { dataDir: path } : {}),
    // Tests: start from a dump of an already migrated database instead of initdb (seconds saved per app).
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8]: (v: string) => Number.parseInt(v, 10), [DATE]: (v: string) => v },
  });
  await pglite.exec("set time zone 'UTC'");
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
    dumpDataDir: async () => (await pglite.dumpDataDir('none')) as Blob,
  };
}

export function openDatabase(opts: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPGlite(opts.dataDir);
}
