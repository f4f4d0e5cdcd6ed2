import { sql, type Kysely } from 'kysely';

/**
 * SPC-8…10 (HMR 6.2–6.6; 59-ФЗ ст. 5 ч. 1, ст. 11 ч. 1): a citizen's statement about an earlier appeal —
 * «не направлял» (not-sent), «прошу прекратить рассмотрение» (withdrawal), or additional documents and
 * materials. It is recorded against the earlier appeal with a number of its own within that case
 * («1234-З1», «1234-Д1»); the terms of the comparison (3 working days from receipt) and of the
 * forwarding after a redirected appeal (7 days from registration) are stored as computed; the
 * decision, who was informed, the documents made and the new appeal (SPC-10 after the answer) are
 * recorded with it. The statement's files and paper enclosures (any kind) are the appeal's attachments
 * marked with the statement.
 */
const statements = [
  `create table statements (
     id serial primary key,
     appeal_id int not null references appeals(id),
     kind text not null check (kind in ('not-sent', 'withdrawal', 'additional-documents')),
     seq int not null,
     number text not null unique,
     received_date date not null,
     registration_date date not null,
     form text not null check (form in ('written', 'electronic')),
     surname text not null,
     first_name text not null,
     patronymic text,
     gender text check (gender in ('m', 'f')),
     postal_address text not null default '',
     email text not null default '',
     content text not null,
     comment text not null default '',
     route text not null check (route in ('comparison', 'attached', 'new-appeal', 'forwarded')),
     status text not null check (status in ('registered', 'decided', 'forwarded', 'attached', 'new-appeal')),
     comparison_due date,
     forwarding_due date,
     is_author boolean,
     outcome text check (outcome in ('anonymous', 'anonymous-forwarded', 'continues', 'stopped', 'co-author-not-sent', 'co-author-withdrew')),
     -- SPC-8/9: the appeal's author the citizen was compared with (chosen among co-authors); he stops receiving the answer when he did not send it (SPC-8) or withdrew (SPC-9).
     author_id int references authors(id),
     decision_comment text not null default '',
     decided_at timestamptz,
     decided_by int references users(id),
     decided_acting_for int references users(id),
     late boolean not null default false,
     disposition_id int references special_case_dispositions(id),
     new_appeal_id int references appeals(id),
     body_ids jsonb not null default '[]',
     document_ids jsonb not null default '[]',
     informed_user_ids jsonb not null default '[]',
     created_by int not null references users(id),
     acting_for_user_id int references users(id),
     created_at timestamptz not null)`,
  `create index statements_appeal on statements(appeal_id)`,
  `create index statements_waiting on statements(comparison_due) where status = 'registered'`,
  `create index statements_new_appeal on statements(new_appeal_id) where new_appeal_id is not null`,
  // SPC-10: the documents joined the case of the earlier (or the new) appeal as its attachments.
  `alter table attachments add column statement_id int references statements(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
