import { sql, type Kysely } from 'kysely';

/**
 * Consideration (ROU, DL, CTL): the appeal's states beyond registration, the hand-over to the
 * authorised official, resolutions with their parts and executors, results per question and the
 * author's evaluation. The states and their guards are in src/domain/appeal/lifecycle.ts.
 */
const statements = [
  `alter table appeals drop constraint appeals_status_check`,
  `alter table appeals add constraint appeals_status_check check (status in ('registered', 'on-resolution', 'in-work', 'answered', 'redirected', 'closed', 'annulled'))`,
  // ROU-1, ROU-6: whose queue «На резолюцию» holds the appeal, since when, and until when.
  `alter table appeals add column handed_to_user_id int references users(id)`,
  `alter table appeals add column handed_over_at timestamptz`,
  `alter table appeals add column resolution_deadline date`,
  // DL-4, DL-5: urgent appeals and a shorter control date chosen by the head.
  `alter table appeals add column urgent boolean not null default false`,
  `alter table appeals add column control_date date`,
  // ROU-8: whose decision or action the complaint is about — never assigned to them.
  `alter table appeals add column complained_official_id int references officials(id)`,
  `alter table appeals add column complained_unit_id int references units(id)`,
  // CTL-2: removal from control, or kept on control with a reason.
  `alter table appeals add column removed_from_control_at timestamptz`,
  `alter table appeals add column removed_from_control_by int references users(id)`,
  `alter table appeals add column kept_on_control_reason text`,
  `create index appeals_queue on appeals(handed_to_user_id, registration_date) where status = 'on-resolution'`,
  `create index appeals_open_deadline on appeals(consideration_deadline) where status in ('registered', 'on-resolution', 'in-work')`,

  // ROU-2: a resolution — its author (head or deputy, and whose authority in substitute mode), date and text.
  `create table resolutions (
     id serial primary key,
     appeal_id int not null references appeals(id),
     author_user_id int not null references users(id),
     acting_for_user_id int references users(id),
     resolution_date date not null,
     text text not null default '',
     created_at timestamptz not null)`,
  `create index resolutions_appeal on resolutions(appeal_id)`,

  // ROU-2, ROU-3: each part of a resolution names executors; the responsible one answers the author,
  // co-executors deliver their materials to him by the profile's lead time.
  `create table assignments (
     id serial primary key,
     appeal_id int not null references appeals(id),
     resolution_id int not null references resolutions(id),
     part int not null,
     executor_user_id int not null references users(id),
     role text not null check (role in ('responsible', 'co-executor')),
     instruction text not null,
     deadline date not null,
     materials_due date,
     status text not null default 'open' check (status in ('open', 'materials-submitted', 'done', 'returned', 'handed-over', 'cancelled')),
     materials text,
     materials_submitted_at timestamptz,
     closed_at timestamptz,
     created_at timestamptz not null,
     unique (resolution_id, part, executor_user_id))`,
  `create index assignments_executor_open on assignments(executor_user_id, deadline, id) where status = 'open'`,
  `create index assignments_appeal on assignments(appeal_id)`,

  // CTL-3: a result per question.
  `alter table appeal_questions add column result text check (result in ('supported', 'supported-measures-taken', 'explained', 'not-supported', 'left-without-answer', 'answered-to-author', 'redirected'))`,
  `alter table appeal_questions add column result_at timestamptz`,
  `alter table appeal_questions add column result_by int references users(id)`,

  // CTL-4 (HMR 11.9, app. 5–6): the author's evaluation, recorded by staff with channel and time.
  `create table evaluations (
     id serial primary key,
     appeal_id int not null references appeals(id),
     value text not null check (value in ('satisfied', 'not-satisfied')),
     channel text not null check (channel in ('form', 'internet-reception', 'phone', 'oral', 'post')),
     received_at timestamptz not null,
     note text not null default '',
     recorded_by int not null references users(id),
     created_at timestamptz not null)`,
  `create index evaluations_appeal on evaluations(appeal_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
