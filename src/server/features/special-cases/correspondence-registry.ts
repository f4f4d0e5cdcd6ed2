import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { REPEATED_MIN_ANSWERS, type TerminatedQuestion } from '../../../domain/special-cases/suggestions';
import type { CorrespondenceFacts } from '../../../domain/special-cases/dispositions';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { earlierAnswerRows } from '../suggestions/queries';

/**
 * SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): reads of the registry of terminated correspondence
 * and of the earlier answers on the merits it rests on, per author and ТОТК question. The author is
 * the `authors` row the registry links repeat appeals to (REG-3); a representative is not the author.
 */

type CardFacts = {
  id: number;
  registeredAt: string;
  authors: readonly { id: number; role: string }[];
  questions: readonly { totkCode: string; totkName: string }[];
};

export type EarlierAppeal = { id: number; number: string; registrationDate: string };
/** An author of the appeal answered on the merits on this question in two or more earlier appeals. */
export type RepeatedPair = { authorId: number; totkCode: string; totkName: string; appeals: EarlierAppeal[] };
/** An open row of the registry for an author of the appeal and one of its questions. */
export type OpenTermination = { id: number; authorId: number; totkCode: string; totkName: string; appealId: number; appealNumber: string; decidedOn: string; decidedBy: string; earlierAppealIds: number[]; noticeNumber: string | null; noticeDate: string | null };

export type CorrespondenceState = { facts: CorrespondenceFacts; repeated: RepeatedPair[]; open: OpenTermination[] };

const authorIdsOf = (card: CardFacts) => [...new Set(card.authors.filter((a) => a.role !== 'representative').map((a) => a.id))];
const jsonIds = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as number[];

/**
 * Earlier appeals in which an author of this appeal got a written answer on the merits on one of its
 * questions (`earlierAnswerRows`, the same as the 'repeated' suggestion), per author and question;
 * only the pairs answered «неоднократно» (twice or more).
 */
export async function findRepeatedPairs(db: Kysely<DB>, card: CardFacts): Promise<RepeatedPair[]> {
  const authorIds = authorIdsOf(card);
  const totkCodes = [...new Set(card.questions.map((q) => q.totkCode))];
  if (authorIds.length === 0 || totkCodes.length === 0) return [];
  const rows = await earlierAnswerRows(db, { authorIds, totkCodes, before: { appealId: card.id, registeredAt: new Date(card.registeredAt) } });
  const pairs = new Map<string, RepeatedPair>();
  for (const r of rows) {
    const key = `${r.author_id}|${r.totk_code}`;
    const pair = pairs.get(key) ?? { authorId: r.author_id, totkCode: r.totk_code, totkName: card.questions.find((q) => q.totkCode === r.totk_code)?.totkName ?? r.totk_code, appeals: [] };
    if (!pair.appeals.some((x) => x.id === r.id)) pair.appeals.push({ id: r.id, number: r.number, registrationDate: r.registration_date });
    pairs.set(key, pair);
  }
  return [...pairs.values()].filter((p) => p.appeals.length >= REPEATED_MIN_ANSWERS);
}

/** Open registry rows for the authors and questions of the appeal, decided on another appeal. */
export async function findOpenTerminations(db: Kysely<DB>, o: { authorIds: number[]; totkCodes: string[]; exceptAppealId?: number; timeZone: string }): Promise<OpenTermination[]> {
  if (o.authorIds.length === 0 || o.totkCodes.length === 0) return [];
  const rows = await db
    .selectFrom('terminated_correspondence as t')
    .innerJoin('appeals as ap', 'ap.id', 't.appeal_id')
    .innerJoin('totk', 'totk.code', 't.totk_code')
    .innerJoin('users as u', 'u.id', 't.decided_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('special_case_dispositions as s', 's.id', 't.disposition_id')
    .select(['t.id', 't.author_id', 't.totk_code', 'totk.name as totk_name', 't.appeal_id', 'ap.number', 't.decided_at', 't.earlier_appeal_ids', 's.outgoing_number', 's.outgoing_date', 'u.login', 'o.surname', 'o.first_name', 'o.patronymic'])
    .where('t.author_id', 'in', o.authorIds)
    .where('t.totk_code', 'in', o.totkCodes)
    .where('t.resumed_at', 'is', null)
    .$if(o.exceptAppealId !== undefined, (qb) => qb.where('t.appeal_id', '<>', o.exceptAppealId!))
    .orderBy('t.decided_at')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({
    id: r.id, authorId: r.author_id, totkCode: r.totk_code, totkName: r.totk_name, appealId: r.appeal_id, appealNumber: r.number,
    decidedOn: localDate(r.decided_at, o.timeZone), decidedBy: fullName({ surname: r.surname ?? '', firstName: r.first_name ?? '', patronymic: r.patronymic ?? '' }) || r.login,
    earlierAppealIds: jsonIds(r.earlier_appeal_ids), noticeNumber: r.outgoing_number, noticeDate: r.outgoing_date,
  }));
}

