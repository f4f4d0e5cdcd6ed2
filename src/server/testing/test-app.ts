import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../domain/org/roles';
import { loadConfig } from '../platform/config';
import { fixedClock } from '../platform/clock';
import { buildApp, type App } from '../platform/http/app';
import { hashPassword } from '../platform/auth/passwords';
import { prepare } from '../bootstrap';
import { openTestDatabase, type TestDatabaseKind } from './databases';
import type { Database } from '../platform/db/database';
import type { AppDeps } from '../platform/http/deps';

export const TEST_PASSWORD = 'test-password-42';

export type TestApp = {
  app: App;
  database: Database;
  deps: AppDeps;
  /** Runs the background jobs that are due (the registration notice, …); returns how many ran. */
  drainJobs: () => Promise<number>;
  clock: ReturnType<typeof fixedClock>;
  close: () => Promise<void>;
};

/** A real server on a fresh database (HMR profile, no demo data) with a frozen clock; files in its own temporary DATA_DIR. `env` adds configuration variables. */
export async function createTestApp(kind: TestDatabaseKind, opts: { now?: string; profile?: string; demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const clock = fixedClock(opts.now ?? '2026-11-20T06:00:00Z');
  const database = await openTestDatabase(kind, { migrated: true });
  const config = loadConfig({ SESSION_SECRET: 'x'.repeat(40), PRIEMNAYA_PROFILE: opts.profile ?? 'HMR', PRIEMNAYA_DEMO: opts.demo ? 'true' : 'false', DATA_DIR: mkdtempSync(join(tmpdir(), 'priemnaya-test-')), ...opts.env });
  const { deps } = await prepare(config, database, clock);
  // Background jobs run when a test says so (drainJobs), not at random moments of the test.
  const app = await buildApp({ ...deps, logger: false, runJobs: false });
  await app.ready();
  return { app, database, deps, clock, drainJobs: () => deps.jobs.drain(), close: async () => { await app.close(); await database.close(); await rm(config.dataDir, { recursive: true, force: true }); } };
}

/** Factory: a user with roles and a known password, already past the first-login change. */
export async function buildUser(t: TestApp, o: { login: string; roles: Role[]; mustChangePassword?: boolean; surname?: string }) {
  const db = t.database.db;
  const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
  const official = await db.insertInto('officials').values({ organisation_id: org.id, surname: o.surname ?? `Тестов-${o.login}`, first_name: 'Тест', patronymic: 'Тестович' }).returning('id').executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ organisation_id: org.id, official_id: official.id, login: o.login, password_hash: await hashPassword(TEST_PASSWORD), must_change_password: o.mustChangePassword ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of o.roles) await db.insertInto('user_roles').values({ user_id: user.id, role }).execute();
  return { id: user.id, officialId: official.id, login: o.login };
}

export type Session = {
  cookie: string;
  csrf: string;
  request: (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, extraHeaders?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

/** Logs in through the API and returns a client that sends the cookie and the CSRF header. */
export async function loginAs(t: TestApp, login: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = (raw ?? '').split(';')[0] ?? '';
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrf,
    request: (method, url, body, extraHeaders = {}) =>
      t.app.inject({ method, url, headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...extraHeaders }, ...(body === undefined ? {} : { payload: body as object }) }),
  };
}
