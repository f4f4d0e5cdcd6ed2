import { sql, type Kysely } from 'kysely';

/** Registration, continued: attachments (INT-4…6), document templates (ADM-4), outgoing documents (REG-9, ANS-6), saved journal filters (REG-10). */
const statements = [
  `create table attachments (
     id serial primary key,
     appeal_id int not null references appeals(id),
     kind text not null check (kind in ('file', 'paper')),
     file_name text,
     mime_type text,
     size_bytes bigint,
     sha256 text,
     storage_key text,
     description text not null default '',
     pages int,
     is_original boolean not null default false,
     created_by int references users(id),
     created_at timestamptz not null default now(),
     removed_at timestamptz,
     check (kind = 'paper' or storage_key is not null))`,
  `create index attachments_appeal on attachments(appeal_id)`,

  `create table document_templates (
     id serial primary key,
     kind text not null unique,
     title text not null,
     file_name text not null,
     content bytea not null,
     placeholders jsonb not null default '[]',
     updated_by int references users(id),
     updated_at timestamptz not null default now())`,

  `create table outgoing_documents (
     id serial primary key,
     appeal_id int not null references appeals(id),
     kind text not null,
     route text not null check (route in ('email', 'post', 'epgu', 'in-person')),
     recipient_author_id int references authors(id),
     recipient_address text not null default '',
     status text not null default 'queued' check (status in ('queued', 'sent', 'printed', 'delivered', 'failed', 'cancelled')),
     due_date date,
     file_name text not null,
     content bytea not null,
     error text,
     created_by int references users(id),
     created_at timestamptz not null default now(),
     sent_at timestamptz)`,
  `create index outgoing_documents_appeal on outgoing_documents(appeal_id)`,
  `create index outgoing_documents_queue on outgoing_documents(status, route) where status = 'queued'`,

  `create table saved_filters (
     id serial primary key,
     user_id int not null references users(id),
     name text not null,
     query jsonb not null,
     created_at timestamptz not null default now(),
     unique (user_id, name))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
