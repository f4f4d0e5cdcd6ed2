import { sql, type Kysely } from 'kysely';

/**
 * Issue 6, SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): the registry of terminated correspondence —
 * per author and ТОТК question, the decision that a repeated appeal is groundless and the
 * correspondence on that question is terminated: on which appeal, when, by whom, on what ground, the
 * earlier appeals answered on the merits; and its resumption when new arguments appear (DUKI 5.15).
 * One open row per author and question (a partial unique index: two decisions at once make one row).
 */
const statements = [
  `create table terminated_correspondence (
     id serial primary key,
     author_id int not null references authors(id),
     totk_code text not null,
     appeal_id int not null references appeals(id),
     disposition_id int references special_case_dispositions(id),
     decided_at timestamptz not null,
     decided_by int not null references users(id),
     acting_for_user_id int references users(id),
     ground text not null,
     earlier_appeal_ids jsonb not null default '[]',
     resumed_at timestamptz,
     resumed_by int references users(id),
     resumption_reason text,
     resumed_on_appeal_id int references appeals(id))`,
  `create unique index terminated_correspondence_open on terminated_correspondence(author_id, totk_code) where resumed_at is null`,
  `create index terminated_correspondence_author on terminated_correspondence(author_id, decided_at)`,
  `create index terminated_correspondence_appeal on terminated_correspondence(appeal_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
