import multipart from '@fastify/multipart';
import { z } from 'zod';
import { appealReader } from '../consideration/read-access';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { AppError } from '../../platform/errors';
import { StorageNotFoundError } from '../../platform/storage/file-storage';
import { allowedFormatsText, fileAccept, formatFileSize, formatOfMimeType } from '../../../domain/attachments/formats';
import { appealIdParams, attachmentIdParams, attachmentView, listQuery, paperAttachmentBody, removeAttachmentBody, uploadResponse, uploadSettings } from './schemas';
import { findAttachment, listAttachments } from './queries';
import { uploadAttachments } from './upload-attachments';
import { addPaperAttachment } from './add-paper-attachment';
import { removeAttachment } from './remove-attachment';
import { uploadParts, MAX_FILES_PER_UPLOAD } from './multipart';
import { contentDisposition } from '../../platform/http/content-disposition';
import { notFound } from './guards';

const tags = ['Приложения к обращениям'];

/** Attachments of an appeal (REG-3, INT-4…6, DUKI 3.4): files, paper enclosures, originals. */
export const attachmentRoutes: Feature = (api, deps) => {
  const maxFileBytes = deps.config.attachmentMaxBytes;
  const limits = { maxFileBytes, maxFiles: MAX_FILES_PER_UPLOAD };
  const domain = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get() });

  // The multipart parser exists only in this scope: no other endpoint accepts files.
  api.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: maxFileBytes, files: MAX_FILES_PER_UPLOAD } });
    scope.post('/appeals/:id/attachments', {
      config: { access: 'appeals.register' },
      schema: {
        tags,
        summary: 'Загрузить файлы к обращению',
        description: `multipart/form-data: один или несколько файлов (${allowedFormatsText}, каждый не более ${formatFileSize(maxFileBytes)}), поля description и isOriginal (true/false). Формат определяется по содержимому файла.`,
        consumes: ['multipart/form-data'],
        params: appealIdParams,
        response: { 200: uploadResponse, 415: errorResponses[400], ...errorResponses },
      },
      handler: async (req) => {
        const attachments = await uploadAttachments(staffCtxOf(req, deps), req.params.id, uploadParts(req, limits), { storage: deps.storage, maxFileBytes, ...(await domain()) });
        return { attachments };
      },
    });
  });

  api.get('/attachments/settings', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Допустимые форматы и размер файлов', response: { 200: uploadSettings, ...errorResponses } },
    handler: async () => ({ maxFileBytes, maxFiles: MAX_FILES_PER_UPLOAD, formats: allowedFormatsText, accept: fileAccept }),
  });

  api.post('/appeals/:id/attachments/paper', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Записать бумажное приложение (описание и число листов)', params: appealIdParams, body: paperAttachmentBody, response: { 200: attachmentView, ...errorResponses } },
    handler: async (req) => addPaperAttachment(staffCtxOf(req, deps), req.params.id, req.body, await domain()),
  });

  api.get('/appeals/:id/attachments', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Приложения к обращению', params: appealIdParams, querystring: listQuery, response: { 200: z.array(attachmentView), ...errorResponses } },
    // The registry's readers, and an executor through his assignment (consideration/read-access.ts).
    preHandler: async (req) => void (await appealReader(deps.db, req.actor!, req.params.id)),
    handler: async (req) => (await listAttachments(deps.db, req.params.id, { ...(await domain()), includeRemoved: req.query.includeRemoved })) ?? Promise.reject(notFound('Обращение не найдено.')),
  });

  api.get('/attachments/:id/file', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Файл приложения', description: 'PDF и изображения открываются в браузере, остальные форматы скачиваются.', params: attachmentIdParams, response: { 200: z.unknown().describe('Содержимое файла'), ...errorResponses } },
    handler: async (req, reply) => {
      const a = await findAttachment(deps.db, req.params.id);
      if (!a) throw notFound('Приложение не найдено.');
      await appealReader(deps.db, req.actor!, a.appeal_id);
      if (a.kind !== 'file' || !a.storage_key) throw notFound('У бумажного приложения нет файла.');
      let body;
      try {
        body = await deps.storage.get(a.storage_key);
      } catch (e) {
        if (!(e instanceof StorageNotFoundError)) throw e;
        req.log.error({ attachmentId: a.id }, 'attachment file missing from storage');
        throw new AppError('file_missing', 500, 'Файл приложения не найден в хранилище. Сообщите администратору.');
      }
      const inline = formatOfMimeType(a.mime_type)?.inline ?? false;
      reply
        .type(a.mime_type ?? 'application/octet-stream')
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', a.file_name ?? 'file'))
        // The type is the one found in the content: the browser must not guess another.
        .header('x-content-type-options', 'nosniff')
        // Personal data (152-FZ): not kept in shared caches or the browser's.
        .header('cache-control', 'private, no-store');
      if (a.size_bytes !== null) reply.header('content-length', a.size_bytes);
      // A file opened in the browser gets no scripts, forms or same-origin access, whatever it holds.
      if (inline) reply.header('content-security-policy', 'sandbox');
      return reply.send(body);
    },
  });

  api.post('/attachments/:id/remove', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Исключить приложение из обращения (с причиной; файл сохраняется)', params: attachmentIdParams, body: removeAttachmentBody, response: { 200: z.object({ id: z.number(), removedAt: z.string() }), ...errorResponses } },
    handler: async (req) => removeAttachment(staffCtxOf(req, deps), req.params.id, req.body.reason),
  });
};
