import { appealStatuses, isOpen, onControlStatuses, openStatuses, questionResultLabels } from '../../../domain/appeal/lifecycle';
import { fullName } from '../../../domain/org/person-name';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { normaliseText } from '../../../domain/appeal/normalise';
import { channels, forms, multiplicities, types } from './schemas';
import { authorName } from './queries';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();

/**
 * The journal's conditions of selection (REG-10). Filters by unit or executor («кому отписано»)
 * cannot exist yet: appeals are not routed to anyone until routing (ROU-1…) is built.
 */
export const journalQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(200).optional(),
  /** Words of an author's name or an organisation's name, in any order; case and ё/е do not matter. */
  author: z.string().trim().max(200).optional(),
  /** The external body that forwarded the appeal (59-FZ art. 8 ч. 3), by its id in the directory. */
  forwardedBy: z.coerce.number().int().positive().optional(),
  channel: z.enum(channels).optional(),
  form: z.enum(forms).optional(),
  type: z.enum(types).optional(),
  multiplicity: z.enum(multiplicities).optional(),
  totk: z.string().regex(/^\d{4}(\.\d{4}){0,4}$/).optional(),
  collective: flag,
  overdue: flag,
  onControl: flag,
  status: z.enum(appealStatuses).optional(),
  sort: z.enum(['date-desc', 'date-asc', 'deadline-asc']).default('date-desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type JournalQuery = z.infer<typeof journalQuery>;
/** The conditions without the page: what a saved filter and the export keep. */
export type JournalFilter = Omit<JournalQuery, 'page' | 'pageSize'>;
export const journalFilterKeys = Object.keys(journalQuery.shape).filter((k) => k !== 'page' && k !== 'pageSize') as (keyof JournalFilter)[];

function filteredAppeals(db: Kysely<DB>, q: JournalFilter, today: string) {
  let base = db.selectFrom('appeals as ap');
  if (q.from) base = base.where('ap.registration_date', '>=', q.from);
  if (q.to) base = base.where('ap.registration_date', '<=', q.to);
  if (q.channel) base = base.where('ap.channel', '=', q.channel);
  if (q.form) base = base.where('ap.form', '=', q.form);
  if (q.type) base = base.where('ap.type', '=', q.type);
  if (q.multiplicity) base = base.where('ap.multiplicity', '=', q.multiplicity);
  if (q.collective !== undefined) base = base.where('ap.collective', '=', q.collective);
  if (q.status) base = base.where('ap.status', '=', q.status);
  if (q.forwardedBy !== undefined) base = base.where('ap.forwarded_by_body_id', '=', q.forwardedBy);
  // REG-8 (HMR 3.7): every registered appeal is put on control until the head removes it (CTL-2).
  if (q.onControl !== undefined) base = base.where('ap.status', q.onControl ? 'in' : 'not in', [...onControlStatuses]);
  // DL-8: overdue is computed — not answered by its deadline.
  if (q.overdue !== undefined) {
    base = q.overdue ? base.where('ap.status', 'in', [...openStatuses]).where('ap.consideration_deadline', '<', today) : base.where((eb) => eb.or([eb('ap.status', 'not in', [...openStatuses]), eb('ap.consideration_deadline', '>=', today)]));
  }
  if (q.totk) {
    const prefix = q.totk;
    base = base.where((eb) => eb.exists(eb.selectFrom('appeal_questions as qq').select('qq.id').whereRef('qq.appeal_id', '=', 'ap.id').where((w) => w.or([w('qq.totk_code', '=', prefix), w('qq.totk_code', 'like', `${prefix}.%`)]))));
  }
  if (q.q) {
    const number = q.q.replace(/^№\s*/, '');
    base = base.where((eb) => eb.or([eb(sql<boolean>`ap.search @@ websearch_to_tsquery('ru', ${q.q})`, '=', true), eb('ap.number', '=', number)]));
  }
  // REG-5: match_name is lower case with ё → е; every typed word must occur in the name (a part of a
  // word is enough: «Иван» finds «Иванов»). Normalised words hold only letters and digits, so no LIKE wildcards.
  const words = q.author ? normaliseText(q.author).split(' ').filter(Boolean) : [];
  if (words.length > 0) {
    // The matching authors first (trigram index on the name), then their appeals: a few thousand
    // ids at most, instead of testing every appeal of the period against the name.
    base = base.where('ap.id', 'in', (eb) =>
      eb
        .selectFrom('appeal_authors as fa')
        .innerJoin('authors as fau', 'fau.id', 'fa.author_id')
        .select('fa.appeal_id')
        .where('fa.role', '<>', 'representative')
        .where((w) => w.and(words.map((word) => w('fau.match_name', 'like', `%${word}%`)))),
    );
  }
  return base;
}

function ordered(db: Kysely<DB>, q: JournalFilter, today: string) {
  const rows = filteredAppeals(db, q, today).selectAll('ap');
  if (q.sort === 'date-asc') return rows.orderBy('ap.registration_date', 'asc').orderBy('ap.id', 'asc');
  if (q.sort === 'deadline-asc') return rows.orderBy('ap.consideration_deadline', 'asc').orderBy('ap.id', 'asc');
  return rows.orderBy('ap.registration_date', 'desc').orderBy('ap.id', 'desc');
}

/**
 * Counting stops at `cap` + 1: on a million appeals an exact count of a broad filter costs more than
 * the page itself, and «более 10 000» is all a person needs (the export counts to its own limit).
 */
async function countJournal(db: Kysely<DB>, q: JournalFilter, today: string, cap: number): Promise<number> {
  const limited = filteredAppeals(db, q, today).select('ap.id').limit(cap + 1);
  const total = await db.selectFrom(limited.as('m')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(total.n);
}

export const JOURNAL_COUNT_CAP = 10_000;

type AppealRow = Awaited<ReturnType<ReturnType<typeof ordered>['execute']>>[number];

/** The journal's columns for some appeals: authors without representatives (HMR app. 2), the forwarding body, the ТОТК questions. */
async function presentRows(db: Kysely<DB>, page: AppealRow[], today: string) {
  const ids = page.map((r) => r.id);
  const authors = ids.length
    ? await db.selectFrom('appeal_authors as aa').innerJoin('authors as a', 'a.id', 'aa.author_id').select(['aa.appeal_id', 'aa.role', 'a.kind', 'a.surname', 'a.first_name', 'a.patronymic', 'a.organisation_name', 'a.postal_address', 'a.benefit_category']).where('aa.appeal_id', 'in', ids).orderBy('aa.position').execute()
    : [];
  const bodyIds = [...new Set(page.map((r) => r.forwarded_by_body_id).filter((id): id is number => id !== null))];
  const bodies = bodyIds.length ? await db.selectFrom('external_bodies').select(['id', 'name']).where('id', 'in', bodyIds).execute() : [];
  const questions = ids.length
    ? await db.selectFrom('appeal_questions as q').innerJoin('totk as t', 't.code', 'q.totk_code').select(['q.appeal_id', 'q.totk_code', 't.name', 'q.result']).where('q.appeal_id', 'in', ids).orderBy('q.position').execute()
    : [];
  // HMR app. 2 «Кому отписано», «Результат рассмотрения», «Дата ответа» (ROU-2, CTL-3, ANS-6).
  const executors = ids.length
    ? await db
        .selectFrom('assignments as a')
        .innerJoin('users as u', 'u.id', 'a.executor_user_id')
        .innerJoin('officials as o', 'o.id', 'u.official_id')
        .select(['a.appeal_id', 'o.surname', 'o.first_name', 'o.patronymic'])
        .where('a.appeal_id', 'in', ids)
        .where('a.role', '=', 'responsible')
        .where('a.status', 'not in', ['cancelled', 'handed-over', 'returned'])
        .orderBy('a.part')
        .execute()
    : [];
  const answers = ids.length ? await db.selectFrom('answers').select(['appeal_id', 'outgoing_date']).where('appeal_id', 'in', ids).where('status', '=', 'dispatched').execute() : [];
  return page.map((r) => {
    const own = authors.filter((a) => a.appeal_id === r.id && a.role !== 'representative');
    return {
      id: r.id,
      number: r.number,
      registrationDate: r.registration_date,
      authors: own.map((a) => authorName(a)),
      addresses: own.map((a) => a.postal_address).filter(Boolean),
      /** HMR app. 2 «Фамилия, имя, отчество и адрес заявителя»: each author beside his own address. */
      people: own.map((a) => ({ name: authorName(a), address: a.postal_address })),
      benefitCategories: [...new Set(own.map((a) => a.benefit_category).filter(Boolean))],
      annotation: r.annotation,
      forwardedBy: bodies.find((b) => b.id === r.forwarded_by_body_id)?.name ?? null,
      channel: r.channel,
      form: r.form,
      type: r.type,
      multiplicity: r.multiplicity,
      collective: r.collective,
      status: r.status,
      themes: questions.filter((q) => q.appeal_id === r.id).map((q) => ({ code: q.totk_code, name: q.name })),
      executors: [...new Set(executors.filter((e) => e.appeal_id === r.id).map((e) => fullName({ surname: e.surname, firstName: e.first_name, patronymic: e.patronymic })))],
      results: [...new Set(questions.filter((q) => q.appeal_id === r.id && q.result).map((q) => questionResultLabels[q.result!]))],
      answerDate: answers.filter((x) => x.appeal_id === r.id && x.outgoing_date).map((x) => x.outgoing_date!).sort().at(-1) ?? null,
      // REG-8, DL-8: see filteredAppeals.
      onControl: onControlStatuses.includes(r.status),
      considerationDeadline: r.consideration_deadline,
      overdue: isOpen(r.status) && r.consideration_deadline < today,
    };
  });
}
export type JournalRow = Awaited<ReturnType<typeof presentRows>>[number];

/**
 * REG-10: the registration journal (HMR app. 2): number, date, author and address, benefit category,
 * summary, via which body; filters, Russian full-text search over annotation, text and authors.
 * Overdue is computed from today (DL-8), never stored.
 */
export async function listJournal(db: Kysely<DB>, q: JournalQuery, today: string) {
  // One row more than the page tells whether there is a next page; the total is a separate,
  // slower question (countJournalTotal) so the first page comes at once.
  const fetched = await ordered(db, q, today).limit(q.pageSize + 1).offset((q.page - 1) * q.pageSize).execute();
  const page = fetched.slice(0, q.pageSize);
  return { page: q.page, pageSize: q.pageSize, hasMore: fetched.length > q.pageSize, rows: await presentRows(db, page, today) };
}

/** «Найдено обращений: N» (or «более 10 000»), asked by the journal screen after its first page. */
export async function countJournalTotal(db: Kysely<DB>, q: JournalFilter, today: string) {
  const counted = await countJournal(db, q, today, JOURNAL_COUNT_CAP);
  return { total: Math.min(counted, JOURNAL_COUNT_CAP), exact: counted <= JOURNAL_COUNT_CAP };
}

const CHUNK = 1000;

/**
 * Every row the conditions select, in the journal's order (for the export and the print version);
 * more than `max` is refused with a Russian message rather than building a file nobody can open.
 */
export async function listWholeJournal(db: Kysely<DB>, q: JournalFilter, today: string, max: number): Promise<JournalRow[]> {
  const total = await countJournal(db, q, today, max);
  if (total > max) {
    const fmt = (n: number) => n.toLocaleString('ru-RU');
    throw errors.invalid(`Условиям отбора отвечает более ${fmt(max)} обращений: в один файл выгружается не более ${fmt(max)}. Сократите период или уточните условия отбора.`);
  }
  const all = await ordered(db, q, today).limit(max).execute();
  const rows: JournalRow[] = [];
  // Chunks keep the «in (…)» lists of the joined queries well below the driver's parameter limit.
  for (let i = 0; i < all.length; i += CHUNK) rows.push(...(await presentRows(db, all.slice(i, i + CHUNK), today)));
  return rows;
}
