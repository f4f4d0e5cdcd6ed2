import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { transition } from '../../../domain/appeal/lifecycle';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { lockAnswer } from './access';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { answerValues } from './answer-values';
import { fillTemplate } from '../../platform/documents/docx-template';
import type { Profile } from '../../../domain/profiles';

export const ANSWER = 'answer';

/**
 * ANS-5…7 (KHV 3.9.8–3.9.10, DUKI 6.7–6.8, HMR 8.5–8.6): the registrar checks the signed answer,
 * registers it as outgoing (a number and a date — nothing leaves unregistered) and dispatches it to
 * every recipient (a collective appeal: those chosen to receive the answer, REG-4) by the appeal's
 * route: e-mail for an electronic appeal, post for a written one. The appeal is then «answered».
 */
export async function dispatchAnswer(ctx: StaffCtx, answerId: number, deps: { timeZone: string; profile: Profile; delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAnswer(trx, answerId);
    if (a.status !== 'signed') throw errors.conflict(a.status === 'dispatched' ? 'Ответ уже зарегистрирован и направлен.' : 'Регистрируется и направляется только подписанный ответ (ANS-6).');
    const step = transition(a.appeal_status, 'answer-sent');
    if (!step.ok) throw errors.conflict(`№ ${a.number}: ${step.reason}`);
    const card = await getAppealCard(trx, a.appeal_id);
    if (!card) throw errors.notFound('Обращение', 'n');
    const version = await trx.selectFrom('answer_versions').select(['content', 'file_name']).where('answer_id', '=', a.id).where('version', '=', a.version).executeTakeFirstOrThrow();
    const recipients = noticeRecipients(card)
      .map((r) => ({ r, delivery: deliveryRoute(card, r) }))
      .filter((x): x is { r: (typeof x)['r']; delivery: NonNullable<(typeof x)['delivery']> } => x.delivery !== null);
    if (recipients.length === 0) throw errors.conflict('У получателя ответа нет ни почтового адреса, ни адреса электронной почты: ответ направить некуда (59-ФЗ ст. 11 ч. 1).');

    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
    const documents: { id: number; route: string }[] = [];
    for (const { r, delivery } of recipients) {
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: a.appeal_id, kind: ANSWER, route: delivery.route, recipient_author_id: r.id, recipient_address: delivery.address, status: 'queued', due_date: card.considerationDeadline,
          file_name: version.file_name.replace(/\.docx$/, ` (исх. ${outgoingNumber} от ${formatDateRu(today)}).docx`), content: version.content, created_by: ctx.actor.userId, created_at: now,
          outgoing_number: outgoingNumber, outgoing_date: today, answer_id: a.id,
        })
        .returning(['id', 'route'])
        .executeTakeFirstOrThrow();
      documents.push(doc);
      if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
    }
    // ANS-10 (HMR 8.3): a control appeal — the result goes back to the forwarding body with a cover
    // letter and a copy of the answer, registered under the same outgoing number.
    if (card.forwarded?.isControl) {
      const body = await trx.selectFrom('external_bodies').selectAll().where('id', '=', card.forwarded.bodyId).executeTakeFirstOrThrow();
      const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', 'control-report').executeTakeFirst();
      if (!template) throw errors.conflict('Шаблон сопроводительного письма по контрольному обращению не найден. Администратору: восстановите шаблон по умолчанию.');
      const address = body.postal_address.trim() || body.email.trim();
      if (!address) throw errors.conflict(`У органа «${body.name}», поставившего обращение на контроль, не указан адрес: дополните справочник органов.`);
      const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
      const values = { ...(await answerValues(trx, card, '', ctx.actor.officialId, deps.profile, today)), орган: body.name, адрес_органа: address, вопросы_переадресации: '' };
      for (const [kind, fileName, content] of [
        ['control-report', `Сопроводительное письмо (исх. ${outgoingNumber} от ${formatDateRu(today)}) в ${body.name}.docx`, fillTemplate(template.content, values)],
        [ANSWER, `Копия ответа (исх. ${outgoingNumber} от ${formatDateRu(today)}) в ${body.name}.docx`, version.content],
      ] as const) {
        const doc = await trx
          .insertInto('outgoing_documents')
          .values({ appeal_id: a.appeal_id, kind, route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: address, status: 'queued', due_date: card.considerationDeadline, file_name: fileName.replace(/[\\/]/g, '-'), content, created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today, answer_id: a.id })
          .returning(['id', 'route'])
          .executeTakeFirstOrThrow();
        documents.push(doc);
        if (doc.route === 'email') await enqueueDelivery(trx, deps.delivery, doc.id);
      }
    }
    await trx.updateTable('answers').set({ status: 'dispatched', outgoing_number: outgoingNumber, outgoing_date: today, updated_at: now }).where('id', '=', a.id).execute();
    await trx.updateTable('appeals').set({ status: step.to, updated_at: now }).where('id', '=', a.appeal_id).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: a.appeal_id,
      action: 'answer.dispatched',
      before: { status: a.appeal_status },
      after: { status: step.to, answerId: a.id, version: a.version, outgoingNumber, outgoingDate: today, documents },
      legalGround: 'ANS-6, ANS-7 (HMR 8.5–8.6)',
      requestId: ctx.requestId,
    });
    return { outgoingNumber, outgoingDate: today, documents };
  });
}
