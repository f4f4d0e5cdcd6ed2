import { sql, type Kysely } from 'kysely';

/**
 * Background jobs (ARCHITECTURE «jobs»: notices, reminders, mail retries; survives restarts).
 * A job is written in the same transaction as the change that needs it, so a committed
 * registration always gets its notice, even when the process stops right after the commit.
 * A unique key makes a scheduled run or a retried enqueue happen once.
 */
const statements = [
  `create table jobs (
     id bigserial primary key,
     name text not null,
     payload jsonb not null,
     key text unique,
     appeal_id int references appeals(id),
     status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
     attempts int not null default 0,
     max_attempts int not null,
     run_at timestamptz not null,
     locked_until timestamptz,
     last_error text,
     created_at timestamptz not null,
     finished_at timestamptz)`,
  `create index jobs_due on jobs(run_at, id) where status = 'queued'`,
  `create index jobs_running on jobs(locked_until) where status = 'running'`,
  `create index jobs_appeal on jobs(appeal_id) where appeal_id is not null and status in ('queued', 'running')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
