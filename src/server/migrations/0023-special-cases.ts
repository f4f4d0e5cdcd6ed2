import { sql, type Kysely } from 'kysely';

/**
 * Issue 6 (SPC-1…13; 59-ФЗ ст. 11): the special-case disposition of an appeal — which case, its
 * legal ground, the ССТУ status and the procedural ТОТК question it set, its term (rule and date,
 * late or not), who chose it (and for whom, ADM-1), the comment, the external body (SPC-1 forwarding)
 * and the outgoing documents made. The letters themselves are outgoing documents of the case's kind.
 */
const statements = [
  `create table special_case_dispositions (
     id serial primary key,
     appeal_id int not null references appeals(id),
     code text not null,
     spc text not null,
     legal_ground text not null,
     sstu_status text not null,
     totk_code text,
     question_id int references appeal_questions(id),
     rule_id text,
     due_date date,
     late boolean not null default false,
     body_id int references external_bodies(id),
     comment text not null default '',
     document_ids jsonb not null default '[]',
     outgoing_number text,
     outgoing_date date,
     created_by int not null references users(id),
     acting_for_user_id int references users(id),
     created_at timestamptz not null)`,
  `create index special_case_dispositions_appeal on special_case_dispositions(appeal_id)`,
  `create index special_case_dispositions_code on special_case_dispositions(code, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
