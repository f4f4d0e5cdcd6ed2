import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { outgoingStatusLabels } from '../../../domain/documents/delivery-route';

/**
 * The print queue (ANS-7, HMR 8.5): the registrar prints a postal item, signs it and hands it to the
 * post, then marks it here — status «printed», the time recorded, an event in the same transaction.
 */
export async function markPrinted(ctx: StaffCtx, documentId: number): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const doc = await trx
      .selectFrom('outgoing_documents as d')
      .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
      .select(['d.id', 'd.appeal_id', 'd.kind', 'd.route', 'd.status', 'ap.number', 'ap.status as appeal_status'])
      .where('d.id', '=', documentId)
      .forUpdate('d')
      .executeTakeFirst();
    if (!doc) throw errors.notFound('Документ', 'm');
    if (doc.appeal_status === 'annulled') throw errors.conflict(`Обращение № ${doc.number} аннулировано: документы по нему не отправляются.`);
    if (doc.route !== 'post') throw errors.conflict('Отметка о передаче на отправку ставится только для документов, направляемых почтой; этот документ направляется в электронном виде.');
    if (doc.status !== 'queued') throw errors.conflict(`Отметка не поставлена: состояние документа — «${outgoingStatusLabels[doc.status]}».`);
    await trx.updateTable('outgoing_documents').set({ status: 'printed', sent_at: now }).where('id', '=', documentId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'outgoing_document',
      entityId: documentId,
      action: 'document.printed',
      before: { status: doc.status },
      after: { appealId: doc.appeal_id, kind: doc.kind, status: 'printed' },
      legalGround: 'HMR 8.5',
      requestId: ctx.requestId,
    });
  });
}
