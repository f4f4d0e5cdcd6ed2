import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { recordEvent } from '../../platform/events';
import { checkEdition, describeProblem } from '../../../domain/classifier';
import { shippedTotkEdition } from '../../../domain/classifier/shipped';
import { writeEdition } from './write-edition';

/**
 * First start: ADM-6 asks for the whole classifier, so the shipped edition is loaded into an
 * empty table in one transaction, with its edition row and an event. Later starts change
 * nothing — an administrator's newer edition is never overwritten by the shipped one.
 */
export async function ensureClassifier(db: Kysely<DB>, now: Date): Promise<{ editionId: number; entries: number } | null> {
  const present = await db.selectFrom('totk').select('code').limit(1).executeTakeFirst();
  if (present) return null;
  const check = checkEdition(shippedTotkEdition.entries);
  if (!check.ok) throw new Error(`Поставляемый ТОТК содержит ошибки:\n${check.problems.map(describeProblem).join('\n')}`);
  return db.transaction().execute(async (trx) => {
    await writeEdition(trx, check.entries);
    const edition = await trx
      .insertInto('totk_editions')
      .values({ title: shippedTotkEdition.title, entries: check.entries.length, loaded_at: now, loaded_by: null, current: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      actor: null,
      at: now,
      entityType: 'classifier',
      entityId: edition.id,
      action: 'classifier.edition_loaded',
      after: { title: shippedTotkEdition.title, entries: check.entries.length },
      legalGround: 'ADM-6: классификатор ТОТК загружается полностью при первом запуске',
    });
    return { editionId: edition.id, entries: check.entries.length };
  });
}
