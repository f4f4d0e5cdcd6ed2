import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { answeredOnMeritsResults, type EarlierAnswers, type PublishedAnswer } from '../../../domain/special-cases/suggestions';
import { normaliseAddress, normaliseEmail, normaliseName, normalisePhone } from '../../../domain/appeal/normalise';
import type { DraftInput } from './schemas';
import { publishedForQuestions } from '../publications/queries';

/**
 * 59-ФЗ ст. 11 ч. 5 «неоднократно давались письменные ответы по существу»: earlier appeals (not annulled,
 * registered before `before`) of these authors — not as representatives — where the question got a
 * result on the merits (CTL-3) **and the written answer was actually sent** (registered outgoing
 * answer, sent, handed to the post or delivered; ANS-6). One row per author, question and appeal.
 * Shared by the 'repeated' suggestion and the SPC-5 disposition, so both count the same answers.
 */
export async function earlierAnswerRows(db: Kysely<DB>, o: { authorIds: number[]; totkCodes: string[]; before?: { appealId: number; registeredAt: Date } }) {
  if (o.authorIds.length === 0 || o.totkCodes.length === 0) return [];
  return db
    .selectFrom('appeal_questions as q')
    .innerJoin('appeals as ap', 'ap.id', 'q.appeal_id')
    .innerJoin('appeal_authors as aa', 'aa.appeal_id', 'ap.id')
    .select(['aa.author_id', 'q.totk_code', 'ap.id', 'ap.number', 'ap.registration_date'])
    .where('aa.author_id', 'in', o.authorIds)
    .where('aa.role', '<>', 'representative')
    .where('q.totk_code', 'in', o.totkCodes)
    .where('q.result', 'in', [...answeredOnMeritsResults])
    .where('ap.status', '<>', 'annulled')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('outgoing_documents as od').select('od.id').whereRef('od.appeal_id', '=', 'ap.id').where('od.kind', '=', 'answer').where('od.outgoing_number', 'is not', null).where('od.status', 'in', ['sent', 'printed', 'delivered']),
      ),
    )
    // Only appeals registered before this one (two registered in the same instant: by number order).
    .$if(o.before !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('ap.registered_at', '<', o.before!.registeredAt), eb.and([eb('ap.registered_at', '=', o.before!.registeredAt), eb('ap.id', '<', o.before!.appealId)])])),
    )
    .orderBy('ap.registered_at')
    .orderBy('ap.id')
    .limit(1000)
    .execute();
}

/**
 * 59-FZ art. 11 ч. 5 (SPC-5): for each question, the earlier appeals of the author with the most
 * answers on the merits (see `earlierAnswerRows`).
 */
export async function findEarlierAnswers(db: Kysely<DB>, o: { authorIds: number[]; totkCodes: string[]; before?: { appealId: number; registeredAt: Date } }): Promise<EarlierAnswers[]> {
  const rows = await earlierAnswerRows(db, o);
  const byKey = new Map<string, { totkCode: string; appeals: Map<number, { number: string; registrationDate: string }> }>();
  for (const r of rows) {
    const key = `${r.author_id}|${r.totk_code}`;
    const entry = byKey.get(key) ?? { totkCode: r.totk_code, appeals: new Map() };
    entry.appeals.set(r.id, { number: r.number, registrationDate: r.registration_date });
    byKey.set(key, entry);
  }
  const best = new Map<string, EarlierAnswers>();
  for (const e of byKey.values()) {
    const appeals = [...e.appeals.values()];
    if ((best.get(e.totkCode)?.appeals.length ?? 0) < appeals.length) best.set(e.totkCode, { totkCode: e.totkCode, appeals });
  }
  return [...best.values()];
}

/**
 * Answers published on the official site «Ответы на обращения, затрагивающие интересы
 * неопределенного круга лиц» (59-FZ art. 10 ч. 4, art. 11 ч. 5.1; SPC-11): for each question, the
 * newest publication's page address (features/publications).
 */
export async function findPublishedAnswers(db: Kysely<DB>, totkCodes: string[]): Promise<PublishedAnswer[]> {
  const rows = await publishedForQuestions(db, totkCodes);
  const newest = new Map<string, PublishedAnswer>();
  for (const r of rows) if (r.url && !newest.has(r.totkCode)) newest.set(r.totkCode, { totkCode: r.totkCode, url: r.url });
  return [...newest.values()];
}

/**
 * The author records a draft's authors would be registered as: the one chosen in the history
 * panel, or the same person typed again — the same normalised name and the same address, e-mail
 * or phone, as registration reuses it (registry/authors.ts, REG-3). Read only.
 */
export async function resolveDraftAuthorIds(db: Kysely<DB>, authors: DraftInput['authors']): Promise<number[]> {
  const ids: number[] = [];
  for (const a of authors) {
    if (a.role === 'representative') continue;
    if (a.id !== undefined) {
      ids.push(a.id);
      continue;
    }
    const name = a.kind === 'person' ? normaliseName([a.surname, a.firstName, a.patronymic]) : normaliseName([a.organisationName]);
    const [address, email, phone] = [normaliseAddress(a.postalAddress), normaliseEmail(a.email), normalisePhone(a.phone)];
    if (!name || !(address || email || phone.length >= 6)) continue;
    const same = await db
      .selectFrom('authors')
      .select('id')
      .where('kind', '=', a.kind)
      .where('match_name', '=', name)
      .where((eb) =>
        eb.or([...(address ? [eb('address_norm', '=', address)] : []), ...(email ? [eb('email_norm', '=', email)] : []), ...(phone.length >= 6 ? [eb('phone_norm', '=', phone)] : []), eb.val(false)]),
      )
      .orderBy('id')
      .executeTakeFirst();
    if (same) ids.push(same.id);
  }
  return [...new Set(ids)];
}
