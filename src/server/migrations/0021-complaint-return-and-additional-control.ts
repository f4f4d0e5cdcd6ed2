import { sql, type Kysely } from 'kysely';

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1): the return of a complaint nobody but the one
 * complained about could consider. CTL-1 (DUKI 7.3–7.4, KHV прил. 5 «Кто поставил на контроль»): the
 * additional control of an answer that promised a solution by a date — its control date, the promise,
 * who must report, who set it, and the report. The card's own control type (set at registration,
 * REG-3) stays as it was: the additional control is a record of its own, shown with the case.
 */
const statements = [
  // ROU-8: one return per appeal; the letters themselves are outgoing documents of kind «complaint-return».
  `create table complaint_returns (
     id serial primary key,
     appeal_id int not null unique references appeals(id),
     explanation text not null default '',
     due_date date not null,
     late boolean not null,
     outgoing_number text not null,
     outgoing_date date not null,
     created_by int not null references users(id),
     acting_for_user_id int references users(id),
     created_at timestamptz not null)`,

  // CTL-1: at most one additional control open per appeal; closed when the appeal is removed from control.
  `create table additional_controls (
     id serial primary key,
     appeal_id int not null references appeals(id),
     control_date date not null,
     promise text not null,
     executor_user_id int not null references users(id),
     unit_id int references units(id),
     resolution_id int references resolutions(id),
     assignment_id int references assignments(id),
     notice_document_id int references outgoing_documents(id),
     set_by int not null references users(id),
     acting_for_user_id int references users(id),
     set_at timestamptz not null,
     report text,
     reported_at timestamptz,
     reported_by int references users(id),
     closed_at timestamptz)`,
  `create unique index additional_controls_open on additional_controls(appeal_id) where closed_at is null`,
  `create index additional_controls_appeal on additional_controls(appeal_id)`,
  // «Мои поручения» tells the report on additional control from other assignments.
  `create index additional_controls_assignment on additional_controls(assignment_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
