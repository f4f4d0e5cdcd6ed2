import { sql, type Kysely } from 'kysely';

/**
 * ROU-7, ROU-10 (59-ФЗ ст. 8 ч. 3, 3.1): redirection by competence to other bodies — which questions
 * went where, the cover letter and the author's notice; the deadline (7 days, 5 for migration law).
 */
const statements = [
  `create table redirects (
     id serial primary key,
     appeal_id int not null references appeals(id),
     body_id int not null references external_bodies(id),
     question_ids jsonb not null,
     migration boolean not null default false,
     due_date date not null,
     cover_letter_id int references outgoing_documents(id),
     created_by int not null references users(id),
     created_at timestamptz not null)`,
  `create index redirects_appeal on redirects(appeal_id)`,
  `alter table outgoing_documents add column recipient_body_id int references external_bodies(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
