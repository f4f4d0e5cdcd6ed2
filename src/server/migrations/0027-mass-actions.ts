import { sql, type Kysely } from 'kysely';

/**
 * REG-12 (HMR 7.14): a mass action — appeals of one subject registered on one day go by competence
 * together: one registry, one cover letter, a notice to every author. The action is a durable bulk
 * operation: each appeal is an item with its own state, so that after a restart the run resumes
 * where it stopped and never processes an appeal twice (the appeal is unique among the items).
 */
const statements = [
  `create table mass_actions (
     id serial primary key,
     registration_date date not null,
     totk_code text not null references totk(code),
     body_id int not null references external_bodies(id),
     status text not null default 'running' check (status in ('running', 'done', 'done-with-errors')),
     total int not null,
     created_by int not null references users(id),
     created_at timestamptz not null,
     finished_at timestamptz)`,
  `create table mass_action_letters (
     id serial primary key,
     action_id int not null references mass_actions(id),
     cover_letter_id int not null references outgoing_documents(id),
     appeals int not null,
     registry_file_name text not null,
     registry_content bytea not null,
     created_at timestamptz not null)`,
  `create table mass_action_items (
     id serial primary key,
     action_id int not null references mass_actions(id),
     appeal_id int not null unique references appeals(id),
     position int not null,
     state text not null default 'pending' check (state in ('pending', 'done', 'failed')),
     notices int not null default 0,
     error text,
     letter_id int references mass_action_letters(id),
     processed_at timestamptz)`,
  `create index mass_action_items_state on mass_action_items(action_id, state, position)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
