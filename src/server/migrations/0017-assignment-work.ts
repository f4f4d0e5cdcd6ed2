import { sql, type Kysely } from 'kysely';

/**
 * ROU-4 (not within competence: returned with the proposed unit or executor), ROU-5 (the drafter of
 * the answer named by the responsible official), ROU-12 (open work handed over to another executor).
 */
const statements = [
  `alter table assignments add column drafter_user_id int references users(id)`,
  `alter table assignments add column return_reason text`,
  `alter table assignments add column proposed_unit_id int references units(id)`,
  `alter table assignments add column proposed_user_id int references users(id)`,
  `alter table assignments add column handed_over_to int references assignments(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
