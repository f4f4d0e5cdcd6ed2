import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { loadChangeableAppeal, notFound } from './guards';

/**
 * An attachment added by mistake is excluded from the appeal, never deleted: the row keeps its
 * `removed_at`, the bytes stay in storage, and the event keeps who, when and why (SEC-2; nothing
 * is erased from a registered appeal).
 */
export async function removeAttachment(ctx: StaffCtx, attachmentId: number, reason: string): Promise<{ id: number; removedAt: string }> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('attachments').selectAll().where('id', '=', attachmentId).forUpdate().executeTakeFirst();
    if (!row) throw notFound('Приложение не найдено.');
    await loadChangeableAppeal(trx, row.appeal_id);
    if (row.removed_at) throw errors.conflict('Приложение уже исключено из обращения.');
    await trx.updateTable('attachments').set({ removed_at: now }).where('id', '=', attachmentId).execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: row.appeal_id,
      action: 'attachment.removed',
      before: { attachmentId, kind: row.kind, fileName: row.file_name, description: row.description, pages: row.pages, sha256: row.sha256, isOriginal: row.is_original },
      after: { attachmentId, removedAt: now.toISOString(), reason },
      requestId: ctx.requestId,
    });
    return { id: attachmentId, removedAt: now.toISOString() };
  });
}
