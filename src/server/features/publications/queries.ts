import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { depersonalise, type PersonalDataSubject } from '../../../domain/special-cases/depersonalise';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { fullName } from '../../../domain/org/person-name';

/** Answers that may be proposed for publication: signed (HMR 7.9 — the signed text) or already sent. */
export const publishableAnswerStatuses = ['signed', 'dispatched'] as const;

export const publicationStatusLabels = { proposed: 'На согласовании у главы', published: 'Опубликован', returned: 'Возвращён исполнителю', withdrawn: 'Снят с публикации' } as const;

/** Everyone named in the appeal (authors, signatories, representatives): whose personal data must not be published (59-ФЗ ст. 6 ч. 2). */
export async function personalDataSubjects(db: Kysely<DB>, appealId: number): Promise<PersonalDataSubject[]> {
  const rows = await db
    .selectFrom('appeal_authors as aa')
    .innerJoin('authors as a', 'a.id', 'aa.author_id')
    .select(['a.id', 'a.kind', 'a.surname', 'a.first_name', 'a.patronymic', 'a.gender', 'a.postal_address', 'a.email', 'a.phone'])
    .where('aa.appeal_id', '=', appealId)
    .execute();
  // SEC-5: the numbers of this appeal and of the authors' other appeals identify them as well.
  const numbers = rows.length
    ? await db.selectFrom('appeal_authors as aa').innerJoin('appeals as ap', 'ap.id', 'aa.appeal_id').select(['aa.author_id', 'ap.number']).where('aa.author_id', 'in', rows.map((r) => r.id)).execute()
    : [];
  return rows.map((r) => ({
    surname: r.kind === 'person' ? r.surname : null, firstName: r.first_name, patronymic: r.patronymic, gender: r.gender, postalAddress: r.postal_address, email: r.email, phone: r.phone,
    appealNumbers: numbers.filter((n) => n.author_id === r.id).map((n) => n.number),
  }));
}

/** The ТОТК questions of the appeal with their names (the questions a publication may answer). */
export async function appealQuestionNames(db: Kysely<DB>, appealId: number) {
  const rows = await db
    .selectFrom('appeal_questions as q')
    .leftJoin('totk as t', 't.code', 'q.totk_code')
    .select(['q.totk_code', 't.name'])
    .where('q.appeal_id', '=', appealId)
    .orderBy('q.position')
    .execute();
  return [...new Map(rows.map((r) => [r.totk_code, { code: r.totk_code, name: r.name ?? r.totk_code }])).values()];
}

/** The signed text of the answer (its current version) with its appeal, or 404. */
export async function answerForPublication(db: Kysely<DB>, answerId: number) {
  const a = await db
    .selectFrom('answers as an')
    .innerJoin('answer_versions as v', (j) => j.onRef('v.answer_id', '=', 'an.id').onRef('v.version', '=', 'an.version'))
    .select(['an.id', 'an.appeal_id', 'an.status', 'v.body'])
    .where('an.id', '=', answerId)
    .executeTakeFirst();
  if (!a) throw errors.notFound('Ответ', 'm');
  return a;
}

/** SPC-11: the proposal prefilled — the text of the answer with the personal data removed, the appeal's questions, a title. */
export async function publicationDraft(db: Kysely<DB>, answerId: number) {
  const a = await answerForPublication(db, answerId);
  const questions = await appealQuestionNames(db, a.appeal_id);
  const subjects = await personalDataSubjects(db, a.appeal_id);
  const { text, removed } = depersonalise(a.body, subjects);
  return {
    // For the dialog's warning while the official edits (he reads the card with the same data already).
    subjects,
    answerId: a.id,
    title: questions[0] ? `Ответ на обращение по вопросу «${questions[0].name}»` : 'Ответ на обращение',
    questions,
    body: text,
    removedCount: removed.length,
  };
}

