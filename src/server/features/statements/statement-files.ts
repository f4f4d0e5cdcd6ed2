import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { BusboyFileStream } from '@fastify/busboy';
import { AppError, errors } from '../../platform/errors';
import { newStorageKey, type FileStorage } from '../../platform/storage/file-storage';
import { detectFileFormat } from '../../../domain/attachments/detect-format';
import { allowedFormatsText, formatFileSize } from '../../../domain/attachments/formats';
import type { UploadPart } from '../attachments/upload-attachments';
import { cleanFileName } from '../attachments/file-name';
import type { StatementFile } from './record-statement';
import { STATEMENT_FIELD } from './schemas';

/**
 * The statement and its files in one request (multipart): every file judged by its content and put in
 * the storage under a random key, the statement's JSON from its field. The files become attachments only
 * in the registration's transaction; on any refusal `discard` removes the stored bytes — nothing is left
 * in the case or in the storage (REG-3, principle 9).
 */
export async function stageStatementFiles(parts: AsyncIterable<UploadPart>, o: { storage: FileStorage; maxFileBytes: number; year: number }) {
  const staged: StatementFile[] = [];
  const refusals: string[] = [];
  let statement: unknown = undefined;
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.name !== STATEMENT_FIELD) continue;
        try {
          statement = JSON.parse(part.value);
        } catch {
          throw errors.invalid('Сведения о заявлении переданы неверно.', { [STATEMENT_FIELD]: 'Неверный JSON.' });
        }
        continue;
      }
      const fileName = cleanFileName(part.fileName);
      const bytes = await part.read();
      if (bytes === 'too-large') refusals.push(`Файл «${fileName}» не принят: размер больше допустимых ${formatFileSize(o.maxFileBytes)}.`);
      else if (bytes.length === 0) refusals.push(`Файл «${fileName}» не принят: файл пустой.`);
      else {
        const format = detectFileFormat(bytes);
        if (!format) refusals.push(`Файл «${fileName}» не принят: содержимое не соответствует допустимым форматам (${allowedFormatsText}).`);
        else if (refusals.length === 0) {
          const key = newStorageKey('appeals', o.year);
          await o.storage.put(key, bytes);
          staged.push({ fileName, key, mimeType: format.mimeType, label: format.label, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
        }
      }
    }
    if (refusals.length > 0) throw errors.invalid(`${refusals.join(' ')} Заявление не зарегистрировано: уберите непринятые файлы и повторите.`, { files: refusals.join(' ') });
    if (statement === undefined) throw errors.invalid('Нет сведений о заявлении.', { [STATEMENT_FIELD]: 'Поле не передано.' });
    return { statement, files: staged };
  } catch (e) {
    await discard(o.storage, staged);
    throw e;
  }
}

/**
 * The multipart body as UploadPart items, as attachments/multipart.ts reads it (one file in memory at a
 * time, every count and size bounded), but with room for the statement's JSON: its content and comment
 * alone may take 12 KB in Cyrillic.
 */
export async function* statementParts(req: FastifyRequest, limits: { maxFileBytes: number; maxFiles: number }): AsyncGenerator<UploadPart> {
  if (!req.isMultipart()) throw new AppError('media_type', 415, 'Файлы передаются запросом multipart/form-data.');
  try {
    const parts = req.parts({ limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 5, fieldSize: 256 * 1024, parts: limits.maxFiles + 5, headerPairs: 100 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated) throw errors.invalid('Сведения о заявлении слишком велики.', { [part.fieldname]: 'Слишком длинное значение.' });
        yield { type: 'field', name: part.fieldname, value: typeof part.value === 'string' ? part.value : String(part.value) };
        continue;
      }
      let consumed = false;
      yield { type: 'file', fileName: part.filename, read: async () => ((consumed = true), readLimited(part.file)) };
      if (!consumed) await readLimited(part.file);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'FST_FILES_LIMIT') throw errors.invalid(`За один раз можно загрузить не более ${limits.maxFiles} файлов.`, { files: 'Слишком много файлов.' });
    throw errors.invalid('Запрос с файлами прерван или составлен неверно. Повторите регистрацию.');
  }
}

async function readLimited(file: BusboyFileStream): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  return file.truncated ? 'too-large' : Buffer.concat(chunks);
}

export async function discard(storage: FileStorage, files: readonly StatementFile[]) {
  await Promise.all(files.map((f) => storage.delete(f.key).catch(() => {})));
}
