import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { fullName } from '../../../domain/org/person-name';

export type AuthorView = {
  id: number; kind: 'person' | 'organisation'; name: string; surname: string | null; firstName: string | null; patronymic: string | null; organisationName: string | null;
  postalAddress: string; email: string; phone: string; territory: string; socialStatus: string; benefitCategory: string; gender: 'm' | 'f' | null;
};

export function authorName(a: { kind: string; surname: string | null; first_name: string | null; patronymic: string | null; organisation_name: string | null }): string {
  return a.kind === 'organisation' ? (a.organisation_name ?? '') : fullName({ surname: a.surname ?? '', firstName: a.first_name ?? '', patronymic: a.patronymic }).trim() || 'Автор не указан';
}

/** The registration card of one appeal (REG-3) with its authors, questions and links. */
export async function getAppealCard(db: Kysely<DB>, id: number) {
  const a = await db
    .selectFrom('appeals as ap')
    .leftJoin('external_bodies as b', 'b.id', 'ap.forwarded_by_body_id')
    .leftJoin('appeals as prev', 'prev.id', 'ap.previous_appeal_id')
    .selectAll('ap')
    .select(['b.name as forwarded_by_name', 'prev.number as previous_number', 'prev.registration_date as previous_date'])
    .where('ap.id', '=', id)
    .executeTakeFirst();
  if (!a) return undefined;
  const authors = await db
    .selectFrom('appeal_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .selectAll('au')
    .select(['aa.role', 'aa.position', 'aa.receives_answer'])
    .where('aa.appeal_id', '=', id)
    .orderBy('aa.position')
    .execute();
  const questions = await db
    .selectFrom('appeal_questions as q')
    .innerJoin('totk as t', 't.code', 'q.totk_code')
    .select(['q.position', 'q.totk_code', 't.name as totk_name', 'q.annotation'])
    .where('q.appeal_id', '=', id)
    .orderBy('q.position')
    .execute();
  const links = await db
    .selectFrom('appeal_links as l')
    .innerJoin('appeals as o', 'o.id', 'l.linked_appeal_id')
    .select(['l.kind', 'o.id', 'o.number', 'o.registration_date'])
    .where('l.appeal_id', '=', id)
    .execute();
  return {
    id: a.id,
    number: a.number,
    status: a.status,
    receivedAt: a.received_at.toISOString(),
    receivedDate: a.received_date,
    registeredAt: a.registered_at.toISOString(),
    registrationDate: a.registration_date,
    registrationDeadline: a.registration_deadline,
    considerationDeadline: a.consideration_deadline,
    form: a.form,
    channel: a.channel,
    type: a.type,
    registeredAs: a.registered_as,
    collective: a.collective,
    addressee: a.addressee,
    forwarded: a.forwarded_by_body_id ? { bodyId: a.forwarded_by_body_id, bodyName: a.forwarded_by_name ?? '', letterDate: a.forwarded_letter_date, letterNumber: a.forwarded_letter_number, isControl: a.is_control } : null,
    pages: a.pages,
    annotation: a.annotation,
    text: a.text,
    multiplicity: a.multiplicity,
    previous: a.previous_appeal_id ? { id: a.previous_appeal_id, number: a.previous_number ?? '', registrationDate: a.previous_date ?? '' } : null,
    controlType: a.control_type,
    controlOfficialId: a.control_official_id,
    authorityDocument: a.authority_document,
    warnings: a.warnings,
    annulledReason: a.annulled_reason,
    authors: authors.map((au) => ({
      id: au.id, kind: au.kind, name: authorName(au), surname: au.surname, firstName: au.first_name, patronymic: au.patronymic, organisationName: au.organisation_name,
      postalAddress: au.postal_address, email: au.email, phone: au.phone, territory: au.territory, socialStatus: au.social_status, benefitCategory: au.benefit_category, gender: au.gender,
      role: au.role, receivesAnswer: au.receives_answer,
    })),
    questions: questions.map((q) => ({ position: q.position, totkCode: q.totk_code, totkName: q.totk_name, annotation: q.annotation })),
    links: links.map((l) => ({ kind: l.kind, appealId: l.id, number: l.number, registrationDate: l.registration_date })),
  };
}
export type AppealCard = NonNullable<Awaited<ReturnType<typeof getAppealCard>>>;

