import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { checkStructureRefs } from './refs';
import type { OfficialInput } from './schemas';
import { listOfficials } from './queries';

/** ADM-1: an official (должностное лицо) — may exist without a login, e.g. a head who signs on paper. */
export async function saveOfficial(ctx: StaffCtx, id: number | undefined, input: OfficialInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const before = id === undefined ? undefined : (await listOfficials(trx, { id }))[0];
    if (id !== undefined && !before) throw errors.notFound('Должностное лицо', 'n');
    await checkStructureRefs(trx, { positionId: input.positionId, unitId: input.unitId });
    if (before?.userId && !input.active && before.active) {
      throw errors.conflict('У должностного лица есть учётная запись: отключите её в разделе «Пользователи».');
    }
    const values = { surname: input.surname, first_name: input.firstName, patronymic: input.patronymic, position_id: input.positionId, unit_id: input.unitId, phone: input.phone, email: input.email, active: input.active };
    let officialId: number;
    if (id === undefined) {
      const org = await trx.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
      officialId = (await trx.insertInto('officials').values({ ...values, organisation_id: org.id }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('officials').set(values).where('id', '=', id).execute();
      officialId = id;
    }
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'official', entityId: officialId, action: id === undefined ? 'official.created' : 'official.updated', before, after: input, requestId: ctx.requestId });
    const saved = (await listOfficials(trx, { id: officialId }))[0];
    if (!saved) throw errors.notFound('Должностное лицо', 'n');
    return saved;
  });
}
