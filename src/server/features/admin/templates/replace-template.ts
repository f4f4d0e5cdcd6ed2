import type { StaffCtx } from '../../../platform/context';
import { errors } from '../../../platform/errors';
import { recordEvent } from '../../../platform/events';
import { checkTemplate } from '../../../platform/documents/docx-template';
import { placeholderNamesFor } from '../../../../domain/documents/placeholders';
import { templateKindOf } from '../../../../domain/documents/template-kinds';
import { MAX_TEMPLATE_BYTES, type ReplaceTemplateInput } from './schemas';

/**
 * ADM-4: the administrator replaces a template with his own .docx. It must be a Word document and
 * use only fields known for its kind; otherwise nothing changes and the message names the problem.
 * Documents already generated keep their content: a template affects only documents made after it.
 */
export async function replaceTemplate(ctx: StaffCtx, kind: string, input: ReplaceTemplateInput): Promise<void> {
  const known = templateKindOf(kind);
  if (!known) throw errors.notFound('Вид документа', 'm');
  const content = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (content.byteLength === 0) throw errors.invalid('Файл пуст.', { file: 'Файл пуст.' });
  if (content.byteLength > MAX_TEMPLATE_BYTES) throw errors.invalid('Файл больше 5 МБ.', { file: 'Файл больше 5 МБ.' });
  // A field of another kind (the act's list in a notice) is refused here, not when a letter is made.
  const placeholders = checkTemplate(content, placeholderNamesFor(known.kind));
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('document_templates').select(['file_name', 'placeholders']).where('kind', '=', kind).executeTakeFirst();
    if (!before) throw errors.notFound('Шаблон', 'm');
    await trx
      .updateTable('document_templates')
      .set({ file_name: input.fileName, content, placeholders: JSON.stringify(placeholders), updated_by: ctx.actor.userId, updated_at: now })
      .where('kind', '=', kind)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'document_template',
      entityId: kind,
      action: 'template.replaced',
      before: { fileName: before.file_name, placeholders: before.placeholders },
      after: { fileName: input.fileName, placeholders, bytes: content.byteLength },
      legalGround: known.source,
      requestId: ctx.requestId,
    });
  });
}
