import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { authorName } from '../registry/queries';
import { localDate } from '../../../domain/time/local-date';
import { redirectTerm, type TermDeps } from './redirect-term';
import type { MassActionView } from './schemas';

/**
 * REG-12 (HMR 7.14): what may go in a mass action — appeals registered on the day, still only
 * registered (not passed on, not redirected, not closed, not annulled), with an open question of the
 * subject, and not in another mass action already.
 */
function eligible(db: Kysely<DB>, date: string) {
  return db
    .selectFrom('appeals as ap')
    .where('ap.registration_date', '=', date)
    .where('ap.status', '=', 'registered')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('mass_action_items as i').select('i.id').whereRef('i.appeal_id', '=', 'ap.id'))));
}

/** The subjects of the day, most appeals first: the registrar sees which one makes a mass action. */
export async function listCandidates(db: Kysely<DB>, date: string) {
  const rows = await eligible(db, date)
    .innerJoin('appeal_questions as q', 'q.appeal_id', 'ap.id')
    .innerJoin('totk as t', 't.code', 'q.totk_code')
    .where('q.result', 'is', null)
    .select(['q.totk_code', 't.name', (eb) => eb.fn.count<number>(sql`distinct ap.id`).as('n')])
    .groupBy(['q.totk_code', 't.name'])
    .orderBy('n', 'desc')
    .orderBy('q.totk_code')
    .limit(50)
    .execute();
  return rows.map((r) => ({ totkCode: r.totk_code, totkName: r.name, count: Number(r.n) }));
}

/** The appeals of one subject registered on one day that a mass action would take. */
export async function selectAppeals(db: Kysely<DB>, date: string, totkCode: string): Promise<{ id: number; number: string; registrationDate: string; annotation: string }[]> {
  return eligible(db, date)
    .where((eb) => eb.exists(eb.selectFrom('appeal_questions as q').select('q.id').whereRef('q.appeal_id', '=', 'ap.id').where('q.totk_code', '=', totkCode).where('q.result', 'is', null)))
    .select(['ap.id', 'ap.number', 'ap.registration_date as registrationDate', 'ap.annotation'])
    .orderBy('ap.seq')
    .orderBy('ap.id')
    .execute();
}

/** The first author of each appeal who is not a representative — the name and address of the registry. */
export async function firstAuthors(db: Kysely<DB>, appealIds: readonly number[]): Promise<Map<number, { name: string; address: string }>> {
  const out = new Map<number, { name: string; address: string }>();
  for (let i = 0; i < appealIds.length; i += 5000) {
    const rows = await db
      .selectFrom('appeal_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .select(['aa.appeal_id', 'au.kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'au.postal_address', 'au.email'])
      .where('aa.appeal_id', 'in', appealIds.slice(i, i + 5000))
      .where('aa.role', '<>', 'representative')
      .orderBy('aa.appeal_id')
      .orderBy('aa.position')
      .execute();
    for (const r of rows) if (!out.has(r.appeal_id)) out.set(r.appeal_id, { name: authorName(r), address: r.postal_address || r.email });
  }
  return out;
}

/** The appeals the registrar reviews, with the day's redirect term (a warning when it has passed). */
export async function selection(db: Kysely<DB>, date: string, totkCode: string, term: TermDeps, now: Date) {
  const appeals = await selectAppeals(db, date, totkCode);
  const authors = await firstAuthors(db, appeals.map((a) => a.id));
  return {
    count: appeals.length,
    ...(await redirectTerm(term, date, now)),
    appeals: appeals.map((a) => ({ ...a, author: authors.get(a.id)?.name ?? 'Автор не указан', address: authors.get(a.id)?.address ?? '' })),
  };
}

function counts(db: Kysely<DB>) {
  return db
    .selectFrom('mass_action_items')
    .select([
      'action_id',
      (eb) => eb.fn.countAll<number>().filterWhere('state', '=', 'done').as('done'),
      (eb) => eb.fn.countAll<number>().filterWhere('state', '=', 'failed').as('failed'),
      (eb) => eb.fn.countAll<number>().filterWhere('state', '=', 'pending').as('pending'),
      (eb) => eb.fn.sum<number>('notices').as('notices'),
    ])
    .groupBy('action_id');
}

function summaries(db: Kysely<DB>) {
  return db
    .selectFrom('mass_actions as m')
    .innerJoin('totk as t', 't.code', 'm.totk_code')
    .innerJoin('external_bodies as b', 'b.id', 'm.body_id')
    .leftJoin(counts(db).as('c'), 'c.action_id', 'm.id')
    .select(['m.id', 'm.registration_date', 'm.totk_code', 't.name as totk_name', 'b.name as body_name', 'm.status', 'm.total', 'm.created_at', 'm.finished_at', 'c.done', 'c.failed', 'c.pending', 'c.notices']);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

function summary(r: SummaryRow) {
  return {
    id: r.id, registrationDate: r.registration_date, totkCode: r.totk_code, totkName: r.totk_name, bodyName: r.body_name, status: r.status, total: r.total,
    done: Number(r.done ?? 0), failed: Number(r.failed ?? 0), createdAt: r.created_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

export async function listMassActions(db: Kysely<DB>) {
  return (await summaries(db).orderBy('m.id', 'desc').limit(100).execute()).map(summary);
}

/** REG-12: the progress of one action (polled by the page) — counts, letters, the appeals that failed. */
export async function massActionProgress(db: Kysely<DB>, id: number, term: TermDeps, now: Date): Promise<MassActionView | undefined> {
  const r = await summaries(db).where('m.id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const { redirectDue, redirectOverdue } = await redirectTerm(term, r.registration_date, now);
  // Late: an appeal redirected after the term, or some still pending while the term is behind us.
  const lastDone = await db.selectFrom('mass_action_items').select((eb) => eb.fn.max('processed_at').as('at')).where('action_id', '=', id).where('state', '=', 'done').executeTakeFirst();
  const lastAt = lastDone?.at ? new Date(lastDone.at) : null;
  const redirectLate = (lastAt !== null && localDate(lastAt, term.timeZone()) > redirectDue) || (Number(r.pending ?? 0) > 0 && redirectOverdue);
  const letters = await db
    .selectFrom('mass_action_letters as l')
    .innerJoin('outgoing_documents as d', 'd.id', 'l.cover_letter_id')
    .select(['l.id', 'l.cover_letter_id', 'd.outgoing_number', 'd.outgoing_date', 'l.appeals', 'l.registry_file_name', 'd.appeal_id'])
    .where('l.action_id', '=', id)
    .orderBy('l.id')
    .execute();
  const failed = await db
    .selectFrom('mass_action_items as i')
    .innerJoin('appeals as ap', 'ap.id', 'i.appeal_id')
    .select(['i.appeal_id', 'ap.number', 'i.error'])
    .where('i.action_id', '=', id)
    .where('i.state', '=', 'failed')
    .orderBy('i.position')
    .limit(200)
    .execute();
  return {
    ...summary(r),
    pending: Number(r.pending ?? 0),
    notices: Number(r.notices ?? 0),
    redirectDue,
    redirectLate,
    letters: letters.map((l) => ({ id: l.id, coverLetterId: l.cover_letter_id, outgoingNumber: l.outgoing_number, outgoingDate: l.outgoing_date, appeals: l.appeals, registryFileName: l.registry_file_name, leadAppealId: l.appeal_id })),
    errors: failed.map((f) => ({ appealId: f.appeal_id, number: f.number, error: f.error ?? '' })),
  };
}
