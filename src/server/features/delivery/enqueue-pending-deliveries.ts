import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { DELIVER_EMAIL, enqueueDelivery, type DeliveryDeps } from './deliver-email-job';

/**
 * At start-up (ANS-7): e-mail documents that wait without a live job — made while no SMTP server
 * was configured, or whose job ended while SMTP was switched off — get one now. A document whose
 * job is queued or running is left to it; a failed one waits for the registrar's resend.
 * Returns how many documents were queued (0 without SMTP).
 */
export async function enqueuePendingDeliveries(db: Kysely<DB>, deps: DeliveryDeps): Promise<number> {
  if (!deps.mail) return 0;
  return db.transaction().execute(async (trx) => {
    const waiting = await trx
      .selectFrom('outgoing_documents as d')
      .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
      .select('d.id')
      .where('d.route', '=', 'email')
      .where('d.status', '=', 'queued')
      .where('ap.status', '<>', 'annulled')
      .where((eb) => eb.not(eb.exists(trx.selectFrom('jobs as j').select('j.id').where('j.key', '=', sql<string>`${`${DELIVER_EMAIL}:`} || d.id::text`).where('j.status', 'in', ['queued', 'running']))))
      .orderBy('d.id')
      .execute();
    for (const d of waiting) await enqueueDelivery(trx, deps, d.id);
    return waiting.length;
  });
}
