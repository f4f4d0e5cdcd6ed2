import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
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
export async function resumeMassActions(db: Kysely<DB>, jobs: JobQueue, job: MassActionJob): Promise<number[]> {
  const running = await db.selectFrom('mass_actions').select('id').where('status', '=', 'running').orderBy('id').execute();
  for (const { id } of running) {
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom('mass_actions').select('id').where('id', '=', id).forUpdate().execute();
      const live = await jobs.requeueAbandoned(trx, runKeyPrefix(id));
      if (live === 0) await enqueueMassActionRun(trx, jobs, job, id, await nextRun(trx, jobs, id));
    });
  }
  return running.map((r) => r.id);
}
