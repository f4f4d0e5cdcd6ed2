import { sql, type Kysely } from 'kysely';

/**
 * SPC-7 (HMR 7.6 абз. 2): an invitation, greeting, condolence or assessment of work is passed to the
 * competent official for information — the disposition records whom; he reads the appeal through it
 * and sees it in «Мои поручения» («Для ознакомления»).
 */
const statements = [
  `alter table special_case_dispositions add column informed_user_id int references users(id)`,
  `create index special_case_dispositions_informed on special_case_dispositions(informed_user_id) where informed_user_id is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
