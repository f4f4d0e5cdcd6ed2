import { sql, type Kysely } from 'kysely';

/**
 * DL-2 (59-ФЗ ст. 12 ч. 2; HMR 5.4–5.5): the executor's memo asking to extend the term, the head's
 * decision, the new deadline and the author's notice. The appeal keeps its original deadline.
 */
const statements = [
  `alter table appeals add column original_deadline date`,
  `create table extensions (
     id serial primary key,
     appeal_id int not null references appeals(id),
     requested_by int not null references users(id),
     reasons text not null,
     days int not null check (days between 1 and 30),
     requested_at timestamptz not null,
     request_due date not null,
     deadline_before date not null,
     decision text check (decision in ('approved', 'rejected')),
     decided_by int references users(id),
     decided_at timestamptz,
     decision_comment text not null default '',
     new_deadline date)`,
  `create index extensions_appeal on extensions(appeal_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
