import { sql } from 'kysely';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { ExternalBodyInput } from './schemas';
import { findSameExternalBody, listExternalBodies } from './queries';

export const externalBodyKindNames = {
  federal: 'федеральный орган',
  regional: 'орган субъекта Российской Федерации',
  municipal: 'орган местного самоуправления',
  court: 'суд',
  police: 'орган внутренних дел',
  prosecutor: 'орган прокуратуры',
  migration: 'орган по вопросам миграции',
  other: 'иная организация',
} as const;

/**
 * ADM-3: create (id undefined) or change an entry of the directory of external bodies. A body is never
 * deleted — appeals and letters refer to it; it is switched off (active = false) and leaves the pickers.
 */
export async function saveExternalBody(ctx: StaffCtx, id: number | undefined, input: ExternalBodyInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const before = id === undefined ? undefined : (await listExternalBodies(trx, { id }))[0];
    if (id !== undefined && !before) throw errors.notFound('Запись справочника органов');
    // No unique index can express «same name ignoring case and ё»: serialise the check-then-write instead.
    await sql`select pg_advisory_xact_lock(hashtext('external_bodies'))`.execute(trx);
    const same = await findSameExternalBody(trx, input.name, input.kind, id);
    if (same) {
      const message = `«${same.name}» (${externalBodyKindNames[input.kind]}) уже есть в справочнике органов.`;
      throw errors.conflict(message, { name: message });
    }
    const values = { name: input.name, kind: input.kind, postal_address: input.postalAddress, email: input.email, note: input.note, active: input.active };
    let bodyId: number;
    if (id === undefined) {
      bodyId = (await trx.insertInto('external_bodies').values({ ...values, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('external_bodies').set(values).where('id', '=', id).execute();
      bodyId = id;
    }
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'external_body', entityId: bodyId, action: id === undefined ? 'external_body.created' : 'external_body.updated', before, after: input, requestId: ctx.requestId });
    const saved = (await listExternalBodies(trx, { id: bodyId }))[0];
    if (!saved) throw errors.notFound('Запись справочника органов');
    return saved;
  });
}
