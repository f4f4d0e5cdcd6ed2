import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { isoDate, type ProductionCalendar } from '../../../domain/calendar';
import { computeDeadline, internetRegistrationDay } from '../../../domain/deadlines';
import type { Profile } from '../../../domain/profiles';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { requiredContentWarnings, type ContentWarning } from '../../../domain/appeal/required-content';
import { fullName } from '../../../domain/org/person-name';
import { saveAuthor } from './authors';
import type { RegisterAppealInput } from './schemas';

export type RegisterDeps = { profile: Profile; calendar: ProductionCalendar; timeZone: string };
export type AppealContent = Omit<RegisterAppealInput, 'idempotencyKey'>;

/**
 * What follows from the card's content, for registration and for later corrections alike:
 * the received date in the organisation's zone, the registration deadline (REG-1, the internet
 * cut-off of HMR 3.5), and the warnings of LAW art. 7 (INT-9) and 547-FZ.
 */
export function deriveContent(input: AppealContent, registrationDate: string, now: Date, deps: RegisterDeps) {
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime() + 60_000) throw errors.invalid('Дата поступления не может быть позже текущего момента.', { receivedAt: 'Дата поступления в будущем.' });
  const receivedDate = localDate(receivedAt, deps.timeZone);
  if (receivedDate > registrationDate) throw errors.invalid('Дата поступления позже даты регистрации.', { receivedAt: 'Позже даты регистрации.' });
  const warnings: ContentWarning[] = requiredContentWarnings({
    form: input.form,
    channel: input.channel,
    receivedDate,
    addressee: input.addressee,
    authors: input.authors.map((a) => ({ kind: a.kind, surname: a.surname, firstName: a.firstName, postalAddress: a.postalAddress, email: a.email, role: a.role })),
    collective: input.collective,
    authorityDocument: input.authorityDocument,
    annotation: input.annotation,
  });
  let registrationDue = computeDeadline('registration', receivedDate, deps.profile, deps.calendar).date;
  if (input.channel === 'internet-reception') {
    const cutoff = deps.profile.params.registration.internetCutoff;
    registrationDue = isoDate(internetRegistrationDay(receivedAt, deps.timeZone, cutoff.value, deps.calendar, cutoff.source).day);
  }
  if (registrationDate > registrationDue) {
    warnings.push({ code: 'late-registration', message: `Обращение зарегистрировано позже установленного срока (${formatDateRu(registrationDue)}).` });
  }
  if (input.multiplicity !== 'primary' && input.previousAppealId === null) {
    warnings.push({ code: 'no-previous', message: 'Обращение отмечено как повторное, но предыдущее обращение не указано (REG-5).' });
  }
  return { receivedAt, receivedDate, registrationDue, warnings, plainEmail: warnings.some((w) => w.code === 'plain-email') };
}

/** Questions must be ТОТК questions (not sections or themes); the forwarding body and the previous appeal must exist. */
export async function checkReferences(trx: Kysely<DB>, input: AppealContent, selfId?: number) {
  const codes = [...new Set(input.questions.map((q) => q.totkCode))];
  const known = await trx.selectFrom('totk').select(['code', 'kind']).where('code', 'in', codes).execute();
  for (const [i, q] of input.questions.entries()) {
    const entry = known.find((k) => k.code === q.totkCode);
    if (!entry) throw errors.invalid('Вопрос не найден в классификаторе ТОТК.', { [`questions.${i}.totkCode`]: 'Нет такого кода в классификаторе.' });
    if (entry.kind !== 'question' && entry.kind !== 'refinement') throw errors.invalid('Выберите вопрос классификатора, а не раздел или тему.', { [`questions.${i}.totkCode`]: 'Выберите вопрос, а не раздел или тему.' });
  }
  if (input.forwarded) {
    const body = await trx.selectFrom('external_bodies').select('id').where('id', '=', input.forwarded.bodyId).executeTakeFirst();
    if (!body) throw errors.invalid('Орган, направивший обращение, не найден в справочнике.', { 'forwarded.bodyId': 'Не найден в справочнике.' });
  }
  if (input.previousAppealId === null) return { codes, previous: undefined };
  if (input.previousAppealId === selfId) throw errors.invalid('Обращение не может быть повторным к самому себе.', { previousAppealId: 'Выберите другое обращение.' });
  const previous = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', input.previousAppealId).executeTakeFirst();
  if (!previous) throw errors.invalid('Предыдущее обращение не найдено.', { previousAppealId: 'Не найдено.' });
  return { codes, previous };
}

/** The Russian full-text document of an appeal: annotation, text, authors, question annotations. */
export function searchDocument(input: AppealContent): ReturnType<typeof sql<string>> {
  const names = input.authors.map((a) => (a.kind === 'person' ? fullName({ surname: a.surname ?? '', firstName: a.firstName ?? '', patronymic: a.patronymic }) : (a.organisationName ?? '')));
  const doc = [input.annotation, input.text, ...names, ...input.questions.map((q) => q.annotation)].join(' ');
  return sql<string>`to_tsvector('ru', ${doc})`;
}

/** Authors (reused or new), their roles, and the questions of one appeal. */
export async function writeAuthorsAndQuestions(trx: Kysely<DB>, appealId: number, input: AppealContent, authorIds: number[]) {
  // One statement per table: a registration holds the number counter's lock until it commits.
  if (input.authors.length > 0) {
    await trx
      .insertInto('appeal_authors')
      .values(input.authors.map((a, i) => ({ appeal_id: appealId, author_id: authorIds[i]!, role: a.role, position: i + 1, receives_answer: a.receivesAnswer })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (input.questions.length > 0) {
    await trx
      .insertInto('appeal_questions')
      .values(input.questions.map((q, i) => ({ appeal_id: appealId, position: i + 1, totk_code: q.totkCode, annotation: q.annotation })))
      .execute();
  }
}

export async function saveAuthors(trx: Kysely<DB>, input: AppealContent, now: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const a of input.authors) ids.push(await saveAuthor(trx, a, now));
  return ids;
}

/** The columns of `appeals` that come from the card's content. */
export function contentColumns(input: AppealContent, derived: ReturnType<typeof deriveContent>) {
  return {
    received_at: derived.receivedAt,
    received_date: derived.receivedDate,
    registration_deadline: derived.registrationDue,
    form: input.form,
    channel: input.channel,
    type: input.type,
    registered_as: derived.plainEmail ? ('correspondence' as const) : ('appeal' as const),
    collective: input.collective,
    addressee: input.addressee,
    forwarded_by_body_id: input.forwarded?.bodyId ?? null,
    forwarded_letter_date: input.forwarded?.letterDate ?? null,
    forwarded_letter_number: input.forwarded?.letterNumber ?? null,
    is_control: input.forwarded?.isControl ?? false,
    pages: input.pages,
    annotation: input.annotation,
    text: input.text,
    multiplicity: input.multiplicity,
    previous_appeal_id: input.previousAppealId,
    control_type: input.controlType,
    control_official_id: input.controlOfficialId,
    authority_document: input.authorityDocument,
    warnings: JSON.stringify(derived.warnings),
    search: searchDocument(input),
  };
}
