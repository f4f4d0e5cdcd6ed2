/**
 * Registry performance (issue «Registration», Performance):
 *   PostgreSQL, 1,000,000 appeals: journal first page with two filters p95 ≤ 50 ms; full-text search
 *   p95 ≤ 150 ms; author history while typing p95 ≤ 50 ms; registration over HTTP ≥ 200/s, p99 ≤ 100 ms.
 *   PGlite, 100,000 appeals: journal p95 ≤ 150 ms.
 * Run:  npm run bench:registry -- --db postgres --appeals 1000000   (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/priemnaya_bench — dropped and recreated)
 *       npm run bench:registry -- --db pglite --appeals 100000
 * Add --keep to reuse an already generated PostgreSQL database.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../../src/server/platform/config';
import { openPGlite, openPostgres, type Database } from '../../src/server/platform/db/database';
import { systemClock } from '../../src/server/platform/clock';
import { buildApp } from '../../src/server/platform/http/app';
import { hashPassword } from '../../src/server/platform/auth/passwords';
import { prepare } from '../../src/server/bootstrap';
import { listJournal, journalQuery } from '../../src/server/features/registry/journal';
import { findAuthorHistory } from '../../src/server/features/registry/author-history';
import { generate } from './generate';

const { values: args } = parseArgs({ options: { db: { type: 'string', default: 'postgres' }, appeals: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false }, registrations: { type: 'string', default: '3000' }, 'registration-only': { type: 'boolean', default: false } } });
const appeals = Number(args.appeals);
const today = '2026-11-20';

async function open(): Promise<{ database: Database; dataDir: string; fresh: boolean }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'priemnaya-bench-'));
  if (args.db === 'pglite') return { database: await openPGlite(join(dataDir, 'db')), dataDir, fresh: true };
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/priemnaya_bench';
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!args.keep || !exists) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  return { database: await openPostgres(url), dataDir, fresh: !args.keep || !exists };
}

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms (n=${xs.length})`;

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const { database, dataDir, fresh } = await open();
const config = loadConfig({ DATA_DIR: dataDir, PRIEMNAYA_DEMO: 'false', SESSION_SECRET: 'b'.repeat(40), PRIEMNAYA_PROFILE: 'HMR', ...(args.db === 'postgres' ? { DATABASE_URL: 'postgres://unused@localhost/x' } : {}) });
const { deps } = await prepare({ ...config }, database, systemClock);
const db = database.db;
if (fresh) {
  console.log(`generating ${appeals.toLocaleString('en-US')} appeals on ${args.db}…`);
  await generate(db, appeals);
}
const count = Number((await sql<{ n: number }>`select count(*) as n from appeals`.execute(db)).rows[0]!.n);
console.log(`\n${args.db}: ${count.toLocaleString('en-US')} appeals, ${Number((await sql<{ n: number }>`select count(*) as n from appeal_questions`.execute(db)).rows[0]!.n).toLocaleString('en-US')} questions, ${Number((await sql<{ n: number }>`select count(*) as n from authors`.execute(db)).rows[0]!.n).toLocaleString('en-US')} authors`);

if (!args['registration-only']) await queries();

async function queries() {
// 1. Journal first page with two filters.
const channels = ['post', 'internet-reception', 'epgu', 'forwarded', 'in-person'];
const types = ['statement', 'complaint', 'proposal'];
const journalTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const year = 2022 + (i % 5);
  const month = 1 + (i % 11);
  const filters = [
    { from: `${year}-01-01`, to: `${year}-12-31`, channel: channels[i % channels.length] },
    { from: `${year}-${String(month).padStart(2, '0')}-01`, to: `${year}-${String(month + 1).padStart(2, '0')}-01`, type: types[i % types.length] },
    { channel: channels[i % channels.length], collective: 'true' },
    { overdue: 'false', type: types[i % types.length] },
  ][i % 4]!;
  const q = journalQuery.parse(filters);
  journalTimes.push(await time(() => listJournal(db, q, today)));
}
console.log(`journal, first page, two filters: ${fmt(journalTimes.slice(10))}`);

// 2. Full-text search (word forms), alone and within a year.
const words = ['дорога', 'отоплении', 'пенсия', 'мусора', 'кровли', 'собак', 'освещение', 'детский сад', 'жилья', 'управляющей компании'];
const ftsTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const q = journalQuery.parse({ q: words[i % words.length], ...(i % 2 ? { from: `${2022 + (i % 5)}-01-01`, to: `${2022 + (i % 5)}-12-31` } : {}) });
  ftsTimes.push(await time(() => listJournal(db, q, today)));
}
console.log(`full-text search: ${fmt(ftsTimes.slice(10))}`);

// 3. Author history while typing: existing people typed in capitals with a typo that keeps the
// sound (о → а), or with a letter dropped from the surname (then the address finds them).
const sample = await db.selectFrom('authors').select(['surname', 'first_name', 'patronymic', 'postal_address']).orderBy(sql`random()`).limit(220).execute();
const historyTimes: number[] = [];
let historyFound = 0;
for (const [i, a] of sample.entries()) {
  const surname = i % 2 ? (a.surname ?? '').replace(/о/, 'а') : (a.surname ?? '').slice(0, 2) + (a.surname ?? '').slice(3);
  let found = 0;
  historyTimes.push(await time(async () => (found = (await findAuthorHistory(db, { surname: surname.toUpperCase(), firstName: a.first_name ?? '', patronymic: a.patronymic ?? '', postalAddress: a.postal_address, email: '', phone: '', totkCodes: [] })).candidates.length)));
  if (found > 0) historyFound++;
}
console.log(`author history lookup: ${fmt(historyTimes.slice(20))}; the person found in ${historyFound} of ${sample.length}`);

// 3a. Journal filtered by a part of the author's name within a year.
const authorTimes: number[] = [];
for (let i = 0; i < 120; i++) {
  const q = journalQuery.parse({ author: [sample[i]!.surname, sample[i]!.first_name].join(' '), ...(i % 2 ? { from: `${2022 + (i % 5)}-01-01`, to: `${2022 + (i % 5)}-12-31` } : {}) });
  authorTimes.push(await time(() => listJournal(db, q, today)));
}
console.log(`journal by author: ${fmt(authorTimes.slice(10))}`);

}

// 4. Registration through the HTTP API (server and load generator share this machine's 2 cores).
const app = await buildApp({ ...deps, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
const official = await db.insertInto('officials').values({ organisation_id: org.id, surname: 'Нагрузочный', first_name: 'Тест', patronymic: null }).returning('id').executeTakeFirstOrThrow();
const user = await db.insertInto('users').values({ organisation_id: org.id, official_id: official.id, login: `bench-${Date.now()}`, password_hash: await hashPassword('bench-password-1'), must_change_password: false }).returning(['id', 'login']).executeTakeFirstOrThrow();
await db.insertInto('user_roles').values({ user_id: user.id, role: 'registrar' }).execute();
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: user.login, password: 'bench-password-1' }) });
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
const codes = (await db.selectFrom('totk').select('code').where('kind', '=', 'question').limit(200).execute()).map((r) => r.code);
const total = Number(args.registrations);
// The load comes from another process (as from the registrars' browsers), not from the server's own event loop.
async function load(opts: { total: number; concurrency?: number; rate?: number; tag: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./load.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ base, cookie, csrf, codes, concurrency: 16, ...opts }));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  return JSON.parse(output) as { latencies: number[]; failures: number; seconds: number };
}
const pendingJobs = async () => Number((await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['queued', 'running']).executeTakeFirstOrThrow()).n);
const waitForJobs = async () => {
  while ((await pendingJobs()) > 0) await new Promise((r) => setTimeout(r, 200));
};

// 4a. Capacity: 16 clients, each sends the next registration when the previous one is answered.
const capacity = await load({ total, concurrency: 16, tag: 'c' });
const loadEnded = performance.now();
const left = await pendingJobs();
console.log(`registration over HTTP, capacity: ${(total / capacity.seconds).toFixed(0)} appeals/s (${total} with 16 concurrent clients, ${capacity.failures} failed), latency ${fmt(capacity.latencies)}`);
// REG-9: the notices are made by background jobs in the same process; how long until all are made.
await waitForJobs();
const drained = (performance.now() - loadEnded) / 1000;
const failedJobs = Number((await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'failed').executeTakeFirstOrThrow()).n);
console.log(`registration notices: ${left} still to make when the load ended; all made ${drained.toFixed(1)} s later (${(total / (capacity.seconds + drained)).toFixed(0)} appeals with notices/s overall, ${failedJobs} failed jobs)`);

// 4b. Latency at the target rate: 200 registrations a second for 15 s, open loop.
const rate = 200;
const paced = await load({ total: rate * 15, rate, tag: 'r' });
console.log(`registration over HTTP at ${rate}/s (open loop, ${rate * 15} requests, ${paced.failures} failed): achieved ${(rate * 15 / paced.seconds).toFixed(0)}/s, latency ${fmt(paced.latencies)}`);
await waitForJobs();
await app.close();
await database.close();
