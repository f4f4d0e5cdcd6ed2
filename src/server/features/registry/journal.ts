import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema';
import { channels, forms, multiplicities, types } from './schemas';
import { authorName } from './queries';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();

export const journalQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(200).optional(),
  channel: z.enum(channels).optional(),
  form: z.enum(forms).optional(),
  type: z.enum(types).optional(),
  multiplicity: z.enum(multiplicities).optional(),
  totk: z.string().regex(/^\d{4}(\.\d{4}){0,4}$/).optional(),
  collective: flag,
  overdue: flag,
  status: z.enum(['registered', 'annulled']).optional(),
  sort: z.enum(['date-desc', 'date-asc', 'deadline-asc']).default('date-desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type JournalQuery = z.infer<typeof journalQuery>;

/**
 * REG-10: the registration journal (HMR app. 2): number, date, author and address, benefit category,
 * summary, via which body; filters, Russian full-text search over annotation, text and authors.
 * Overdue is computed from today (DL-8), never stored.
 */
export async function listJournal(db: Kysely<DB>, q: JournalQuery, today: string) {
  let base = db.selectFrom('appeals as ap');
  if (q.from) base = base.where('ap.registration_date', '>=', q.from);
  if (q.to) base = base.where('ap.registration_date', '<=', q.to);
  if (q.channel) base = base.where('ap.channel', '=', q.channel);
  if (q.form) base = base.where('ap.form', '=', q.form);
  if (q.type) base = base.where('ap.type', '=', q.type);
  if (q.multiplicity) base = base.where('ap.multiplicity', '=', q.multiplicity);
  if (q.collective !== undefined) base = base.where('ap.collective', '=', q.collective);
  if (q.status) base = base.where('ap.status', '=', q.status);
  if (q.overdue !== undefined) {
    base = q.overdue ? base.where('ap.status', '=', 'registered').where('ap.consideration_deadline', '<', today) : base.where((eb) => eb.or([eb('ap.status', '<>', 'registered'), eb('ap.consideration_deadline', '>=', today)]));
  }
  if (q.totk) {
    const prefix = q.totk;
    base = base.where((eb) => eb.exists(eb.selectFrom('appeal_questions as qq').select('qq.id').whereRef('qq.appeal_id', '=', 'ap.id').where((w) => w.or([w('qq.totk_code', '=', prefix), w('qq.totk_code', 'like', `${prefix}.%`)]))));
  }
  if (q.q) {
    const number = q.q.replace(/^№\s*/, '');
    base = base.where((eb) => eb.or([eb(sql<boolean>`ap.search @@ websearch_to_tsquery('ru', ${q.q})`, '=', true), eb('ap.number', '=', number)]));
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rows = base.selectAll('ap');
  rows = q.sort === 'date-asc' ? rows.orderBy('ap.registration_date', 'asc').orderBy('ap.id', 'asc') : q.sort === 'deadline-asc' ? rows.orderBy('ap.consideration_deadline', 'asc').orderBy('ap.id', 'asc') : rows.orderBy('ap.registration_date', 'desc').orderBy('ap.id', 'desc');
  const page = await rows.limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
  const ids = page.map((r) => r.id);
  const authors = ids.length
    ? await db.selectFrom('appeal_authors as aa').innerJoin('authors as a', 'a.id', 'aa.author_id').select(['aa.appeal_id', 'aa.role', 'a.kind', 'a.surname', 'a.first_name', 'a.patronymic', 'a.organisation_name', 'a.postal_address', 'a.benefit_category']).where('aa.appeal_id', 'in', ids).orderBy('aa.position').execute()
    : [];
  const bodies = ids.length ? await db.selectFrom('external_bodies').select(['id', 'name']).where('id', 'in', page.map((r) => r.forwarded_by_body_id ?? 0)).execute() : [];
  return {
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
    rows: page.map((r) => {
      const own = authors.filter((a) => a.appeal_id === r.id && a.role !== 'representative');
      return {
        id: r.id,
        number: r.number,
        registrationDate: r.registration_date,
        authors: own.map((a) => authorName(a)),
        addresses: own.map((a) => a.postal_address).filter(Boolean),
        benefitCategories: [...new Set(own.map((a) => a.benefit_category).filter(Boolean))],
        annotation: r.annotation,
        forwardedBy: bodies.find((b) => b.id === r.forwarded_by_body_id)?.name ?? null,
        channel: r.channel,
        form: r.form,
        type: r.type,
        multiplicity: r.multiplicity,
        collective: r.collective,
        status: r.status,
        considerationDeadline: r.consideration_deadline,
        overdue: r.status === 'registered' && r.consideration_deadline < today,
      };
    }),
  };
}
