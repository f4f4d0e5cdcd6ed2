/**
 * «Мои поручения» at scale (issue «Consideration», Done when): an executor with 500 open
 * assignments among 1,000,000 appeals — p95 ≤ 50 ms on PostgreSQL.
 * Run after the registry benchmark has generated its data (it reuses priemnaya_bench):
 *   npm run bench:registry -- --db postgres --appeals 1000000 --registration-only   (once)
 *   npm run bench:consideration
 * Generates (once) a resolution for every appeal and one to three assignments among 300 executors —
 * open for the appeals of the last two months, done before — and gives the measured executor 500 open ones.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../../src/server/platform/config';
import { openPostgres } from '../../src/server/platform/db/database';
import { systemClock } from '../../src/server/platform/clock';
import { prepare } from '../../src/server/bootstrap';
import { myAssignments } from '../../src/server/features/consideration/queries';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/priemnaya_bench';
const database = await openPostgres(url);
const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'priemnaya-bench-')), PRIEMNAYA_DEMO: 'false', SESSION_SECRET: 'b'.repeat(40), PRIEMNAYA_PROFILE: 'HMR', DATABASE_URL: url });
await prepare(config, database, systemClock);
const db = database.db;
const today = '2026-11-20';

const appeals = Number((await sql<{ n: number }>`select count(*) as n from appeals`.execute(db)).rows[0]!.n);
if (appeals < 900_000) throw new Error(`В базе ${appeals} обращений: сначала npm run bench:registry -- --db postgres --appeals 1000000`);

const existing = Number((await sql<{ n: number }>`select count(*) as n from assignments`.execute(db)).rows[0]!.n);
if (existing === 0) {
  const t0 = Date.now();
  const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
  await sql`
    with o as (
      insert into officials (organisation_id, surname, first_name, patronymic)
      select ${org.id}, 'Исполнитель-' || g, 'Тест', 'Тестович' from generate_series(1, 301) g returning id)
    insert into users (organisation_id, official_id, login, password_hash, must_change_password)
    select ${org.id}, o.id, 'bench-exec-' || o.id, 'x', false from o`.execute(db);
  await sql`insert into user_roles (user_id, role) select id, 'executor' from users where login like 'bench-exec-%' on conflict do nothing`.execute(db);
  const head = await sql<{ id: number }>`select min(id) as id from users where login like 'bench-exec-%'`.execute(db);
  const headId = Number(head.rows[0]!.id);
  await sql`
    insert into resolutions (appeal_id, author_user_id, resolution_date, created_at)
    select id, ${headId}, registration_date + 2, registration_date + 2 from appeals`.execute(db);
  await sql`update appeals set status = case when registration_date >= date '2026-09-20' then 'in-work' else 'closed' end`.execute(db);
  // One to three executors per appeal, the first responsible; open while the appeal is in work.
  await sql`
    insert into assignments (appeal_id, resolution_id, part, executor_user_id, role, instruction, deadline, materials_due, status, created_at, closed_at)
    select r.appeal_id, r.id, 1, ${headId} + 1 + ((r.id * 7 + k * 131) % 300), case when k = 1 then 'responsible' else 'co-executor' end,
           'Рассмотреть, подготовить ответ', ap.consideration_deadline, case when k = 1 then null else ap.consideration_deadline - 10 end,
           case when ap.status = 'in-work' then 'open' else 'done' end, r.created_at, case when ap.status = 'in-work' then null else r.created_at + interval '20 days' end
    from resolutions r
    join appeals ap on ap.id = r.appeal_id
    cross join lateral generate_series(1, 1 + (r.id % 3)) k
    on conflict do nothing`.execute(db);
  await sql`analyze`.execute(db);
  console.log(`assignments generated in ${Date.now() - t0} ms`);
}

// The measured executor: exactly 500 open assignments.
const target = Number((await sql<{ id: number }>`select max(id) as id from users where login like 'bench-exec-%'`.execute(db)).rows[0]!.id);
await sql`update assignments set status = 'done' where executor_user_id = ${target} and status = 'open'`.execute(db);
await sql`
  update assignments set executor_user_id = ${target}
  where id in (select distinct on (a.resolution_id, a.part) a.id from assignments a where a.status = 'open' and a.executor_user_id <> ${target}
               and not exists (select 1 from assignments b where b.resolution_id = a.resolution_id and b.part = a.part and b.executor_user_id = ${target})
               order by a.resolution_id, a.part, a.id limit 500)`.execute(db);
const counts = (await sql<{ open: number; total: number; all: number }>`select count(*) filter (where status = 'open' and executor_user_id = ${target}) as open, count(*) filter (where executor_user_id = ${target}) as total, count(*) as all from assignments`.execute(db)).rows[0]!;
console.log(`postgres: ${appeals.toLocaleString('en-US')} appeals, ${Number(counts.all).toLocaleString('en-US')} assignments; the executor has ${counts.open} open of ${counts.total}`);

const times: number[] = [];
let rows = 0;
for (let i = 0; i < 220; i++) {
  const t = performance.now();
  rows = (await myAssignments(db, target, today)).length;
  times.push(performance.now() - t);
}
const s = times.slice(20).sort((a, b) => a - b);
const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1);
console.log(`«Мои поручения» (${rows} rows): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms (n=${s.length})`);
await database.close();
