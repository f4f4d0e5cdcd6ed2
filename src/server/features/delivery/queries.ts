import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { SMTP_NOT_CONFIGURED, type DeliveryStatusView } from './schemas';

/** ANS-7: the state of e-mail delivery for the workplace's alert (documents of annulled appeals never leave). */
export async function deliveryStatus(db: Kysely<DB>, emailConfigured: boolean): Promise<DeliveryStatusView> {
  const rows = await db
    .selectFrom('outgoing_documents as d')
    .innerJoin('appeals as ap', 'ap.id', 'd.appeal_id')
    .select(['d.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('d.route', '=', 'email')
    .where('d.status', 'in', ['queued', 'failed'])
    .where('ap.status', '<>', 'annulled')
    .groupBy('d.status')
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { emailConfigured, note: emailConfigured ? null : SMTP_NOT_CONFIGURED, waiting: count('queued'), failed: count('failed') };
}
