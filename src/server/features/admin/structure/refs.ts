import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { errors } from '../../../platform/errors';

/** Refuses references to positions or units that do not exist, with the field named. */
export async function checkStructureRefs(db: Kysely<DB>, refs: { positionId?: number | null; unitId?: number | null; unitIds?: number[]; unitField?: string }) {
  if (refs.positionId) {
    const p = await db.selectFrom('positions').select('id').where('id', '=', refs.positionId).executeTakeFirst();
    if (!p) throw errors.invalid('Должность не найдена.', { positionId: 'Должность не найдена.' });
  }
  const unitIds = [...(refs.unitId ? [refs.unitId] : []), ...(refs.unitIds ?? [])];
  if (unitIds.length > 0) {
    const found = await db.selectFrom('units').select('id').where('id', 'in', unitIds).execute();
    if (found.length !== new Set(unitIds).size) {
      const field = refs.unitField ?? (refs.unitIds?.length ? 'supervisedUnitIds' : 'unitId');
      throw errors.invalid('Подразделение не найдено.', { [field]: 'Подразделение не найдено.' });
    }
  }
}
