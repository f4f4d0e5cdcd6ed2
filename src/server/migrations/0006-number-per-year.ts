import { sql, type Kysely } from 'kysely';

/**
 * REG-2: with a yearly reset the same number comes back every year («1» of 2026 and «1» of 2027),
 * so a number is unique within its year, not for ever.
 */
const statements = [`alter table appeals drop constraint appeals_number_key`, `create unique index appeals_year_number on appeals(year, number)`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
