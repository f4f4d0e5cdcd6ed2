import { sql } from 'kysely';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { Profile } from '../../../domain/profiles';
import { isoDate, type ProductionCalendar } from '../../../domain/calendar';
import { computeDeadline, internetRegistrationDay } from '../../../domain/deadlines';
import { localDate, formatDateRu } from '../../../domain/time/local-date';
import { requiredContentWarnings, type ContentWarning } from '../../../domain/appeal/required-content';
import { fullName } from '../../../domain/org/person-name';
import { assignNumber } from './numbering';
import { saveAuthor } from './authors';
import type { RegisterAppealInput } from './schemas';

export type RegisterDeps = { profile: Profile; calendar: ProductionCalendar; timeZone: string };

/**
 * REG-1…9: registers an appeal in one transaction — number, dates and deadlines, authors,
 * questions, links, warnings and the event. Nothing is sent from here (the notice is queued after
 * commit by its own feature).
 */
export async function registerAppeal(ctx: StaffCtx, input: RegisterAppealInput, deps: RegisterDeps): Promise<{ id: number; number: string; created: boolean }> {
  const now = ctx.clock.now();
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime() + 60_000) throw errors.invalid('Дата поступления не может быть позже текущего момента.', { receivedAt: 'Дата поступления в будущем.' });
  const receivedDate = localDate(receivedAt, deps.timeZone);
  const registrationDate = localDate(now, deps.timeZone);
  const year = Number(registrationDate.slice(0, 4));

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
  // REG-1: 3 days from receipt; an internet-reception appeal by the cut-off (HMR 3.5).
  const registrationDeadline = computeDeadline('registration', receivedDate, deps.profile, deps.calendar);
  let registrationDue = registrationDeadline.date;
  if (input.channel === 'internet-reception') {
    const cutoff = deps.profile.params.registration.internetCutoff;
    const due = internetRegistrationDay(receivedAt, deps.timeZone, cutoff.value, deps.calendar, cutoff.source);
    registrationDue = isoDate(due.day);
  }
  if (registrationDate > registrationDue) {
    warnings.push({ code: 'late-registration', message: `Обращение регистрируется позже установленного срока (${formatDateRu(registrationDue)}).` });
  }
  const consideration = computeDeadline('consideration', registrationDate, deps.profile, deps.calendar);
  const plainEmail = warnings.some((w) => w.code === 'plain-email');

  try {
    return await insertAppeal();
  } catch (e) {
    // Two requests with one idempotency key raced: the loser returns the winner's appeal.
    if (input.idempotencyKey && isUniqueViolation(e)) {
      const existing = await ctx.db.selectFrom('appeals').select(['id', 'number']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
      if (existing) return { ...existing, created: false };
    }
    throw e;
  }

  function insertAppeal() {
  return ctx.db.transaction().execute(async (trx) => {
    if (input.idempotencyKey) {
      const existing = await trx.selectFrom('appeals').select(['id', 'number']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
      if (existing) return { ...existing, created: false };
    }
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
    let previous: { id: number; number: string; status: string } | undefined;
    if (input.previousAppealId !== null) {
      previous = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', input.previousAppealId).executeTakeFirst();
      if (!previous) throw errors.invalid('Предыдущее обращение не найдено.', { previousAppealId: 'Не найдено.' });
    }
    if (input.multiplicity !== 'primary' && !previous) {
      warnings.push({ code: 'no-previous', message: 'Обращение отмечено как повторное, но предыдущее обращение не указано (REG-5).' });
    }

    const authorIds: number[] = [];
    for (const a of input.authors) authorIds.push(await saveAuthor(trx, a, now));

    // REG-6: the same author on the same question on the same day is one appeal.
    if (authorIds.length > 0) {
      const same = await trx
        .selectFrom('appeals as ap')
        .innerJoin('appeal_authors as aa', 'aa.appeal_id', 'ap.id')
        .innerJoin('appeal_questions as q', 'q.appeal_id', 'ap.id')
        .select(['ap.id', 'ap.number'])
        .where('aa.author_id', 'in', authorIds)
        .where('aa.role', '<>', 'representative')
        .where('q.totk_code', 'in', codes)
        .where('ap.received_date', '=', receivedDate)
        .where('ap.status', '<>', 'annulled')
        .executeTakeFirst();
      if (same) {
        throw errors.conflict(`Обращение этого автора по тому же вопросу, поступившее в тот же день, уже зарегистрировано: № ${same.number}. Приобщите поступивший экземпляр к нему (HMR 3.10).`, { authors: `Уже зарегистрировано: № ${same.number}.` });
      }
    }

    const assigned = await assignNumber(trx, deps.profile, year, previous?.id ?? null);
    const names = input.authors.map((a) => (a.kind === 'person' ? fullName({ surname: a.surname ?? '', firstName: a.firstName ?? '', patronymic: a.patronymic }) : (a.organisationName ?? '')));
    const searchDoc = [input.annotation, input.text, ...names, ...input.questions.map((q) => q.annotation)].join(' ');
    const appeal = await trx
      .insertInto('appeals')
      .values({
        number: assigned.number,
        year: assigned.year,
        seq: assigned.seq,
        repeat_index: assigned.repeatIndex,
        received_at: receivedAt,
        received_date: receivedDate,
        registered_at: now,
        registration_date: registrationDate,
        registration_deadline: registrationDue,
        consideration_deadline: consideration.date,
        form: input.form,
        channel: input.channel,
        type: input.type,
        registered_as: plainEmail ? 'correspondence' : 'appeal',
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
        previous_appeal_id: previous?.id ?? null,
        control_type: input.controlType,
        control_official_id: input.controlOfficialId,
        authority_document: input.authorityDocument,
        warnings: JSON.stringify(warnings),
        idempotency_key: input.idempotencyKey ?? null,
        search: sql<string>`to_tsvector('ru', ${searchDoc})`,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();

    for (const [i, a] of input.authors.entries()) {
      await trx.insertInto('appeal_authors').values({ appeal_id: appeal.id, author_id: authorIds[i]!, role: a.role, position: i + 1, receives_answer: a.receivesAnswer }).onConflict((oc) => oc.doNothing()).execute();
    }
    for (const [i, q] of input.questions.entries()) {
      await trx.insertInto('appeal_questions').values({ appeal_id: appeal.id, position: i + 1, totk_code: q.totkCode, annotation: q.annotation }).execute();
    }
    if (previous) {
      await trx.insertInto('appeal_links').values({ appeal_id: appeal.id, linked_appeal_id: previous.id, kind: 'repeat-of' }).execute();
      // REG-7: a repeat while the earlier appeal is still under consideration — a copy goes to its
      // executor; recorded now, delivered when routing exists.
      if (previous.status === 'registered') await trx.insertInto('appeal_links').values({ appeal_id: appeal.id, linked_appeal_id: previous.id, kind: 'copy-to-executor' }).execute();
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appeal.id,
      action: 'appeal.registered',
      after: { number: appeal.number, form: input.form, channel: input.channel, type: input.type, authors: authorIds, questions: codes, multiplicity: input.multiplicity, previousAppealId: previous?.id ?? null, registrationDeadline: registrationDue, considerationDeadline: consideration.date, warnings: warnings.map((w) => w.code) },
      legalGround: '59-ФЗ ст. 8 ч. 2',
      requestId: ctx.requestId,
    });
    return { id: appeal.id, number: appeal.number, created: true };
  });
  }
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === '23505';
}
