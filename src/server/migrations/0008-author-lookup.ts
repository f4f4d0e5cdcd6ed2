import { sql, type Kysely } from 'kysely';

/**
 * REG-5/REG-6 at scale: the same person typed again is found by the exact normalised name (btree),
 * a typo by the trigrams of the surname alone — a full name's trigrams are shared by everybody
 * called «… Иван Петрович», the surname's are not. Replaces the GiST index of 0007.
 */
const statements = [
  `alter table authors add column surname_norm text not null default ''`,
  `update authors set surname_norm = lower(replace(coalesce(surname, organisation_name, ''), 'ё', 'е'))`,
  `create index authors_match_name_eq on authors(match_name)`,
  `create index authors_surname_trgm on authors using gin (surname_norm gin_trgm_ops)`,
  `drop index authors_match_name_knn`,
  `drop index authors_match_name_trgm`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
