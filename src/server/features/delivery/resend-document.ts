import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { outgoingStatusLabels } from '../../../domain/documents/delivery-route';
import { enqueueDelivery, type DeliveryDeps } from './deliver-email-job';
import { DELIVERY_LEGAL_GROUND } from './deliver-email';

/**
 * ANS-7: the registrar sends again an e-mail document whose delivery failed (after checking the
 * address or after the administrator fixed the mail settings). The document goes back to
 * «Ожидает отправки», its error is cleared, an event records who asked, and its job starts anew —
 * all in one transaction; the letter leaves after the commit. Without SMTP it waits like any other.
 */
export async function resendDocument(ctx: StaffCtx, deps: DeliveryDeps, documentId: number): Promise<{ jobQueued: boolean }> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await trx
      .selectFrom('outgoing_documents as d')
      .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
      .select(['d.id', 'd.appeal_id', 'd.kind', 'd.route', 'd.status', 'd.error', 'd.recipient_address', 'ap.number', 'ap.status as appeal_status'])
      .where('d.id', '=', documentId)
      .forUpdate('d')
      .executeTakeFirst();
    if (!doc) throw errors.notFound('Документ', 'm');
    if (doc.appeal_status === 'annulled') throw errors.conflict(`Обращение № ${doc.number} аннулировано: документы по нему не отправляются.`);
    if (doc.route !== 'email') throw errors.conflict('Повторная отправка выполняется только для документов, направляемых по электронной почте.');
    if (doc.status !== 'failed') throw errors.conflict(`Документ не отправлен повторно: состояние документа — «${outgoingStatusLabels[doc.status]}».`);

    await trx.updateTable('outgoing_documents').set({ status: 'queued', error: null }).where('id', '=', doc.id).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'outgoing_document',
      entityId: doc.id,
      action: 'document.resend',
      before: { status: doc.status, error: doc.error },
      after: { appealId: doc.appeal_id, kind: doc.kind, route: doc.route, status: 'queued', recipientAddress: doc.recipient_address },
      legalGround: DELIVERY_LEGAL_GROUND,
      requestId: ctx.requestId,
    });
    return { jobQueued: await enqueueDelivery(trx, deps, doc.id) };
  });
}
