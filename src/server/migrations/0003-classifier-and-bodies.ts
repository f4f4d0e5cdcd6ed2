import { sql, type Kysely } from 'kysely';

/** ADM-6: the ТОТК classifier (loaded in full, updatable); ADM-3: the directory of external bodies. */
const statements = [
  `create table totk_editions (
     id serial primary key,
     title text not null,
     entries int not null,
     loaded_at timestamptz not null,
     loaded_by int references users(id),
     current boolean not null default false)`,
  `create table totk (
     code text primary key,
     name text not null,
     level int not null check (level between 1 and 5),
     kind text not null check (kind in ('section', 'theme', 'group', 'question', 'refinement')),
     parent text references totk(code),
     position int not null,
     search tsvector not null)`,
  `create index totk_parent on totk(parent, position)`,
  `create index totk_search on totk using gin(search)`,
  `create index totk_name_trgm on totk using gin(lower(name) gin_trgm_ops)`,

  `create table external_bodies (
     id serial primary key,
     name text not null,
     kind text not null check (kind in ('federal', 'regional', 'municipal', 'court', 'police', 'prosecutor', 'migration', 'other')),
     postal_address text not null default '',
     email text not null default '',
     note text not null default '',
     active boolean not null default true,
     created_at timestamptz not null default now())`,
  `create index external_bodies_name on external_bodies(lower(name))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
