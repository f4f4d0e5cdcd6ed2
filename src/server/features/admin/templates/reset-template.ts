import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { templateKindOf } from '../../../../domain/documents/template-kinds';
import { buildDefaultTemplate } from './default-template';

/** ADM-4: back to the generated default (the administrator confirmed it in the screen). */
export async function resetTemplate(ctx: StaffCtx, kind: string): Promise<void> {
  const known = templateKindOf(kind);
  if (!known) throw errors.notFound('Вид документа', 'm');
  const t = await buildDefaultTemplate(known.kind);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('document_templates').select('file_name').where('kind', '=', kind).executeTakeFirst();
    if (!before) {
      await trx.insertInto('document_templates').values({ kind, title: t.title, file_name: t.fileName, content: t.content, placeholders: JSON.stringify(t.placeholders), updated_by: ctx.actor.userId, updated_at: now }).execute();
    } else {
      await trx
        .updateTable('document_templates')
        .set({ title: t.title, file_name: t.fileName, content: t.content, placeholders: JSON.stringify(t.placeholders), updated_by: ctx.actor.userId, updated_at: now })
        .where('kind', '=', kind)
        .execute();
    }
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'document_template',
      entityId: kind,
      action: 'template.reset',
      before: before ? { fileName: before.file_name } : undefined,
      after: { fileName: t.fileName, placeholders: t.placeholders },
      legalGround: known.source,
      requestId: ctx.requestId,
    });
  });
}
