import { transition } from '../../../domain/appeal/lifecycle';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';

/** A registered appeal is never deleted; an administrator may annul it, with the reason (e.g. registered twice by mistake). */
export async function annulAppeal(ctx: StaffCtx, id: number, reason: string) {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (appeal.status === 'annulled') throw errors.conflict(`Обращение № ${appeal.number} уже аннулировано.`);
    const step = transition(appeal.status, 'annul');
    if (!step.ok) throw errors.conflict(step.reason);
    await trx.updateTable('appeals').set({ status: 'annulled', annulled_reason: reason, annulled_at: now, updated_at: now }).where('id', '=', id).execute();
    // Nothing queued for an annulled appeal may leave (ANS-6): its unsent documents are cancelled.
    const cancelled = await trx.updateTable('outgoing_documents').set({ status: 'cancelled' }).where('appeal_id', '=', id).where('status', '=', 'queued').returning('id').execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: id, action: 'appeal.annulled', before: { status: appeal.status }, after: { status: 'annulled', cancelledDocuments: cancelled.map((d) => d.id) }, legalGround: reason, requestId: ctx.requestId });
  });
}
