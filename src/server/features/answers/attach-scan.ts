import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { detectFileFormat } from '../../../domain/attachments/detect-format';
import { formatFileSize } from '../../../domain/attachments/formats';
import { cleanFileName } from '../attachments/file-name';
import { lockAnswer } from './access';

/** A scan is a PDF or a picture; an edited .docx is not the signed answer. */
const SCAN_FORMATS = ['pdf', 'jpeg', 'png', 'tiff'] as const;

/**
 * ANS-7, DUKI 6.4: the registrar attaches the scan of the signed paper answer; that scan is what
 * an electronic appeal is answered with by e-mail (59-FZ art. 10 ч. 4). Only a signed, not yet
 * dispatched answer takes a scan; a new one replaces the old. Judged by content, not by name.
 */
export async function attachAnswerScan(ctx: StaffCtx, answerId: number, file: { fileName: string; bytes: Buffer | 'too-large' | null }, maxBytes: number) {
  if (!file.bytes) throw errors.invalid('Приложите файл со сканом подписанного ответа.', { file: 'Выберите файл.' });
  if (file.bytes === 'too-large') throw errors.invalid(`Файл не принят: размер больше допустимых ${formatFileSize(maxBytes)}.`, { file: 'Слишком большой файл.' });
  const format = detectFileFormat(file.bytes);
  if (!format || !(SCAN_FORMATS as readonly string[]).includes(format.code)) {
    throw errors.invalid('Файл не принят: скан подписанного ответа прикладывается в формате PDF, JPEG, PNG или TIFF.', { file: 'Недопустимый формат файла.' });
  }
  const fileName = cleanFileName(file.fileName);
  const now = ctx.clock.now();
  const bytes = file.bytes;
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAnswer(trx, answerId);
    if (a.status !== 'signed') {
      throw errors.conflict(a.status === 'dispatched' ? 'Ответ уже зарегистрирован и направлен: скан к нему не прикладывается.' : 'Скан прикладывается к подписанному ответу (DUKI 6.4).');
    }
    const before = await trx.selectFrom('answers').select(['scan_file_name']).where('id', '=', a.id).executeTakeFirstOrThrow();
    await trx
      .updateTable('answers')
      .set({ scan_content: bytes, scan_file_name: fileName, scan_mime_type: format.mimeType, scan_attached_at: now, scan_attached_by: ctx.actor.userId, updated_at: now })
      .where('id', '=', a.id)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: a.appeal_id,
      action: 'answer.scan-attached',
      before: { scan: before.scan_file_name },
      after: { answerId: a.id, version: a.version, scan: fileName, format: format.code, size: bytes.length },
      legalGround: 'ANS-7 (DUKI 6.4)',
      requestId: ctx.requestId,
    });
    return { fileName, mimeType: format.mimeType, attachedAt: now.toISOString() };
  });
}
