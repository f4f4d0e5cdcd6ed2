import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { contentDisposition } from '../../platform/http/content-disposition';
import { formRegisterBody, formedRegisterView, idParams, postalItemView, registerView } from './schemas';
import { getRegisterFile, listPostalQueue, listRegisters } from './queries';
import { makeEnvelope } from './make-envelope';
import { formPostalRegister } from './form-postal-register';

const tags = ['Почтовые отправления'];

function sendDocx(reply: FastifyReply, fileName: string, fallback: string, content: Uint8Array) {
  return reply
    .header('content-type', DOCX_MIME)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', contentDisposition('attachment', fileName, fallback))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(content));
}

/** ANS-7 (HMR 8.6, DUKI 5.21): postal dispatch — envelopes, the register of postal items (ф. 103). */
export const postalRoutes: Feature = (api, deps) => {
  api.get('/postal/queue', {
    config: { access: 'postal.dispatch' },
    schema: { tags, summary: 'Документы, ожидающие отправки почтой (по всем обращениям)', response: { 200: z.array(postalItemView), ...errorResponses } },
    handler: async () => listPostalQueue(deps.db),
  });

  api.get('/outgoing-documents/:id/envelope', {
    config: { access: 'postal.dispatch' },
    schema: { tags, summary: 'Конверт DL (220 × 110 мм) для документа, направляемого почтой (.docx)', params: idParams, response: { 200: z.unknown().describe('Документ .docx'), ...errorResponses } },
    handler: async (req, reply) => {
      const envelope = await makeEnvelope(deps.db, req.params.id);
      return sendDocx(reply, envelope.fileName, `envelope-${req.params.id}.docx`, envelope.content);
    },
  });

  api.get('/postal-registers', {
    config: { access: 'postal.dispatch' },
    schema: { tags, summary: 'Сформированные реестры почтовых отправлений', response: { 200: z.array(registerView), ...errorResponses } },
    handler: async () => listRegisters(deps.db),
  });

  api.post('/postal-registers', {
    config: { access: 'postal.dispatch' },
    schema: { tags, summary: 'Сформировать реестр почтовых отправлений: документы отмечаются отправленными', body: formRegisterBody, response: { 200: formedRegisterView, ...errorResponses } },
    handler: async (req) => formPostalRegister(staffCtxOf(req, deps), req.body.documentIds, { timeZone: deps.timeZone() }),
  });

  api.get('/postal-registers/:id/file', {
    config: { access: 'postal.dispatch' },
    schema: { tags, summary: 'Скачать реестр почтовых отправлений (.docx)', params: idParams, response: { 200: z.unknown().describe('Документ .docx'), ...errorResponses } },
    handler: async (req, reply) => {
      const register = await getRegisterFile(deps.db, req.params.id);
      if (!register) throw errors.notFound('Реестр', 'm');
      return sendDocx(reply, register.file_name, `postal-register-${register.id}.docx`, register.content);
    },
  });
};
