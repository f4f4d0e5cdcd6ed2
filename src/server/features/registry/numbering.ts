import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { Profile } from '../../../domain/profiles';
import { formatAppealNumber, numberScope, repeatNumber, usesSlashNumbering } from '../../../domain/appeal/numbering';

export type AssignedNumber = { number: string; year: number; seq: number; repeatIndex: number | null };

/**
 * REG-2: the next number in the profile's format. The counter row is incremented inside the
 * registering transaction: concurrent registrations queue on its row lock, a rolled-back
 * registration gives its number back, a committed one is never reused — no gaps, no duplicates.
 * REG-5 (KHV 3.3): with slash numbering a repeat takes its first appeal's number and the count.
 */
export async function assignNumber(trx: Kysely<DB>, profile: Profile, year: number, repeatOf: number | null): Promise<AssignedNumber> {
  if (repeatOf !== null && usesSlashNumbering(profile.params.registration.repeatNumbering.value)) {
    const previous = await trx.selectFrom('appeals').select(['id', 'previous_appeal_id', 'repeat_index', 'year', 'seq']).where('id', '=', repeatOf).executeTakeFirstOrThrow();
    // The chain's first appeal: the one with no repeat index for the same year and sequence.
    const first = await trx
      .selectFrom('appeals')
      .select(['id', 'number', 'year', 'seq'])
      .where('year', '=', previous.year)
      .where('seq', '=', previous.seq)
      .where('repeat_index', 'is', null)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const last = await trx
      .selectFrom('appeals')
      .select((eb) => eb.fn.max('repeat_index').as('max'))
      .where('year', '=', first.year)
      .where('seq', '=', first.seq)
      .executeTakeFirstOrThrow();
    const repeatIndex = Math.max(Number(last.max ?? 1), 1) + 1;
    return { number: repeatNumber(first.number, repeatIndex), year: first.year, seq: first.seq, repeatIndex };
  }
  const format = profile.params.registration.numberFormat.value;
  const scope = numberScope(format, year);
  // One statement takes the next number and locks the counter row until commit.
  const row = await trx
    .insertInto('number_counters')
    .values({ scope, last_value: 1 })
    .onConflict((oc) => oc.column('scope').doUpdateSet({ last_value: sql`number_counters.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return { number: formatAppealNumber(format, row.last_value, year), year, seq: row.last_value, repeatIndex: null };
}
