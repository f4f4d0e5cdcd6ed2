import { createHash } from 'node:crypto';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { newStorageKey, type FileStorage } from '../../platform/storage/file-storage';
import { detectFileFormat } from '../../../domain/attachments/detect-format';
import { allowedFormatsText, formatFileSize } from '../../../domain/attachments/formats';
import type { Profile } from '../../../domain/profiles';
import type { ProductionCalendar } from '../../../domain/calendar';
import { listAttachments } from './queries';
import { loadChangeableAppeal } from './guards';
import { cleanFileName } from './file-name';
import { uploadFields, type AttachmentView } from './schemas';

/** One part of an upload as the HTTP layer hands it over: a form field, or a file read up to the limit. */
export type UploadPart =
  | { type: 'field'; name: string; value: string }
  | { type: 'file'; fileName: string; read: () => Promise<Buffer | 'too-large'> };

export type UploadDeps = { storage: FileStorage; maxFileBytes: number; profile: Profile; calendar: ProductionCalendar };

type Staged = { fileName: string; key: string; mimeType: string; label: string; size: number; sha256: string };

/**
 * REG-3, DUKI 3.4: files of an appeal — the scan of the paper original, the electronic appeal's
 * enclosures. Every file is judged by its content, stored under a random key, and all of them are
 * recorded in one transaction with an event each. Any refusal refuses the whole upload (principle 9:
 * bad input changes nothing) and the bytes already stored are removed again.
 */
export async function uploadAttachments(ctx: StaffCtx, appealId: number, parts: AsyncIterable<UploadPart>, deps: UploadDeps): Promise<AttachmentView[]> {
  const appeal = await loadChangeableAppeal(ctx.db, appealId);
  const year = Number(appeal.registration_date.slice(0, 4));
  const staged: Staged[] = [];
  const refusals: string[] = [];
  const fields: Record<string, string> = {};
  let files = 0;
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.name] = part.value;
        continue;
      }
      files += 1;
      const fileName = cleanFileName(part.fileName);
      const bytes = await part.read();
      if (bytes === 'too-large') {
        refusals.push(`Файл «${fileName}» не принят: размер больше допустимых ${formatFileSize(deps.maxFileBytes)}.`);
        continue;
      }
      if (bytes.length === 0) {
        refusals.push(`Файл «${fileName}» не принят: файл пустой.`);
        continue;
      }
      const format = detectFileFormat(bytes);
      if (!format) {
        refusals.push(`Файл «${fileName}» не принят: содержимое не соответствует допустимым форматам (${allowedFormatsText}).`);
        continue;
      }
      if (refusals.length > 0) continue; // the upload is refused anyway: store nothing more
      const key = newStorageKey('appeals', year);
      await deps.storage.put(key, bytes);
      staged.push({ fileName, key, mimeType: format.mimeType, label: format.label, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    if (refusals.length > 0) {
      const rest = files > refusals.length ? ' Остальные файлы не сохранены: уберите непринятые и повторите загрузку.' : '';
      throw errors.invalid(refusals.join(' ') + rest, { files: refusals.join(' ') });
    }
    if (staged.length === 0) throw errors.invalid('Выберите хотя бы один файл.', { files: 'Выберите файл.' });
    const parsed = uploadFields.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw errors.invalid('Проверьте правильность заполнения полей.', { [String(issue?.path[0] ?? '_')]: issue?.message ?? 'Неверное значение.' });
    }
    const { description, isOriginal } = parsed.data;
    const now = ctx.clock.now();
    const ids = await ctx.db.transaction().execute(async (trx) => {
      await loadChangeableAppeal(trx, appealId, true);
      const created: number[] = [];
      for (const f of staged) {
        const row = await trx
          .insertInto('attachments')
          .values({ appeal_id: appealId, kind: 'file', file_name: f.fileName, mime_type: f.mimeType, size_bytes: f.size, sha256: f.sha256, storage_key: f.key, description, is_original: isOriginal, created_by: ctx.actor.userId, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        created.push(row.id);
        await recordEvent(trx, {
          actor: ctx.actor,
          at: now,
          entityType: 'appeal',
          entityId: appealId,
          action: 'attachment.added',
          after: { attachmentId: row.id, kind: 'file', fileName: f.fileName, format: f.label, sizeBytes: f.size, sha256: f.sha256, description, isOriginal },
          legalGround: isOriginal ? deps.profile.params.intake.originals.source : 'REG-3; DUKI 3.4',
          requestId: ctx.requestId,
        });
      }
      return created;
    });
    return (await listAttachments(ctx.db, appealId, { profile: deps.profile, calendar: deps.calendar, ids })) ?? [];
  } catch (e) {
    // Nothing was recorded: the stored bytes would be orphans.
    await Promise.all(staged.map((f) => deps.storage.delete(f.key).catch(() => {})));
    throw e;
  }
}
