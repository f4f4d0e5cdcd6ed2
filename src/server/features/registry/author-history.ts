import { isOpen } from '../../../domain/appeal/lifecycle';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { normaliseAddress, normaliseEmail, normaliseName, normalisePhone } from '../../../domain/appeal/normalise';
import { suggestMultiplicity } from '../../../domain/appeal/multiplicity';
import { authorName } from './queries';

export type CandidateQuery = { surname: string; firstName: string; patronymic: string; postalAddress: string; email: string; phone: string; totkCodes: string[] };

/**
 * REG-5…7: while the registrar types the author, the earlier appeals of the same person — matched
 * by a similar name (case, ё/е, typos, word order) plus the same address, e-mail or phone — with
 * their questions, and the suggested multiplicity for the questions being registered.
 */
export async function findAuthorHistory(db: Kysely<DB>, q: CandidateQuery) {
  const name = normaliseName([q.surname, q.firstName, q.patronymic]);
  if (name.replaceAll(' ', '').length < 3) return { candidates: [] };
  const email = normaliseEmail(q.email);
  const phone = normalisePhone(q.phone);
  const address = normaliseAddress(q.postalAddress);
  // A person counts as the same when the name is close *and* an address, e-mail or phone matches
  // (REG-5), so the candidates come from selective btree lookups only: the exact normalised name
  // (case, ё, word order), the sound key of surname + first name (typos that keep the sound), and
  // the same address, e-mail or phone (any typo in the name). Similarity is computed on those rows.
  const byName = db
    .selectFrom('authors as a')
    .select('a.id')
    .where((eb) => eb.or([eb('a.match_name', '=', name), ...(q.surname.trim() && q.firstName.trim() ? [eb.and([eb('a.kind', '=', 'person'), eb(sql`a.name_key`, '=', sql`ru_sound_key(${q.surname}) || ' ' || ru_sound_key(${q.firstName})`)])] : [])]))
    .limit(200);
  const contacts = [...(email ? [['email_norm', email] as const] : []), ...(phone.length >= 6 ? [['phone_norm', phone] as const] : []), ...(address ? [['address_norm', address] as const] : [])];
  const byContact = contacts.map(([column, value]) => db.selectFrom('authors as a').select('a.id').where(`a.${column}`, '=', value).limit(50));
  const found = await Promise.all([byName, ...byContact].map((query) => query.execute()));
  const ids = [...new Set(found.flat().map((r) => r.id))];
  if (ids.length === 0) return { candidates: [] };
  const rows = await db
    .selectFrom('authors as a')
    .selectAll('a')
    .select([
      sql<number>`similarity(a.match_name, ${name})`.as('name_score'),
      sql<boolean>`(${email} <> '' and a.email_norm = ${email})`.as('email_match'),
      sql<boolean>`(${phone} <> '' and length(${phone}) >= 6 and a.phone_norm = ${phone})`.as('phone_match'),
      sql<boolean>`(${address} <> '' and a.address_norm <> '' and similarity(a.address_norm, ${address}) >= 0.5)`.as('address_match'),
    ])
    .where('a.id', 'in', ids)
    .where(sql<boolean>`similarity(a.match_name, ${name}) >= 0.4`)
    .orderBy(sql`similarity(a.match_name, ${name})`, 'desc')
    .execute();
  const matched = rows.filter((r) => r.email_match || r.phone_match || r.address_match).slice(0, 5);
  if (matched.length === 0) return { candidates: [] };

  const appeals = await db
    .selectFrom('appeal_authors as aa')
    .innerJoin('appeals as ap', 'ap.id', 'aa.appeal_id')
    .select(['aa.author_id', 'ap.id', 'ap.number', 'ap.registration_date', 'ap.annotation', 'ap.status', 'ap.multiplicity'])
    .where('aa.author_id', 'in', matched.map((m) => m.id))
    .where('aa.role', '<>', 'representative')
    .where('ap.status', '<>', 'annulled')
    .orderBy('ap.registration_date', 'desc')
    .orderBy('ap.id', 'desc')
    .limit(100)
    .execute();
  const questions = appeals.length
    ? await db
        .selectFrom('appeal_questions as qq')
        .innerJoin('totk as t', 't.code', 'qq.totk_code')
        .select(['qq.appeal_id', 'qq.totk_code', 't.name'])
        .where('qq.appeal_id', 'in', appeals.map((a) => a.id))
        .orderBy('qq.position')
        .execute()
    : [];

  return {
    candidates: matched.map((m) => {
      const own = appeals.filter((a) => a.author_id === m.id);
      const sameQuestion = own.filter((a) => questions.some((x) => x.appeal_id === a.id && q.totkCodes.includes(x.totk_code)));
      return {
        author: {
          id: m.id, kind: m.kind, name: authorName(m), surname: m.surname, firstName: m.first_name, patronymic: m.patronymic, organisationName: m.organisation_name,
          postalAddress: m.postal_address, email: m.email, phone: m.phone, territory: m.territory, socialStatus: m.social_status, benefitCategory: m.benefit_category, gender: m.gender,
        },
        matchedBy: [m.email_match && 'email', m.phone_match && 'phone', m.address_match && 'address'].filter((x): x is string => Boolean(x)),
        nameScore: Number(m.name_score),
        appeals: own.map((a) => ({
          id: a.id, number: a.number, registrationDate: a.registration_date, annotation: a.annotation, status: a.status,
          questions: questions.filter((x) => x.appeal_id === a.id).map((x) => ({ totkCode: x.totk_code, name: x.name })),
        })),
        suggestion: {
          multiplicity: suggestMultiplicity(sameQuestion.length),
          previousAppealId: sameQuestion[0]?.id ?? null,
          previousNumber: sameQuestion[0]?.number ?? null,
          openPrevious: sameQuestion.some((a) => isOpen(a.status)),
        },
      };
    }),
  };
}
