import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { contentDisposition } from '../../platform/http/content-disposition';
import { appealReader } from '../consideration/read-access';
import { answerBody, approvalRouteBody, decisionBody, dispatchBody, idParams } from './schemas';
import { uploadParts } from '../attachments/multipart';
import { attachAnswerScan } from './attach-scan';
import { dispatchPlan } from './dispatch-plan';
import { draftAnswer, reviseAnswer } from './draft-answer';
import { decideApproval, sendForApproval } from './approval';
import { dispatchAnswer } from './dispatch-answer';
import { activeStaffWithRoles, appealAnswers } from './queries';

const tags = ['Ответы на обращения'];
const staffPerson = z.object({ userId: z.number(), officialId: z.number(), unitId: z.number().nullable(), name: z.string(), unit: z.string().nullable(), position: z.string().nullable() });

/** ANS-3…7: drafting, approval and signature, registration and dispatch of the answer. */
export const answerRoutes: Feature = (api, deps) => {
  const answerDeps = () => ({ profile: deps.profile(), timeZone: deps.timeZone() });
  const appealOf = async (answerId: number) => {
    const a = await deps.db.selectFrom('answers').select('appeal_id').where('id', '=', answerId).executeTakeFirst();
    if (!a) throw errors.notFound('Ответ', 'm');
    return a.appeal_id;
  };

  // The drafter builds the route himself (ANS-4, ANS-5): an executor has neither the registrar's list
  // (/consideration/deciders) nor the head's (/consideration/executors).
  api.get('/answers/signers', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Кто может подписать ответ: глава и заместители (HMR 8.1)', response: { 200: z.array(staffPerson), ...errorResponses } },
    handler: async () => activeStaffWithRoles(deps.db, ['head', 'deputy']),
  });

  api.get('/answers/approvers', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Кого можно включить в маршрут согласования ответа', response: { 200: z.array(staffPerson), ...errorResponses } },
    handler: async () => activeStaffWithRoles(deps.db, ['executor', 'head', 'deputy']),
  });

  api.get('/appeals/:id/answers', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Ответы по обращению: редакции, согласование, подписание, регистрация', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      await appealReader(deps.db, req.actor!, req.params.id);
      return appealAnswers(deps.db, req.params.id);
    },
  });

  api.post('/appeals/:id/answers', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Подготовить проект ответа по шаблону (ANS-3)', params: idParams, body: answerBody, response: { 200: z.object({ id: z.number(), version: z.number() }), ...errorResponses } },
    handler: async (req) => draftAnswer(staffCtxOf(req, deps), req.params.id, req.body.body, answerDeps()),
  });

  api.put('/answers/:id', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Изменить проект ответа (новая версия)', params: idParams, body: answerBody, response: { 200: z.object({ id: z.number(), version: z.number() }), ...errorResponses } },
    handler: async (req) => reviseAnswer(staffCtxOf(req, deps), req.params.id, req.body.body, answerDeps()),
  });

  api.post('/answers/:id/new-edition', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Новая редакция подписанного ответа (пройдёт согласование заново)', params: idParams, body: answerBody, response: { 200: z.object({ id: z.number(), version: z.number() }), ...errorResponses } },
    handler: async (req) => reviseAnswer(staffCtxOf(req, deps), req.params.id, req.body.body, answerDeps(), { newEdition: true }),
  });

  api.post('/answers/:id/approval', {
    config: { access: 'assignments.work' },
    schema: { tags, summary: 'Направить проект на согласование и подписание', params: idParams, body: approvalRouteBody, response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses } },
    handler: async (req) => {
      await sendForApproval(staffCtxOf(req, deps), req.params.id, req.body);
      return { ok: true as const };
    },
  });

  api.post('/answers/:id/decision', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Согласовать, подписать или вернуть на доработку', params: idParams, body: decisionBody, response: { 200: z.object({ status: z.string() }), ...errorResponses } },
    handler: async (req) => decideApproval(staffCtxOf(req, deps), req.params.id, req.body),
  });

  api.get('/answers/:id/dispatch-plan', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Кому и каким способом будет направлен ответ; скан подписанного ответа (ANS-7, DUKI 6.4)', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => dispatchPlan(deps.db, req.params.id),
  });

  // DUKI 6.4: the scan of the signed answer. The multipart parser exists only in this scope.
  const maxScanBytes = deps.config.attachmentMaxBytes;
  api.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: maxScanBytes, files: 1 } });
    scope.post('/answers/:id/scan', {
      config: { access: 'appeals.register' },
      schema: {
        tags,
        summary: 'Приложить скан подписанного ответа (PDF, JPEG, PNG, TIFF) для направления по электронной почте',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 200: z.object({ fileName: z.string(), mimeType: z.string(), attachedAt: z.string() }), 415: errorResponses[400], ...errorResponses },
      },
      handler: async (req) => {
        let file: { fileName: string; bytes: Buffer | 'too-large' | null } = { fileName: '', bytes: null };
        for await (const part of uploadParts(req, { maxFileBytes: maxScanBytes, maxFiles: 1 })) {
          if (part.type === 'file' && file.bytes === null) file = { fileName: part.fileName, bytes: await part.read() };
        }
        return attachAnswerScan(staffCtxOf(req, deps), req.params.id, file, maxScanBytes);
      },
    });
  });

  api.get('/answers/:id/scan', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Скан подписанного ответа', params: idParams, response: { 200: z.unknown().describe('Файл скана'), ...errorResponses } },
    handler: async (req, reply) => {
      const reader = await appealReader(deps.db, req.actor!, await appealOf(req.params.id));
      // As the case's outgoing documents: a co-executor sees his part, not the correspondence.
      if (reader.kind === 'executor' && reader.role === 'co-executor') throw errors.forbidden('Скан ответа доступен ответственному исполнителю и руководителям.');
      const a = await deps.db.selectFrom('answers').select(['id', 'scan_content', 'scan_file_name', 'scan_mime_type']).where('id', '=', req.params.id).executeTakeFirstOrThrow();
      if (!a.scan_content || !a.scan_file_name) throw errors.notFound('Скан ответа', 'm');
      return reply
        .header('content-type', a.scan_mime_type ?? 'application/octet-stream')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', a.scan_file_name, `answer-${a.id}-scan`))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(a.scan_content));
    },
  });

  api.post('/answers/:id/dispatch', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Зарегистрировать исходящий и направить ответ (ANS-6, ANS-7)', params: idParams, body: dispatchBody, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const result = await dispatchAnswer(staffCtxOf(req, deps), req.params.id, req.body, { timeZone: deps.timeZone(), profile: deps.profile(), delivery: deps });
      deps.jobs.wake();
      return result;
    },
  });

  api.get('/answer-versions/:id/file', {
    config: { access: 'workplace.use' },
    schema: { tags, summary: 'Редакция ответа (.docx)', params: idParams, response: { 200: z.unknown().describe('Документ .docx'), ...errorResponses } },
    handler: async (req, reply) => {
      const v = await deps.db.selectFrom('answer_versions').select(['id', 'answer_id', 'content', 'file_name']).where('id', '=', req.params.id).executeTakeFirst();
      if (!v) throw errors.notFound('Редакция ответа', 'f');
      await appealReader(deps.db, req.actor!, await appealOf(v.answer_id));
      return reply
        .header('content-type', DOCX_MIME)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', v.file_name, `answer-${v.id}.docx`))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(v.content));
    },
  });
};
