import { z } from 'zod';
import type { Feature } from '../../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../../platform/http/api';
import { errors } from '../../../platform/errors';
import { DOCX_MIME } from '../../../platform/documents/docx-template';
import { contentDisposition } from '../../../platform/http/content-disposition';
import { kindParams, replaceTemplateBody, templateView } from './schemas';
import { getTemplateFile, listTemplates } from './queries';
import { replaceTemplate } from './replace-template';
import { resetTemplate } from './reset-template';

const tags = ['Администрирование: шаблоны документов'];

/** ADM-4: templates of outgoing documents — list, download, replace with one's own .docx, reset. */
export const templateRoutes: Feature = (api, deps) => {
  api.get('/admin/templates', {
    config: { access: 'admin.templates' },
    schema: { tags, summary: 'Шаблоны документов', response: { 200: z.array(templateView), ...errorResponses } },
    handler: async () => listTemplates(deps.db),
  });

  api.get('/admin/templates/:kind/file', {
    config: { access: 'admin.templates' },
    schema: { tags, summary: 'Скачать шаблон (.docx)', params: kindParams, response: { 200: z.unknown().describe('Документ .docx'), ...errorResponses } },
    handler: async (req, reply) => {
      const t = await getTemplateFile(deps.db, req.params.kind);
      if (!t) throw errors.notFound('Шаблон', 'm');
      return reply
        .header('content-type', DOCX_MIME)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', contentDisposition('attachment', t.file_name, `template-${req.params.kind}.docx`))
        .header('cache-control', 'no-store')
        .send(Buffer.from(t.content));
    },
  });

  api.put('/admin/templates/:kind', {
    config: { access: 'admin.templates' },
    // A 5 MB .docx is about 6.7 MB in base64.
    bodyLimit: 8 * 1024 * 1024,
    schema: { tags, summary: 'Заменить шаблон своим документом .docx', params: kindParams, body: replaceTemplateBody, response: { 200: z.array(templateView), ...errorResponses } },
    handler: async (req) => {
      await replaceTemplate(staffCtxOf(req, deps), req.params.kind, req.body);
      return listTemplates(deps.db);
    },
  });

  api.post('/admin/templates/:kind/reset', {
    config: { access: 'admin.templates' },
    schema: { tags, summary: 'Вернуть шаблон по умолчанию', params: kindParams, response: { 200: z.array(templateView), ...errorResponses } },
    handler: async (req) => {
      await resetTemplate(staffCtxOf(req, deps), req.params.kind);
      return listTemplates(deps.db);
    },
  });
};
