import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPGlite, openPostgres, type Database } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { migrations } from '../migrations';

/**
 * Integration tests run on PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set
 * (CI sets it). Each call gives a fresh database of its own; `close` drops it. By default it is
 * empty; `{ migrated: true }` gives one with every migration applied — a copy of a database
 * migrated once per schema (a PGlite dump in the temporary directory, a PostgreSQL template
 * database), which saves the seconds of initdb and of the migrations in every test app.
 */
export type TestDatabaseKind = 'pglite' | 'postgres';

export const postgresUrl = process.env.TEST_DATABASE_URL;

export const testDatabaseKinds: TestDatabaseKind[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

export const postgresSkipReason = 'PostgreSQL: пропущено — задайте TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test, чтобы выполнить эти тесты и на PostgreSQL';

/** The schema's identity: every migration's name and code, and the PGlite build (its dump format). */
const schemaKey = (() => {
  // The package does not export its package.json: find it beside its entry point.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(entry.slice(0, entry.lastIndexOf(`${'@electric-sql'}/pglite`)), '@electric-sql/pglite/package.json');
  const pgliteVersion = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(pgliteVersion);
  for (const [name, m] of Object.entries(migrations)) hash.update(`\n${name}\n${m.up.toString()}`);
  return hash.digest('hex').slice(0, 16);
})();

let pgliteSnapshot: Blob | null = null;

async function migratedPGlite(): Promise<Database> {
  const file = join(tmpdir(), `priemnaya-test-pglite-${schemaKey}.tar`);
  if (!pgliteSnapshot && existsSync(file)) pgliteSnapshot = new Blob([readFileSync(file)]);
  if (pgliteSnapshot) return openPGlite(undefined, { loadDataDir: pgliteSnapshot });
  const database = await openPGlite(undefined);
  await migrateToLatest(database.db);
  pgliteSnapshot = await database.dumpDataDir!();
  // Written aside and renamed: parallel test processes never read half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, new Uint8Array(await pgliteSnapshot.arrayBuffer()));
  renameSync(partial, file);
  // Snapshots of earlier schemas are of no use any more (about 40 MB each).
  for (const old of readdirSync(tmpdir()).filter((f) => /^priemnaya-test-pglite-[0-9a-f]{16}\.tar$/.test(f) && !file.endsWith(f))) rmSync(join(tmpdir(), old), { force: true });
  return database;
}

async function adminQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<T>> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    return await admin.query<T>(sql, params);
  } finally {
    await admin.end();
  }
}

/** The migrated template database of this schema, created once (under an advisory lock: test processes run in parallel). */
async function postgresTemplate(): Promise<string> {
  const name = `priemnaya_tmpl_${schemaKey}`;
  if ((await adminQuery('select 1 from pg_database where datname = $1', [name])).rowCount) return name;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(724001)');
    if (!(await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount) {
      const building = `${name}_building`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const url = new URL(postgresUrl!);
      url.pathname = `/${building}`;
      const database = await openPostgres(url.toString());
      try {
        await migrateToLatest(database.db);
      } finally {
        await database.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
      // Templates of earlier schemas are of no use any more.
      const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'priemnaya\\_tmpl\\_%' and datname <> $1", [name]);
      for (const row of stale.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(724001)').catch(() => {});
    await admin.end();
  }
  return name;
}

export async function openTestDatabase(kind: TestDatabaseKind, opts: { migrated?: boolean } = {}): Promise<Database> {
  if (kind === 'pglite') return opts.migrated ? migratedPGlite() : openPGlite(undefined);
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL не задан');
  const name = `priemnaya_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(opts.migrated ? `create database ${name} template ${await postgresTemplate()}` : `create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
