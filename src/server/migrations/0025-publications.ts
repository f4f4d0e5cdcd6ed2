import { sql, type Kysely } from 'kysely';

/**
 * SPC-11 (59-ФЗ ст. 10 ч. 4, ст. 11 ч. 5.1, ст. 6 ч. 2; HMR 7.8–7.10, DUKI 5.21–5.22): an answer
 * proposed for publication on the official site «Ответы на обращения, затрагивающие интересы
 * неопределенного круга лиц». The public title and text carry no personal data (SEC-5); the head
 * approves (published at once, the term of HMR 7.9 recorded) or returns it to the executor with a
 * reason. The ТОТК questions it answers are rows of their own: a later appeal is matched by them.
 */
const statements = [
  `create table publications (
     id serial primary key,
     appeal_id int not null references appeals(id),
     answer_id int not null references answers(id),
     status text not null default 'proposed' check (status in ('proposed', 'published', 'returned')),
     title text not null,
     body text not null,
     proposed_by int not null references users(id),
     proposed_acting_for int references users(id),
     proposed_at timestamptz not null,
     decided_by int references users(id),
     decided_acting_for int references users(id),
     decided_at timestamptz,
     return_reason text,
     return_due date,
     publication_due date,
     published_at timestamptz,
     public_url text)`,
  // One proposal under consideration or published per answer; returned ones stay as history.
  `create unique index publications_one_active on publications(answer_id) where status in ('proposed', 'published')`,
  `create index publications_appeal on publications(appeal_id)`,
  `create index publications_published on publications(published_at) where status = 'published'`,
  `create table publication_questions (
     publication_id int not null references publications(id),
     totk_code text not null,
     primary key (publication_id, totk_code))`,
  `create index publication_questions_totk on publication_questions(totk_code)`,
  // 59-ФЗ ст. 11 ч. 5.1: the disposition «published-answer-link» records which publication the author was sent.
  `alter table special_case_dispositions add column publication_id int references publications(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
