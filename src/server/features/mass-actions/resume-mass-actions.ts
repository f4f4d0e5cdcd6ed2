import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Clock } from '../../platform/clock';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { enqueueMassActionRun, nextRun, runKeyPrefix, type MassActionJob } from './run-mass-action';

/**
 * REG-12: at start, every action still running continues at once. Its job may be marked running by
 * the process that died (the lease would free it only minutes later) — it is put back in the queue
 * now; when no job of the action is left queued (the last one gave up), a new run is started. Safe
 * beside a live runner: items are claimed with `for update skip locked` and marked in the batch's
 * transaction, the letter is made under the action's lock, so no appeal is processed twice.
 * Returns the actions resumed.
 */
export async function resumeMassActions(db: Kysely<DB>, clock: Clock, jobs: JobQueue, job: MassActionJob): Promise<number[]> {
  const running = await db.selectFrom('mass_actions').select('id').where('status', '=', 'running').orderBy('id').execute();
  for (const { id } of running) {
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom('mass_actions').select('id').where('id', '=', id).forUpdate().execute();
      await trx.updateTable('jobs').set({ status: 'queued', locked_until: null, run_at: clock.now() }).where('key', 'like', `${runKeyPrefix(id)}%`).where('status', '=', 'running').execute();
      const live = await trx.selectFrom('jobs').select('id').where('key', 'like', `${runKeyPrefix(id)}%`).where('status', '=', 'queued').executeTakeFirst();
      if (!live) await enqueueMassActionRun(trx, jobs, job, id, await nextRun(trx, id));
    });
  }
  return running.map((r) => r.id);
}
