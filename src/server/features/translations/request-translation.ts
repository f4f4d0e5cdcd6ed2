import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import type { TranslationRequestValues } from '../../../domain/documents/placeholders';
import { templateKindOf } from '../../../domain/documents/template-kinds';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { getAppealCard } from '../registry/queries';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import type { ConsiderationDeps } from '../consideration/shared';
import type { TranslationRequestInput } from './schemas';

const KIND = 'translation-request-letter';
const GROUND = 'HMR 7.15 (REG-11)';

/**
 * REG-11 (HMR 7.15): the Отдел registers an appeal that needs translation into Russian and sends its
 * copy with a cover letter for translation «в день поступления». In one transaction: the letter from
 * its template, registered as outgoing (ANS-6) and sent to the body by post — or by e-mail, the copy
 * of the appeal and its files attached (delivery/appeal-copy.ts); the term from the engine (a later
 * request is carried out and flagged late); the request tracked until the translation arrives.
 */
export async function requestTranslation(ctx: StaffCtx, appealId: number, input: TranslationRequestInput, deps: ConsiderationDeps & { delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status', 'received_date']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (!isOpen(appeal.status)) throw errors.conflict(`Обращение № ${appeal.number} не находится на рассмотрении: направлять его на перевод не нужно.`);
    const open = await trx.selectFrom('translations').select('id').where('appeal_id', '=', appealId).where('status', '=', 'sent').executeTakeFirst();
    if (open) throw errors.conflict(`Копия обращения № ${appeal.number} уже направлена на перевод; перевод ещё не получен.`);
    const body = await trx.selectFrom('external_bodies').select(['id', 'name', 'postal_address', 'email']).where('id', '=', input.bodyId).where('active', '=', true).executeTakeFirst();
    if (!body) throw errors.invalid('Орган не найден в справочнике или отключён.', { bodyId: 'Орган не найден в справочнике или отключён.' });
    if (!body.postal_address.trim() && !body.email.trim()) throw errors.invalid('У органа не указан ни почтовый адрес, ни адрес электронной почты: дополните справочник.', { bodyId: 'Нет адреса органа.' });
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', KIND).executeTakeFirst();
    if (!template) throw errors.conflict(`Шаблон «${templateKindOf(KIND)?.title ?? KIND}» не найден. Администратору: восстановите шаблон по умолчанию.`);

    // HMR 7.15: «в день поступления» — from the day the appeal arrived, not the day it was registered.
    const due = computeDeadline('translation', appeal.received_date, deps.profile, deps.calendar);
    const late = today > due.date;
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
    const values: TranslationRequestValues = {
      ...noticeValues({
        appeal: appealSources(card),
        recipient: { kind: 'organisation', surname: null, firstName: null, patronymic: null, organisationName: body.name, gender: null, postalAddress: body.postal_address || body.email, email: body.email },
        organisation: parties.organisation, head: parties.head, executor: parties.official, legalBasis: legalBasisInstrumental(deps.profile.procedureLinks), today,
      }),
      // A letter to a body carries no salutation to a citizen.
      обращение: '',
      язык_обращения: input.language,
    };
    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
    const letter = await trx
      .insertInto('outgoing_documents')
      .values({
        appeal_id: appealId, kind: KIND, route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: route === 'post' ? body.postal_address : body.email, status: 'queued', due_date: due.date,
        file_name: `${templateKindOf(KIND)!.title} (исх. ${outgoingNumber} от ${formatDateRu(today)}), обращение № ${card.number}.docx`.replace(/[\\/]/g, '-'),
        content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
      })
      .returning(['id', 'route'])
      .executeTakeFirstOrThrow();
    if (letter.route === 'email') await enqueueDelivery(trx, deps.delivery, letter.id);
    const row = await trx
      .insertInto('translations')
      .values({ appeal_id: appealId, language: input.language, body_id: body.id, letter_id: letter.id, due_date: due.date, late, requested_by: ctx.actor.userId, requested_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'translation.requested',
      after: { translationId: row.id, language: input.language, bodyId: body.id, letterId: letter.id, outgoingNumber, dueDate: due.date, late }, legalGround: GROUND, requestId: ctx.requestId,
    });
    return {
      id: row.id, letterId: letter.id, route: letter.route, outgoingNumber, dueDate: due.date, dueSteps: due.steps, late,
      warnings: late ? [`Срок направления копии обращения на перевод (${formatDateRu(due.date)}, ${GROUND}) пропущен.`] : [],
    };
  });
}
