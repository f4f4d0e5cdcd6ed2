import { sql, type Kysely } from 'kysely';

/**
 * Answers (ANS-3…7): versions of the text, the approval route ending with the signature, the
 * outgoing registration (ANS-6: a number and a date before anything leaves).
 */
const statements = [
  `create table answers (
     id serial primary key,
     appeal_id int not null references appeals(id),
     status text not null default 'draft' check (status in ('draft', 'approval', 'signed', 'dispatched')),
     version int not null default 1,
     drafter_user_id int not null references users(id),
     signer_user_id int references users(id),
     signed_at timestamptz,
     outgoing_number text,
     outgoing_date date,
     created_at timestamptz not null,
     updated_at timestamptz not null)`,
  `create index answers_appeal on answers(appeal_id)`,
  `create table answer_versions (
     id serial primary key,
     answer_id int not null references answers(id),
     version int not null,
     body text not null,
     content bytea not null,
     file_name text not null,
     created_by int not null references users(id),
     created_at timestamptz not null,
     unique (answer_id, version))`,
  `create table answer_approvals (
     id serial primary key,
     answer_id int not null references answers(id),
     version int not null,
     step int not null,
     approver_user_id int not null references users(id),
     decision text check (decision in ('approved', 'returned')),
     comment text not null default '',
     decided_at timestamptz,
     decided_by int references users(id),
     unique (answer_id, version, step))`,
  // ANS-6: every outgoing document gets its registration number and date before it leaves.
  `alter table outgoing_documents add column outgoing_number text`,
  `alter table outgoing_documents add column outgoing_date date`,
  `alter table outgoing_documents add column answer_id int references answers(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
