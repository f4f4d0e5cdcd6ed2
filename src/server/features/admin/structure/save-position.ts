import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { checkStructureRefs } from './refs';
import type { PositionInput } from './schemas';
import { listPositions } from './queries';

/** ADM-1: create (id undefined) or change a position. */
export async function savePosition(ctx: StaffCtx, id: number | undefined, input: PositionInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const before = id === undefined ? undefined : (await listPositions(trx)).find((p) => p.id === id);
    if (id !== undefined && !before) throw errors.notFound('Должность');
    await checkStructureRefs(trx, { unitId: input.unitId });
    const values = { name: input.name, unit_id: input.unitId, is_head: input.isHead, active: input.active };
    let positionId: number;
    if (id === undefined) {
      const org = await trx.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
      positionId = (await trx.insertInto('positions').values({ ...values, organisation_id: org.id }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('positions').set(values).where('id', '=', id).execute();
      positionId = id;
    }
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'position', entityId: positionId, action: id === undefined ? 'position.created' : 'position.updated', before, after: input, requestId: ctx.requestId });
    const saved = (await listPositions(trx)).find((p) => p.id === positionId);
    if (!saved) throw errors.notFound('Должность');
    return saved;
  });
}
