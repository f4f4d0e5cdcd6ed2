import { sql, type Kysely } from 'kysely';

/** Registration (REG-1…13): authors, appeals, their questions and links, gap-free numbering. */
const statements = [
  // REG-2: one counter per numbering scope (e.g. the year); incremented inside the registering
  // transaction, so numbers are consecutive, unique and never reused.
  `create table number_counters (
     scope text primary key,
     last_value int not null default 0)`,

  // REG-3: an author record is reused across appeals; names and addresses stay as written.
  `create table authors (
     id serial primary key,
     kind text not null check (kind in ('person', 'organisation')),
     surname text,
     first_name text,
     patronymic text,
     organisation_name text,
     postal_address text not null default '',
     email text not null default '',
     phone text not null default '',
     territory text not null default '',
     social_status text not null default '',
     benefit_category text not null default '',
     gender text check (gender in ('m', 'f')),
     match_name text not null,
     email_norm text not null default '',
     phone_norm text not null default '',
     address_norm text not null default '',
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now())`,
  `create index authors_match_name_trgm on authors using gin(match_name gin_trgm_ops)`,
  `create index authors_email on authors(email_norm) where email_norm <> ''`,
  `create index authors_phone on authors(phone_norm) where phone_norm <> ''`,

  `create table appeals (
     id serial primary key,
     number text not null unique,
     year int not null,
     seq int not null,
     repeat_index int,
     received_at timestamptz not null,
     received_date date not null,
     registered_at timestamptz not null,
     registration_date date not null,
     registration_deadline date not null,
     consideration_deadline date not null,
     form text not null check (form in ('written', 'electronic', 'oral')),
     channel text not null check (channel in ('post', 'in-person', 'fax', 'email', 'internet-reception', 'epgu', 'regional-portal', 'medo', 'forwarded', 'personal-reception', 'field-reception', 'video-reception', 'phone')),
     type text not null check (type in ('proposal', 'statement', 'complaint', 'info-request', 'not-appeal')),
     registered_as text not null default 'appeal' check (registered_as in ('appeal', 'correspondence')),
     collective boolean not null default false,
     addressee text not null default '',
     forwarded_by_body_id int references external_bodies(id),
     forwarded_letter_date date,
     forwarded_letter_number text,
     is_control boolean not null default false,
     pages int,
     annotation text not null,
     text text not null default '',
     multiplicity text not null check (multiplicity in ('primary', 'repeat', 'multiple')),
     previous_appeal_id int references appeals(id),
     control_type text not null default 'internal' check (control_type in ('internal', 'special', 'emergency')),
     control_official_id int references officials(id),
     authority_document text,
     warnings jsonb not null default '[]',
     status text not null default 'registered' check (status in ('registered', 'annulled')),
     annulled_reason text,
     annulled_at timestamptz,
     idempotency_key text unique,
     search tsvector not null,
     created_by int references users(id),
     updated_at timestamptz not null default now(),
     unique (year, seq, repeat_index))`,
  `create index appeals_registration on appeals(registration_date desc, id desc)`,
  `create index appeals_search on appeals using gin(search)`,
  `create index appeals_previous on appeals(previous_appeal_id) where previous_appeal_id is not null`,

  // REG-4: authors of an appeal — the author, the signatories of a collective appeal (who receives
  // the answer), a representative (INT-9).
  `create table appeal_authors (
     appeal_id int not null references appeals(id),
     author_id int not null references authors(id),
     role text not null check (role in ('author', 'signatory', 'representative')),
     position int not null,
     receives_answer boolean not null default false,
     primary key (appeal_id, author_id, role))`,
  `create index appeal_authors_author on appeal_authors(author_id, appeal_id)`,

  // REG-3: one ТОТК question per question, with its annotation (KHV 3.3.3).
  `create table appeal_questions (
     id serial primary key,
     appeal_id int not null references appeals(id),
     position int not null,
     totk_code text not null references totk(code),
     annotation text not null default '',
     unique (appeal_id, position))`,
  `create index appeal_questions_code on appeal_questions(totk_code)`,

  // REG-5…7: links between appeals (repeat of, merged copies, a copy due to the earlier executor).
  `create table appeal_links (
     appeal_id int not null references appeals(id),
     linked_appeal_id int not null references appeals(id),
     kind text not null check (kind in ('repeat-of', 'copy-to-executor')),
     created_at timestamptz not null default now(),
     primary key (appeal_id, linked_appeal_id, kind))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
