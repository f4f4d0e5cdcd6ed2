import type { StaffCtx } from '../../platform/context';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { lockProposal } from './lock-proposal';

/**
 * SPC-11 (HMR 7.9): the head does not approve the text — it goes back to the executor for rework
 * with the reason, «в течение 1 дня» (rule `publication-return`; the return is immediate, the term is
 * recorded). The executor may propose a corrected text again.
 */
export async function returnPublication(ctx: StaffCtx, publicationId: number, reason: string, deps: ConsiderationDeps) {
  const now = ctx.clock.now();
  const due = computeDeadline('publication-return', localDate(now, deps.timeZone), deps.profile, deps.calendar);
  return ctx.db.transaction().execute(async (trx) => {
    const p = await lockProposal(trx, publicationId);
    await trx
      .updateTable('publications')
      .set({ status: 'returned', decided_by: ctx.actor.userId, decided_acting_for: ctx.actor.actingFor?.userId ?? null, decided_at: now, return_reason: reason, return_due: due.date })
      .where('id', '=', p.id)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: p.appeal_id, action: 'publication.returned',
      before: { status: 'proposed' }, after: { publicationId: p.id, status: 'returned', reason, dueDate: due.date }, legalGround: 'HMR 7.9', requestId: ctx.requestId,
    });
    return { id: p.id, status: 'returned' as const, dueDate: due.date };
  });
}
