import { sql, type Kysely } from 'kysely';

/**
 * ANS-1, DL-3, ANS-11 (59-ФЗ ст. 10 ч. 2): requests for documents and materials — ours to another
 * body (registered, answer awaited in 15 days) and another body's to us (answered in 15 days).
 */
const statements = [
  `create table documents_requests (
     id serial primary key,
     appeal_id int not null references appeals(id),
     direction text not null check (direction in ('outgoing', 'incoming')),
     body_id int not null references external_bodies(id),
     text text not null default '',
     letter_date date,
     letter_number text,
     outgoing_document_id int references outgoing_documents(id),
     registered_date date not null,
     due_date date not null,
     answered_at timestamptz,
     answer_note text not null default '',
     created_by int not null references users(id),
     created_at timestamptz not null)`,
  `create index documents_requests_appeal on documents_requests(appeal_id)`,
  `create index documents_requests_open on documents_requests(due_date) where answered_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
