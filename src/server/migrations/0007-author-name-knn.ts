import { sql, type Kysely } from 'kysely';

/**
 * REG-5: the author-history lookup runs on every keystroke. A GiST trigram index answers
 * «the nearest names» (`<->`, KNN) directly, instead of collecting every name that shares a
 * first name and patronymic with the one typed.
 */
const statements = [`create index authors_match_name_knn on authors using gist (match_name gist_trgm_ops)`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
