import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { normaliseAddress, normaliseEmail, normaliseName, normalisePhone, normaliseText } from '../../../domain/appeal/normalise';
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
  // The same person typed again: the exact normalised name (case, ё, word order), or a surname
  // with a typo (its trigrams) whose full name is still close; and anyone with the same e-mail or
  // phone. Then a person counts as the same when the name is close and an address, e-mail or phone matches.
  const surname = normaliseText(q.surname);
  const byName = db
    .selectFrom('authors as a')
    .select('a.id')
    .where((eb) => eb.or([eb('a.match_name', '=', name), ...(surname.length >= 3 ? [eb(sql<boolean>`a.surname_norm % ${surname}`, '=', true)] : [])]))
    .where(sql<boolean>`similarity(a.match_name, ${name}) >= 0.5`)
    .limit(200);
  const byContact = db
    .selectFrom('authors as a')
    .select('a.id')
    .where((eb) => eb.or([...(email ? [eb('a.email_norm', '=', email)] : []), ...(phone.length >= 6 ? [eb('a.phone_norm', '=', phone)] : []), eb.val(false)]))
    .limit(50);
  const ids = [...new Set([...(await byName.execute()), ...(email || phone.length >= 6 ? await byContact.execute() : [])].map((r) => r.id))];
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
          openPrevious: sameQuestion.some((a) => a.status === 'registered'),
        },
      };
    }),
  };
}
