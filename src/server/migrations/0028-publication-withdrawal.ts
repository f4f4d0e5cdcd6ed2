import { sql, type Kysely } from 'kysely';

/**
 * SPC-11 (HMR 7.9; 59-ФЗ ст. 10 ч. 4): the head approves the text of one edition of the signed
 * answer — the edition is recorded with the proposal, and approval is refused once a new edition
 * replaced it. A published answer may be withdrawn from the site by the head with a reason; it
 * stays in the case's history and later appeals no longer get its address.
 */
const statements = [
  `alter table publications add column answer_version int`,
  `update publications p set answer_version = (select a.version from answers a where a.id = p.answer_id)`,
  `alter table publications drop constraint publications_status_check`,
  `alter table publications add constraint publications_status_check check (status in ('proposed', 'published', 'returned', 'withdrawn'))`,
  `alter table publications add column withdrawn_by int references users(id)`,
  `alter table publications add column withdrawn_acting_for int references users(id)`,
  `alter table publications add column withdrawn_at timestamptz`,
  `alter table publications add column withdrawal_reason text`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
