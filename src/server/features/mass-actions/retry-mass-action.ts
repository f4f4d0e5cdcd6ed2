import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { enqueueMassActionRun, nextRun, type MassActionJob } from './run-mass-action';

/**
 * REG-12: the appeals of a finished action that failed (changed by hand meanwhile, a lost
 * connection) are tried again. Those that go now get a further registry and cover letter (HMR 7.14).
 * The retry is a new run with its own job (see enqueueMassActionRun): right after the action
 * finished its last job may still be marked running.
 */
export async function retryMassAction(ctx: StaffCtx, actionId: number, deps: { jobs: JobQueue; job: MassActionJob }): Promise<{ retried: number }> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const action = await trx.selectFrom('mass_actions').select(['id', 'status']).where('id', '=', actionId).forUpdate().executeTakeFirst();
    if (!action) throw errors.notFound('Одномоментная акция', 'f');
    if (action.status === 'running') throw errors.conflict('Одномоментная акция ещё выполняется: повторить направление можно после её завершения.');
    const retried = await trx.updateTable('mass_action_items').set({ state: 'pending', error: null, processed_at: null }).where('action_id', '=', actionId).where('state', '=', 'failed').returning('id').execute();
    if (retried.length === 0) throw errors.conflict('В одномоментной акции нет обращений, направление которых не удалось.');
    await trx.updateTable('mass_actions').set({ status: 'running', finished_at: null }).where('id', '=', actionId).execute();
    const run = await nextRun(trx, deps.jobs, actionId);
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'mass_action', entityId: actionId, action: 'mass-action.retried', before: { status: action.status }, after: { status: 'running', retried: retried.length, run }, legalGround: 'HMR 7.14', requestId: ctx.requestId });
    await enqueueMassActionRun(trx, deps.jobs, deps.job, actionId, run);
    return { retried: retried.length };
  });
}
