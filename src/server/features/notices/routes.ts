import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { contentDisposition } from '../../platform/http/content-disposition';
import { appealReader } from '../consideration/read-access';
import { localDate } from '../../../domain/time/local-date';
import { onAppealRegistered } from '../registry/after-registration';
import { idParams, outgoingDocumentView, queueQuery } from './schemas';
import { getOutgoingFile, listAppealDocuments, listOutgoingDocuments } from './queries';
import { registrationNoticeJob } from './registration-notice-job';
import { markPrinted } from './mark-printed';

const tags = ['Исходящие документы'];

/** REG-9, ANS-6, ANS-7: notices and other outgoing documents, the print queue. */
export const noticeRoutes: Feature = (api, deps) => {
  // REG-9: the registration notice job is written with the registration and runs after its commit.
  const noticeJob = registrationNoticeJob(deps);
  deps.jobs.register(noticeJob);
  onAppealRegistered(deps, (e) =>
    deps.jobs.enqueue(e.trx, noticeJob, { appealId: e.appeal.id, actor: { userId: e.ctx.actor.userId, officialId: e.ctx.actor.officialId, actingFor: e.ctx.actor.actingFor }, requestId: e.ctx.requestId }, { appealId: e.appeal.id, key: `registration-notice:${e.appeal.id}` }),
  );

  const readDeps = async () => ({ profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), today: localDate(deps.clock.now(), deps.timeZone()) });

  // The registry's readers, and the responsible executor through his assignment (a co-executor
  // sees only what was sent to him: his part, not the case's correspondence).
  const documentReader = async (actor: Parameters<typeof appealReader>[1], appealId: number) => {
    const reader = await appealReader(deps.db, actor, appealId);
    if (reader.kind === 'executor' && reader.role === 'co-executor') throw errors.forbidden('Исходящие документы по обращению доступны ответственному исполнителю и руководителям.');
  };

  api.get('/appeals/:id/documents', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Исходящие документы по обращению', params: idParams, response: { 200: z.array(outgoingDocumentView), ...errorResponses } },
    handler: async (req) => {
      await documentReader(req.actor!, req.params.id);
      return listAppealDocuments(deps.db, req.params.id, await readDeps());
    },
  });

  api.get('/appeals/:id/documents/pending', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Сколько документов по обращению ещё готовится (фоновые задания)', params: idParams, response: { 200: z.object({ pending: z.number() }), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return { pending: await deps.jobs.pendingFor(req.params.id) };
    },
  });

  api.get('/outgoing-documents', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Очередь исходящих документов (например, на печать: status=queued&route=post)', querystring: queueQuery, response: { 200: z.array(outgoingDocumentView), ...errorResponses } },
    handler: async (req) => listOutgoingDocuments(deps.db, req.query, await readDeps()),
  });

  api.get('/outgoing-documents/:id/file', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Скачать документ (.docx; ответ по электронной почте — скан подписанного ответа)', params: idParams, response: { 200: z.unknown().describe('Файл документа'), ...errorResponses } },
    handler: async (req, reply) => {
      const doc = await getOutgoingFile(deps.db, req.params.id);
      if (!doc) throw errors.notFound('Документ', 'm');
      await documentReader(req.actor!, doc.appeal_id);
      return reply
        .header('content-type', doc.content_type)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', doc.file_name, `document-${doc.id}${doc.content_type === DOCX_MIME ? '.docx' : ''}`))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(doc.content));
    },
  });

  api.post('/outgoing-documents/:id/printed', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Отметить: напечатано и передано на отправку почтой', params: idParams, response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses } },
    handler: async (req) => {
      await markPrinted(staffCtxOf(req, deps), req.params.id);
      return { ok: true as const };
    },
  });
};
