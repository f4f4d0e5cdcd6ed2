import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { transition } from '../../../domain/appeal/lifecycle';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { dispatchRecipients } from './dispatch-plan';
import { formatOfMimeType } from '../../../domain/attachments/formats';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { lockAnswer } from './access';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { answerValues } from './answer-values';
import { fillTemplate } from '../../platform/documents/docx-template';
import type { Profile } from '../../../domain/profiles';

export const ANSWER = 'answer';

export type DispatchOptions = { copyByOtherRoute: number[] };

/**
 * ANS-5…7 (KHV 3.9.8–3.9.10, DUKI 6.7–6.8, HMR 8.5–8.6): the registrar checks the signed answer,
 * registers it as outgoing (a number and a date — nothing leaves unregistered) and dispatches it to
 * every recipient (a collective appeal: those chosen to receive the answer, REG-4) by the appeal's
 * route: e-mail for an electronic appeal (the scan of the signed answer, DUKI 6.4), post for a
 * written one (the printed letter), and a copy by the other route to the authors who asked for it.
 * The appeal is then «answered».
 */
export async function dispatchAnswer(ctx: StaffCtx, answerId: number, options: DispatchOptions, deps: { timeZone: string; profile: Profile; delivery: DeliveryDeps }) {
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
    const scan = await trx.selectFrom('answers').select(['scan_content', 'scan_file_name', 'scan_mime_type']).where('id', '=', a.id).executeTakeFirstOrThrow();
    const recipients = dispatchRecipients(card);
    if (recipients.length === 0) throw errors.conflict('У получателя ответа нет ни почтового адреса, ни адреса электронной почты: ответ направить некуда (59-ФЗ ст. 11 ч. 1).');
    // ANS-7 (HMR 8.6, DUKI 5.21): a copy by the other route — only to a recipient of this answer who has that address.
    const copyFor = new Set(options.copyByOtherRoute);
    for (const authorId of copyFor) {
      const r = recipients.find((x) => x.authorId === authorId);
      if (!r) throw errors.invalid('Копию ответа можно направить только получателю ответа.', { copyByOtherRoute: 'Автор не получает этот ответ.' });
      if (!r.other) throw errors.invalid(`Копию ответа автору ${r.name} другим способом направить нельзя: второй адрес не указан в карточке.`, { copyByOtherRoute: 'Второй адрес не указан.' });
    }
    const letters = recipients.flatMap((r) => [{ r, delivery: r.delivery, copy: false }, ...(copyFor.has(r.authorId) && r.other ? [{ r, delivery: r.other, copy: true }] : [])]);

    const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
    const registered = `(исх. ${outgoingNumber} от ${formatDateRu(today)})`;
    // DUKI 6.4, 59-FZ art. 10 ч. 4: by e-mail goes the scan of the signed answer, by post the printed letter.
    const scanned = (title: string) => {
      if (!scan.scan_content || !scan.scan_mime_type) {
        throw errors.conflict('Для направления ответа по электронной почте приложите скан подписанного ответа (PDF или изображение) — DUKI 6.4, ANS-7.');
      }
      const extension = formatOfMimeType(scan.scan_mime_type)?.extensions[0] ?? '';
      return { file_name: `${title} ${registered}${extension}`, content: scan.scan_content, content_type: scan.scan_mime_type };
    };
    const printed = (title: string) => ({ file_name: `${title} ${registered}.docx`, content: version.content });
    const answerTitle = version.file_name.replace(/\.docx$/, '');
    const documents: { id: number; route: string }[] = [];
    for (const { r, delivery, copy } of letters) {
      const title = copy ? `Копия. ${answerTitle}` : answerTitle;
      const file = delivery.route === 'email' ? scanned(title) : printed(title);
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: a.appeal_id, kind: ANSWER, route: delivery.route, recipient_author_id: r.authorId, recipient_address: delivery.address, status: 'queued', due_date: card.considerationDeadline,
          ...file, created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today, answer_id: a.id,
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
      const bodyName = body.name.replace(/[\\/]/g, '-');
      for (const [kind, file] of [
        ['control-report', { file_name: `Сопроводительное письмо ${registered} в ${bodyName}.docx`, content: fillTemplate(template.content, values) }],
        [ANSWER, route === 'email' ? scanned(`Копия ответа в ${bodyName}`) : printed(`Копия ответа в ${bodyName}`)],
      ] as const) {
        const doc = await trx
          .insertInto('outgoing_documents')
          .values({ appeal_id: a.appeal_id, kind, route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: address, status: 'queued', due_date: card.considerationDeadline, ...file, created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today, answer_id: a.id })
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
      after: { status: step.to, answerId: a.id, version: a.version, outgoingNumber, outgoingDate: today, documents, copyByOtherRoute: [...copyFor] },
      legalGround: 'ANS-6, ANS-7 (HMR 8.5–8.6)',
      requestId: ctx.requestId,
    });
    return { outgoingNumber, outgoingDate: today, documents };
  });
}
