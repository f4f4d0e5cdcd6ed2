import type { FastifyRequest } from 'fastify';
import type { BusboyFileStream } from '@fastify/busboy';
import { AppError, errors } from '../../platform/errors';
import type { UploadPart } from './upload-attachments';

export type UploadLimits = { maxFileBytes: number; maxFiles: number };

/** The most files one upload may carry; a scan of many pages is one PDF. */
export const MAX_FILES_PER_UPLOAD = 20;

/**
 * The multipart body as UploadPart items. Files are read one at a time and at most up to the limit
 * (busboy cuts the rest), so one request holds at most one file in memory. Multipart requests do not
 * go through Fastify's bodyLimit: every count and size is bounded here instead.
 */
export async function* uploadParts(req: FastifyRequest, limits: UploadLimits): AsyncGenerator<UploadPart> {
  if (!req.isMultipart()) throw new AppError('media_type', 415, 'Файлы передаются запросом multipart/form-data.');
  try {
    const parts = req.parts({ limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 10, fieldSize: 8 * 1024, parts: limits.maxFiles + 10, headerPairs: 100 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated) throw errors.invalid('Описание слишком длинное.', { [part.fieldname]: 'Слишком длинное значение.' });
        yield { type: 'field', name: part.fieldname, value: typeof part.value === 'string' ? part.value : String(part.value) };
        continue;
      }
      let consumed = false;
      yield {
        type: 'file',
        fileName: part.filename,
        read: async () => {
          consumed = true;
          return readLimited(part.file);
        },
      };
      // Busboy moves to the next part only once this one is read to its end.
      if (!consumed) await readLimited(part.file);
    }
  } catch (e) {
    throw multipartError(e, limits.maxFiles);
  }
}

async function readLimited(file: BusboyFileStream): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of file) chunks.push(chunk as Buffer);
  } catch (e) {
    throw multipartError(e);
  }
  return file.truncated ? 'too-large' : Buffer.concat(chunks);
}

/**
 * The parser's limits and failures in Russian, told apart by their codes. Only parsing runs inside
 * the iteration (the consumer's own errors never come back into it), so an error without a known
 * code is a broken or interrupted request body.
 */
function multipartError(e: unknown, maxFiles = MAX_FILES_PER_UPLOAD): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'FST_FILES_LIMIT') return errors.invalid(`За один раз можно загрузить не более ${maxFiles} файлов.`, { files: 'Слишком много файлов.' });
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return errors.invalid('Слишком много полей в запросе.');
  return errors.invalid('Запрос с файлами прерван или составлен неверно. Повторите загрузку.');
}
