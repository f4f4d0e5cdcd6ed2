import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPGlite, openPostgres, type Database } from '../platform/db/database';

/**
 * Integration tests run on PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set
 * (CI sets it). Each call gives a fresh, empty database; `close` drops it.
 */
export type TestDatabaseKind = 'pglite' | 'postgres';

export const postgresUrl = process.env.TEST_DATABASE_URL;

export const testDatabaseKinds: TestDatabaseKind[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

export const postgresSkipReason = 'PostgreSQL: пропущено — задайте TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test, чтобы выполнить эти тесты и на PostgreSQL';

export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openPGlite(undefined);
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL не задан');
  const name = `priemnaya_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