/** The appeal's publications for the case page (newest last), with who proposed and decided. */
export async function appealPublications(db: Kysely<DB>, appealId: number) {
  const rows = await db
    .selectFrom('publications as p')
    .innerJoin('users as u', 'u.id', 'p.proposed_by')
    .innerJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('users as du', 'du.id', 'p.decided_by')
    .leftJoin('officials as do', 'do.id', 'du.official_id')
    .select(['p.id', 'p.answer_id', 'p.status', 'p.title', 'p.body', 'p.proposed_at', 'p.decided_at', 'p.return_reason', 'p.return_due', 'p.publication_due', 'p.published_at', 'p.public_url', 'p.withdrawn_at', 'p.withdrawal_reason', 'u.login', 'o.surname', 'o.first_name', 'o.patronymic', 'do.surname as d_surname', 'do.first_name as d_first_name', 'do.patronymic as d_patronymic'])
    .where('p.appeal_id', '=', appealId)
    .orderBy('p.id')
    .execute();
  const questions = rows.length ? await db.selectFrom('publication_questions').select(['publication_id', 'totk_code']).where('publication_id', 'in', rows.map((r) => r.id)).execute() : [];
  return rows.map((r) => ({
    id: r.id, answerId: r.answer_id, status: r.status, statusLabel: publicationStatusLabels[r.status], title: r.title, body: r.body,
    totkCodes: questions.filter((q) => q.publication_id === r.id).map((q) => q.totk_code),
    proposedAt: r.proposed_at.toISOString(), proposedBy: fullName({ surname: r.surname, firstName: r.first_name, patronymic: r.patronymic }) || r.login,
    decidedAt: r.decided_at?.toISOString() ?? null, decidedBy: r.d_surname ? fullName({ surname: r.d_surname, firstName: r.d_first_name ?? '', patronymic: r.d_patronymic ?? '' }) : null,
    returnReason: r.return_reason, returnDue: r.return_due, publicationDue: r.publication_due, publishedAt: r.published_at?.toISOString() ?? null, url: r.public_url,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null, withdrawalReason: r.withdrawal_reason,
  }));
}

/** SPC-11 / SEC-5: the public page — only the published text, its title, date and questions. Nothing of the appeal or its author. */
export async function publishedAnswers(db: Kysely<DB>, timeZone: string, o: { id?: number } = {}) {
  const rows = await db
    .selectFrom('publications')
    .select(['id', 'title', 'body', 'published_at', 'public_url'])
    .where('status', '=', 'published')
    .$if(o.id !== undefined, (qb) => qb.where('id', '=', o.id!))
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  const questions = rows.length
    ? await db
        .selectFrom('publication_questions as pq')
        .leftJoin('totk as t', 't.code', 'pq.totk_code')
        .select(['pq.publication_id', 'pq.totk_code', sql<string | null>`min(t.name)`.as('name')])
        .where('pq.publication_id', 'in', rows.map((r) => r.id))
        .groupBy(['pq.publication_id', 'pq.totk_code'])
        .orderBy('pq.totk_code')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedDate: formatDateRu(localDate(r.published_at!, timeZone)),
    questions: questions.filter((q) => q.publication_id === r.id).map((q) => ({ code: q.totk_code, name: q.name ?? q.totk_code })),
    text: r.body,
    url: r.public_url ?? '',
  }));
}

/** SPC-11 (59-ФЗ ст. 11 ч. 5.1): the published answers on any of these ТОТК questions, newest first. */
export async function publishedForQuestions(db: Kysely<DB>, totkCodes: readonly string[]) {
  if (totkCodes.length === 0) return [];
  return db
    .selectFrom('publication_questions as pq')
    .innerJoin('publications as p', 'p.id', 'pq.publication_id')
    .select(['p.id', 'pq.totk_code as totkCode', 'p.public_url as url', 'p.title'])
    .where('p.status', '=', 'published')
    .where('pq.totk_code', 'in', [...totkCodes])
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}
