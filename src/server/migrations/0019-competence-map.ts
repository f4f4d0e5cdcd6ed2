import { sql, type Kysely } from 'kysely';

/**
 * ADM-2: the competence map — which unit or official considers which ТОТК questions (the approved
 * distribution of duties, ROU-1). A resolution is suggested from it; the head decides.
 */
const statements = [
  `create table competence_map (
     id serial primary key,
     totk_prefix text not null references totk(code),
     unit_id int references units(id),
     official_id int references officials(id),
     note text not null default '',
     created_by int references users(id),
     created_at timestamptz not null,
     check (unit_id is not null or official_id is not null))`,
  `create index competence_map_prefix on competence_map(totk_prefix)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
