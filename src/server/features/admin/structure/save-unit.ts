import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import type { UnitInput } from './schemas';
import { listUnits } from './queries';

/** ADM-1: create (id undefined) or change a unit; a unit cannot be placed inside itself or its own sub-units. */
export async function saveUnit(ctx: StaffCtx, id: number | undefined, input: UnitInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const units = await listUnits(trx);
    const before = id === undefined ? undefined : units.find((u) => u.id === id);
    if (id !== undefined && !before) throw errors.notFound('Подразделение', 'n');
    if (input.parentId !== null) {
      if (!units.some((u) => u.id === input.parentId)) throw errors.invalid('Вышестоящее подразделение не найдено.', { parentId: 'Вышестоящее подразделение не найдено.' });
      for (let p: number | null = input.parentId; p !== null; p = units.find((u) => u.id === p)?.parentId ?? null) {
        if (p === id) throw errors.invalid('Подразделение не может входить само в себя.', { parentId: 'Подразделение не может входить само в себя.' });
      }
    }
    const values = { name: input.name, kind: input.kind, parent_id: input.parentId, active: input.active };
    let unitId: number;
    if (id === undefined) {
      const org = await trx.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
      const row = await trx.insertInto('units').values({ ...values, organisation_id: org.id, sort_order: units.length }).returning('id').executeTakeFirstOrThrow();
      unitId = row.id;
    } else {
      await trx.updateTable('units').set(values).where('id', '=', id).execute();
      unitId = id;
    }
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'unit', entityId: unitId, action: id === undefined ? 'unit.created' : 'unit.updated', before, after: input, requestId: ctx.requestId });
    const saved = (await listUnits(trx)).find((u) => u.id === unitId);
    if (!saved) throw errors.notFound('Подразделение', 'n');
    return saved;
  });
}
