import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import type { ComplaintReturnValues } from '../../../domain/documents/placeholders';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { effectiveUserId, lockForAction, type ConsiderationDeps } from './shared';

export const COMPLAINT_RETURN = 'complaint-return';

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1): a complaint may not go to the one whose decision or
 * action it is about; when nobody else can consider it, the head (or the deputy who holds it) returns
 * it to the author within 7 days of registration with the explanation of the right to go to court.
 * The letter is made from the template «complaint-return», registered as outgoing (ANS-6) and sent
 * by the appeal's route (e-mail → the delivery job). The questions get «дан ответ автору»; the appeal
 * is «answered» and stays on control until the head removes it (CTL-2). A late return is carried out
 * and says so.
 */
export async function returnComplaint(ctx: StaffCtx, appealId: number, input: { explanation: string }, deps: ConsiderationDeps & { delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await lockForAction(trx, appealId, 'complaint-returned');
    // ROU-1, ROU-6: the one it was passed to decides; the head may decide on any appeal.
    if (appeal.handed_to_user_id !== effectiveUserId(ctx.actor) && !ctx.actor.roles.includes('head')) {
      throw errors.forbidden(`Обращение № ${appeal.number} передано на резолюцию другому должностному лицу.`);
    }
    if (!appeal.complained_official_id && !appeal.complained_unit_id) {
      throw errors.conflict(
        `Жалоба № ${appeal.number} возвращается автору, только если её нельзя направить на рассмотрение из-за запрета ч. 6 ст. 8 59-ФЗ: сначала укажите в карточке, чьё решение или действие (бездействие) обжалуется.`,
      );
    }
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    const recipients = noticeRecipients(card)
      .map((r) => ({ r, delivery: deliveryRoute(card, r) }))
      .filter((x): x is { r: (typeof x)['r']; delivery: NonNullable<(typeof x)['delivery']> } => x.delivery !== null);
    if (recipients.length === 0) throw errors.conflict('У автора обращения нет ни почтового адреса, ни адреса электронной почты: жалобу вернуть некуда (59-ФЗ ст. 11 ч. 1).');
    const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', COMPLAINT_RETURN).executeTakeFirst();
    if (!template) throw errors.conflict('Шаблон уведомления о возврате жалобы не найден. Администратору: восстановите шаблон по умолчанию.');

    // HMR 7.11: within 7 days of registration; late — still returned, with the warning.
    const due = computeDeadline('complaint-return', appeal.registration_date, deps.profile, deps.calendar);
    const late = today > due.date;
    const warnings = late ? [`Срок возврата жалобы (${formatDateRu(due.date)}, 59-ФЗ ст. 8 ч. 6; HMR 7.11) пропущен.`] : [];
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const complained = await complainedText(trx, appeal.complained_official_id, appeal.complained_unit_id);
    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));

    const documents: { id: number; route: string; address: string }[] = [];
    for (const { r, delivery } of recipients) {
      const values: ComplaintReturnValues = {
        ...noticeValues({ appeal: appealSources(card), recipient: r, organisation: parties.organisation, head: parties.head, executor: parties.official, legalBasis: legalBasisInstrumental(deps.profile.procedureLinks), today }),
        обжалуемое: complained,
        причина_возврата: input.explanation,
      };
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appealId, kind: COMPLAINT_RETURN, route: delivery.route, recipient_author_id: r.id, recipient_address: delivery.address, status: 'queued', due_date: due.date,
          file_name: `Уведомление о возврате жалобы (исх. ${outgoingNumber} от ${formatDateRu(today)}), обращение № ${card.number}.docx`.replace(/[\\/]/g, '-'),
          content: fillTemplate(template.content, values), created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
        })
        .returning(['id', 'route', 'recipient_address'])
        .executeTakeFirstOrThrow();
      documents.push({ id: doc.id, route: doc.route, address: doc.recipient_address });
      if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
    }

    // Nobody considers it any more: what is still open of a resolution is cancelled.
    await trx.updateTable('assignments').set({ status: 'cancelled', closed_at: now }).where('appeal_id', '=', appealId).where('status', '=', 'open').execute();
    // CTL-3 (ССТУ «Answered»): «дан ответ автору» for every question not sent elsewhere.
    await trx.updateTable('appeal_questions').set({ result: 'answered-to-author', result_at: now, result_by: ctx.actor.userId }).where('appeal_id', '=', appealId).where((eb) => eb.or([eb('result', 'is', null), eb('result', '<>', 'redirected')])).execute();
    await trx.updateTable('appeals').set({ status: appeal.to, updated_at: now }).where('id', '=', appealId).execute();
    await trx
      .insertInto('complaint_returns')
      .values({ appeal_id: appealId, explanation: input.explanation, due_date: due.date, late, outgoing_number: outgoingNumber, outgoing_date: today, created_by: ctx.actor.userId, acting_for_user_id: ctx.actor.actingFor?.userId ?? null, created_at: now })
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.complaint-returned',
      before: { status: appeal.status },
      after: { status: appeal.to, complained, explanation: input.explanation, dueDate: due.date, late, outgoingNumber, outgoingDate: today, documents },
      legalGround: '59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1',
      requestId: ctx.requestId,
    });
    return { status: appeal.to, dueDate: due.date, dueSteps: due.steps, outgoingNumber, outgoingDate: today, documents, warnings };
  });
}

/** «Морозов Дмитрий Иванович (Заместитель главы района); Управление образования» — whose decision or action is complained about. */
async function complainedText(trx: Kysely<DB>, officialId: number | null, unitId: number | null): Promise<string> {
  const parts: string[] = [];
  if (officialId) {
    const o = await trx.selectFrom('officials as o').leftJoin('positions as p', 'p.id', 'o.position_id').select(['o.surname', 'o.first_name', 'o.patronymic', 'p.name as position']).where('o.id', '=', officialId).executeTakeFirstOrThrow();
    const name = fullName({ surname: o.surname, firstName: o.first_name, patronymic: o.patronymic });
    parts.push(o.position ? `${name} (${o.position})` : name);
  }
  if (unitId) parts.push((await trx.selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name);
  return parts.join('; ');
}
