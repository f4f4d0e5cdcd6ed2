/**
 * Mass action performance (REG-12, HMR 7.14): 5,000 appeals registered on one day with one
 * question go by competence as one bulk operation — a redirect, a notice to the author each, one
 * registry and one cover letter — in under 30 s on PostgreSQL.
 * Run:  npm run bench:mass-action [-- --appeals 5000]
 *       (BENCH_MASS_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/priemnaya_bench_mass — dropped and recreated)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../src/server/platform/config';
import { openPostgres } from '../../src/server/platform/db/database';

import { prepare } from '../../src/server/bootstrap';
import { createMassAction } from '../../src/server/features/mass-actions/create-mass-action';
import { massActionJob } from '../../src/server/features/mass-actions/run-mass-action';
import { selectAppeals } from '../../src/server/features/mass-actions/queries';
import { generateMassAction } from './generate';

const { values: args } = parseArgs({ options: { appeals: { type: 'string', default: '5000' } } });
const appeals = Number(args.appeals);
const LIMIT_MS = 30_000;
const date = '2026-11-20';

const url = process.env.BENCH_MASS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/priemnaya_bench_mass';
const name = new URL(url).pathname.slice(1);
const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
await admin.connect();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.query(`create database ${name}`);
await admin.end();

const dataDir = mkdtempSync(join(tmpdir(), 'priemnaya-bench-mass-'));
const database = await openPostgres(url);
// The clock runs: the action is made on the day of registration, at working hours in ХМАО.
const start = Date.now();
const clock = { now: () => new Date(Date.parse('2026-11-20T06:00:00Z') + (Date.now() - start)) };
const config = loadConfig({ DATA_DIR: dataDir, PRIEMNAYA_DEMO: 'false', SESSION_SECRET: 'b'.repeat(40), PRIEMNAYA_PROFILE: 'HMR', DATABASE_URL: 'postgres://unused@localhost/x' });
const { deps } = await prepare({ ...config }, database, clock);
const db = database.db;

const question = await db.selectFrom('totk').select(['code', 'name']).where('kind', '=', 'question').orderBy('code').executeTakeFirstOrThrow();
const body = await db.insertInto('external_bodies').values({ name: 'Департамент дорожного хозяйства и транспорта Ханты-Мансийского автономного округа — Югры', kind: 'regional', postal_address: 'ул. Мира, д. 14а, г. Ханты-Мансийск, 628011' }).returning('id').executeTakeFirstOrThrow();
const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
const official = await db.insertInto('officials').values({ organisation_id: org.id, surname: 'Регистраторова', first_name: 'Анна', patronymic: 'Сергеевна' }).returning('id').executeTakeFirstOrThrow();
const user = await db.insertInto('users').values({ organisation_id: org.id, official_id: official.id, login: 'bench', password_hash: 'x', must_change_password: false }).returning('id').executeTakeFirstOrThrow();

let t = performance.now();
await generateMassAction(db, appeals, date, question.code);
console.log(`seeded ${appeals.toLocaleString('en-US')} appeals registered ${date} on «${question.name}» in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const term = { profile: deps.profile, calendar: deps.calendar, timeZone: deps.timeZone };
const job = massActionJob({ ...term, delivery: deps, log: { error: (obj, msg) => console.error(msg, obj) } });
deps.jobs.register(job);
const ctx = {
  db,
  clock,
  requestId: 'bench',
  config: { profile: config.profile, publicUrl: config.publicUrl },
  actor: { userId: user.id, officialId: official.id, login: 'bench', name: 'Регистраторова А. С.', roles: ['registrar' as const], ownRoles: ['registrar' as const], supervisedUnitIds: [], actingFor: null, mustChangePassword: false, sessionId: 'bench', csrfToken: 'bench' },
};

t = performance.now();
// The registrar confirms the appeals he reviewed: their ids go with the launch.
const appealIds = (await selectAppeals(db, date, question.code)).map((a) => a.id);
const { id, total } = await createMassAction(ctx, { registrationDate: date, totkCode: question.code, bodyId: body.id, appealIds }, { jobs: deps.jobs, job, term });
const created = performance.now() - t;
// The progress indicator, as the page polls it.
const poll = setInterval(() => {
  void db
    .selectFrom('mass_action_items')
    .select((eb) => eb.fn.countAll<number>().filterWhere('state', '<>', 'pending').as('n'))
    .where('action_id', '=', id)
    .executeTakeFirst()
    .then((r) => process.stdout.write(`\r  progress ${Number(r?.n ?? 0)}/${total} (${((performance.now() - t) / 1000).toFixed(1)} s)`));
}, 1000);
await deps.jobs.drain();
const elapsed = performance.now() - t;
clearInterval(poll);

const action = await db.selectFrom('mass_actions').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
const counts = await db.selectFrom('mass_action_items').select(['state', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('notices').as('notices')]).where('action_id', '=', id).groupBy('state').execute();
const letters = await db.selectFrom('mass_action_letters as l').innerJoin('outgoing_documents as d', 'd.id', 'l.cover_letter_id').select(['l.appeals', 'd.outgoing_number', (eb) => eb.fn('octet_length', ['l.registry_content']).as('registry_bytes'), (eb) => eb.fn('octet_length', ['d.content']).as('cover_bytes')]).where('l.action_id', '=', id).execute();
console.log(`\n\naction ${id}: ${action.status}; ${counts.map((c) => `${c.state} ${Number(c.n)}`).join(', ')}; notices ${counts.reduce((s, c) => s + Number(c.notices ?? 0), 0)}`);
for (const l of letters) console.log(`registry: ${l.appeals} appeals, ${Number(l.registry_bytes).toLocaleString('en-US')} bytes; cover letter ${l.outgoing_number}, ${Number(l.cover_bytes).toLocaleString('en-US')} bytes (without the registry: it is kept apart)`);
console.log(`create (selection + ${total} items): ${(created / 1000).toFixed(2)} s`);
console.log(`bulk run: ${(elapsed / 1000).toFixed(1)} s, ${(total / (elapsed / 1000)).toFixed(0)} appeals/s`);
const whole = created + elapsed;
console.log(`total ${(whole / 1000).toFixed(1)} s for ${total} appeals — ${whole < LIMIT_MS ? 'MET' : 'NOT MET'} (< ${LIMIT_MS / 1000} s)`);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(whole < LIMIT_MS ? 0 : 1);
