import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';

/** ANS-6: «Исх-123» — the outgoing number within the year (the date is recorded beside it). */
export function formatOutgoingNumber(seq: number): string {
  return `Исх-${seq}`;
}

/**
 * ANS-6 (KHV 3.9.10, DUKI 6.8, HMR 8.5): the next outgoing registration number of the year — one
 * counter row per year, taken inside the caller's transaction, so numbers are consecutive and never
 * reused (the row stays locked until that transaction ends).
 */
export async function nextOutgoingNumber(trx: Kysely<DB>, year: number): Promise<string> {
  const row = await trx
    .insertInto('number_counters')
    .values({ scope: `outgoing:${year}`, last_value: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ last_value: sql`number_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return formatOutgoingNumber(row.last_value);
}
