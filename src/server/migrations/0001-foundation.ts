import { sql, type Kysely } from 'kysely';

/** Foundation: organisation, structure, users and roles, substitutes, sessions, events. */
const statements = [
  `create extension if not exists pg_trgm`,
  `create extension if not exists unaccent`,
  // Russian full-text search that treats ё as е («Ёлкин» finds «Елкин»).
  `create text search configuration ru (copy = russian)`,
  `alter text search configuration ru alter mapping for hword, hword_part, word with unaccent, russian_stem`,

  `create table organisation (
     id serial primary key,
     profile_code text not null,
     full_name text not null,
     short_name text not null,
     head_title text not null,
     postal_address text not null,
     phones jsonb not null default '[]',
     email text not null default '',
     site text not null default '',
     time_zone text not null,
     working_hours jsonb not null default '[]',
     reception_hours text,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now())`,

  // ADM-1: органы и структурные подразделения, nested.
  `create table units (
     id serial primary key,
     organisation_id int not null references organisation(id),
     parent_id int references units(id),
     name text not null,
     kind text not null check (kind in ('body', 'department')),
     sort_order int not null default 0,
     active boolean not null default true,
     created_at timestamptz not null default now())`,
  `create index units_parent on units(parent_id)`,

  `create table positions (
     id serial primary key,
     organisation_id int not null references organisation(id),
     unit_id int references units(id),
     name text not null,
     is_head boolean not null default false,
     active boolean not null default true)`,

  `create table officials (
     id serial primary key,
     organisation_id int not null references organisation(id),
     surname text not null,
     first_name text not null,
     patronymic text,
     position_id int references positions(id),
     unit_id int references units(id),
     phone text,
     email text,
     active boolean not null default true,
     created_at timestamptz not null default now())`,

  `create table users (
     id serial primary key,
     organisation_id int not null references organisation(id),
     official_id int not null unique references officials(id),
     login text not null,
     password_hash text not null,
     must_change_password boolean not null default true,
     active boolean not null default true,
     failed_logins int not null default 0,
     locked_until timestamptz,
     password_changed_at timestamptz,
     last_login_at timestamptz,
     created_at timestamptz not null default now(),
     deactivated_at timestamptz)`,
  `create unique index users_login on users(lower(login))`,

  `create table user_roles (
     user_id int not null references users(id),
     role text not null check (role in ('administrator','registrar','head','deputy','executor','assistant','analyst')),
     primary key (user_id, role))`,

  // ADM-1: the units a deputy supervises.
  `create table supervised_units (
     user_id int not null references users(id),
     unit_id int not null references units(id),
     primary key (user_id, unit_id))`,

  // ADM-1: лицо, замещающее — acts with the absent person's authority for the dates given.
  `create table substitutions (
     id serial primary key,
     substitute_user_id int not null references users(id),
     absent_user_id int not null references users(id),
     date_from date not null,
     date_to date not null,
     reason text not null,
     created_by int references users(id),
     created_at timestamptz not null default now(),
     cancelled_at timestamptz,
     check (date_to >= date_from),
     check (substitute_user_id <> absent_user_id))`,

  `create table sessions (
     id text primary key,
     user_id int not null references users(id),
     acting_for_user_id int references users(id),
     csrf_token text not null,
     created_at timestamptz not null default now(),
     last_seen_at timestamptz not null,
     expires_at timestamptz not null)`,
  `create index sessions_user on sessions(user_id)`,

  // SEC-2, ARCHITECTURE principle 3: every change leaves an event; append-only.
  `create table events (
     id bigint generated always as identity primary key,
     occurred_at timestamptz not null,
     actor_user_id int references users(id),
     acting_for_user_id int references users(id),
     entity_type text not null,
     entity_id text not null,
     action text not null,
     before jsonb,
     after jsonb,
     legal_ground text,
     request_id text)`,
  `create index events_entity on events(entity_type, entity_id, id)`,
  `create index events_occurred on events(occurred_at)`,
  `create function events_append_only() returns trigger language plpgsql as $$
   begin
     raise exception 'Журнал событий не изменяется: записи только добавляются';
   end $$`,
  `create trigger events_no_update before update or delete on events
     for each statement execute function events_append_only()`,
  `create trigger events_no_truncate before truncate on events
     for each statement execute function events_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
