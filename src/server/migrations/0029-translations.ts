import { sql, type Kysely } from 'kysely';

/**
 * REG-11 (HMR 7.15): an appeal written not in Russian is registered and its copy is sent for
 * translation the same day with a cover letter; the request is tracked until the translation
 * arrives (its text is kept with the case for the executors).
 */
const statements = [
  `create table translations (
     id serial primary key,
     appeal_id int not null references appeals(id),
     language text not null,
     body_id int not null references external_bodies(id),
     letter_id int references outgoing_documents(id),
     due_date date not null,
     late boolean not null default false,
     status text not null default 'sent' check (status in ('sent', 'received')),
     requested_by int not null references users(id),
     requested_at timestamptz not null,
     received_on date,
     received_text text,
     received_by int references users(id),
     received_at timestamptz)`,
  // One open request per appeal: a second copy is not sent while the first is awaited.
  `create unique index translations_one_open on translations(appeal_id) where status = 'sent'`,
  `create index translations_appeal on translations(appeal_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
