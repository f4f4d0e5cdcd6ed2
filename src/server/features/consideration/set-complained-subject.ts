import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6): the card records whose decision or action (inaction) the complaint is
 * about — an official and/or a unit; resolutions then refuse them as executors.
 */
export async function setComplainedSubject(ctx: StaffCtx, appealId: number, input: { officialId: number | null; unitId: number | null }) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'type', 'status', 'complained_official_id', 'complained_unit_id']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (appeal.status === 'annulled' || appeal.status === 'closed') throw errors.conflict(`Обращение № ${appeal.number} не на рассмотрении.`);
    if (input.officialId && !(await trx.selectFrom('officials').select('id').where('id', '=', input.officialId).executeTakeFirst())) throw errors.invalid('Должностное лицо не найдено.', { officialId: 'Выберите из списка.' });
    if (input.unitId && !(await trx.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst())) throw errors.invalid('Подразделение не найдено.', { unitId: 'Выберите из списка.' });
    await trx.updateTable('appeals').set({ complained_official_id: input.officialId, complained_unit_id: input.unitId, updated_at: now }).where('id', '=', appealId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'appeal.complained-subject',
      before: { officialId: appeal.complained_official_id, unitId: appeal.complained_unit_id },
      after: input,
      legalGround: '59-ФЗ ст. 8 ч. 6',
      requestId: ctx.requestId,
    });
  });
}
