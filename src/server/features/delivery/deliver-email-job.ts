import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema';
import { defineJob } from '../../platform/jobs/job-queue';
import type { AppDeps } from '../../platform/http/deps';
import { deliverEmail } from './deliver-email';

export const DELIVER_EMAIL = 'deliver-email';
/** Retries after 10 s, 40 s, 90 s, 160 s, 250 s (job-queue backoff): about 9 minutes, then «failed» and the registrar is alerted. */
export const DELIVERY_ATTEMPTS = 6;

/** What sending needs: the queue, the SMTP transport (null when unset) and the profile (547-FZ wording). */
export type DeliveryDeps = Pick<AppDeps, 'jobs' | 'mail' | 'profile'>;

const payload = z.object({ documentId: z.number().int().positive() });

/** ANS-7: one e-mail document, sent after the commit that recorded it, retried with backoff. */
export function deliverEmailJob(deps: Pick<AppDeps, 'mail' | 'profile'> & Partial<Pick<AppDeps, 'storage' | 'timeZone'>>) {
  return defineJob({
    name: DELIVER_EMAIL,
    payload,
    maxAttempts: DELIVERY_ATTEMPTS,
    handler: async (p, { db, clock, attempt, maxAttempts }) => deliverEmail({ db, clock }, deps, p.documentId, { attempt, maxAttempts }),
  });
}

/**
 * Writes the sending of an e-mail document in the caller's transaction (pass `trx`: it runs after
 * that commits, ARCHITECTURE «Background jobs»). One job per document (key `deliver-email:<id>`);
 * a finished job of the same document is started again (a resend, or a letter that waited for SMTP).
 * Without an SMTP server nothing is written: the document stays «Ожидает отправки» and gets its job
 * at the first start with SMTP configured (`enqueuePendingDeliveries`). Returns whether a job was written.
 */
export async function enqueueDelivery(trx: Kysely<DB>, deps: DeliveryDeps, documentId: number): Promise<boolean> {
  if (!deps.mail) return false;
  await deps.jobs.enqueue(trx, deliverEmailJob(deps), { documentId }, { key: `${DELIVER_EMAIL}:${documentId}`, restart: true });
  return true;
}