/** What the dispositions need to know about the appeal's authors and questions (SPC-5). */
export async function loadCorrespondence(db: Kysely<DB>, card: CardFacts, timeZone: string): Promise<CorrespondenceState> {
  // One after the other: `db` may be a transaction, whose one connection runs one query at a time.
  const repeated = await findRepeatedPairs(db, card);
  const open = await findOpenTerminations(db, { authorIds: authorIdsOf(card), totkCodes: card.questions.map((q) => q.totkCode), exceptAppealId: card.id, timeZone });
  return { repeated, open, facts: { repeated: [...new Set(repeated.map((p) => p.totkCode))], terminated: [...new Set(open.map((t) => t.totkCode))] } };
}

/** For the 'correspondence-terminated' suggestion: the registry rows of these authors and questions. */
export async function findTerminatedQuestions(db: Kysely<DB>, o: { authorIds: number[]; totkCodes: string[]; exceptAppealId?: number; timeZone: string }): Promise<TerminatedQuestion[]> {
  return (await findOpenTerminations(db, o)).map((t) => ({ totkCode: t.totkCode, decidedOn: t.decidedOn, decidedBy: t.decidedBy, appealNumber: t.appealNumber }));
}

/** «обращения № 5 от 01.02.2026 (ответ исх. № Исх-3 от 05.02.2026), № 17 от 12.05.2026» — the earlier answers named in the notice. */
export async function describeEarlierAnswers(db: Kysely<DB>, appealIds: number[]): Promise<string> {
  if (appealIds.length === 0) return '';
  const appeals = await db.selectFrom('appeals').select(['id', 'number', 'registration_date']).where('id', 'in', appealIds).orderBy('registered_at').orderBy('id').execute();
  const answers = await db
    .selectFrom('outgoing_documents')
    .select(['appeal_id', 'outgoing_number', 'outgoing_date'])
    .where('appeal_id', 'in', appealIds)
    .where('kind', '=', 'answer')
    .where('outgoing_number', 'is not', null)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();
  const parts = appeals.map((a) => {
    const answer = answers.find((x) => x.appeal_id === a.id);
    const sent = answer?.outgoing_number && answer.outgoing_date ? ` (ответ исх. № ${answer.outgoing_number} от ${formatDateRu(answer.outgoing_date)})` : '';
    return `№ ${a.number} от ${formatDateRu(a.registration_date)}${sent}`;
  });
  return `${parts.length === 1 ? 'обращение' : 'обращения'} ${parts.join(', ')}`;
}

/** The author's registry for the case page and the API: every decision, open or resumed, newest first. */
export async function listTerminatedCorrespondence(db: Kysely<DB>, authorId: number) {
  const rows = await db
    .selectFrom('terminated_correspondence as t')
    .innerJoin('appeals as ap', 'ap.id', 't.appeal_id')
    .leftJoin('totk', 'totk.code', 't.totk_code')
    .innerJoin('users as u', 'u.id', 't.decided_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .leftJoin('users as ru', 'ru.id', 't.resumed_by')
    .leftJoin('officials as ro', 'ro.id', 'ru.official_id')
    .leftJoin('appeals as rap', 'rap.id', 't.resumed_on_appeal_id')
    .leftJoin('special_case_dispositions as s', 's.id', 't.disposition_id')
    .select([
      't.id', 't.totk_code', 'totk.name as totk_name', 't.appeal_id', 'ap.number', 't.decided_at', 't.ground', 't.earlier_appeal_ids', 't.resumed_at', 't.resumption_reason', 't.resumed_on_appeal_id', 'rap.number as resumed_on_number',
      's.outgoing_number', 's.outgoing_date', 'u.login', 'o.surname', 'o.first_name', 'o.patronymic', 'ru.login as r_login', 'ro.surname as r_surname', 'ro.first_name as r_first_name', 'ro.patronymic as r_patronymic',
    ])
    .where('t.author_id', '=', authorId)
    .orderBy('t.decided_at', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
  const earlierIds = [...new Set(rows.flatMap((r) => jsonIds(r.earlier_appeal_ids)))];
  const earlier = earlierIds.length > 0 ? await db.selectFrom('appeals').select(['id', 'number', 'registration_date']).where('id', 'in', earlierIds).execute() : [];
  return rows.map((r) => ({
    id: r.id, authorId, totkCode: r.totk_code, totkName: r.totk_name ?? r.totk_code, open: r.resumed_at === null,
    appeal: { id: r.appeal_id, number: r.number }, decidedAt: r.decided_at.toISOString(), ground: r.ground,
    decidedBy: fullName({ surname: r.surname ?? '', firstName: r.first_name ?? '', patronymic: r.patronymic ?? '' }) || r.login,
    notice: r.outgoing_number && r.outgoing_date ? { outgoingNumber: r.outgoing_number, outgoingDate: r.outgoing_date } : null,
    earlierAppeals: jsonIds(r.earlier_appeal_ids).flatMap((id) => earlier.filter((e) => e.id === id).map((e) => ({ id: e.id, number: e.number, registrationDate: e.registration_date }))),
    resumedAt: r.resumed_at?.toISOString() ?? null,
    resumedBy: r.resumed_at ? fullName({ surname: r.r_surname ?? '', firstName: r.r_first_name ?? '', patronymic: r.r_patronymic ?? '' }) || r.r_login : null,
    resumptionReason: r.resumption_reason, resumedOnAppeal: r.resumed_on_appeal_id ? { id: r.resumed_on_appeal_id, number: r.resumed_on_number ?? '' } : null,
  }));
}
