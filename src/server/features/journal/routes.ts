import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { exportQuery, savedFilterBody, savedFilterIdParams, savedFilterView } from './schemas';
import { listSavedFilters } from './queries';
import { saveJournalFilter } from './save-journal-filter';
import { deleteJournalFilter } from './delete-journal-filter';
import { exportJournal } from './export-journal';
import { contentDisposition } from '../../platform/http/content-disposition';

const tags = ['Журнал регистрации обращений'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** REG-10: saved filters of the journal (per user) and its export to Excel. */
export const journalRoutes: Feature = (api, deps) => {
  api.get('/journal/filters', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Мои сохранённые фильтры журнала', response: { 200: z.array(savedFilterView), ...errorResponses } },
    handler: async (req) => listSavedFilters(deps.db, staffCtxOf(req, deps).actor.userId),
  });

  api.post('/journal/filters', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Сохранить условия отбора под названием', body: savedFilterBody, response: { 200: savedFilterView, ...errorResponses } },
    handler: async (req) => saveJournalFilter(staffCtxOf(req, deps), req.body),
  });

  api.delete('/journal/filters/:id', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Удалить свой сохранённый фильтр', params: savedFilterIdParams, response: { 200: z.object({ deleted: z.literal(true) }), ...errorResponses } },
    handler: async (req) => {
      await deleteJournalFilter(staffCtxOf(req, deps), req.params.id);
      return { deleted: true as const };
    },
  });

  api.get('/appeals/export.xlsx', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Выгрузить журнал в Excel (те же условия отбора, что у журнала)', querystring: exportQuery, response: { 200: z.unknown().describe('Файл .xlsx'), ...errorResponses } },
    handler: async (req, reply) => {
      const file = await exportJournal(staffCtxOf(req, deps), req.query, { timeZone: deps.timeZone() });
      reply.header('content-type', XLSX);
      reply.header('content-disposition', contentDisposition('attachment', file.fileName, file.asciiFileName));
      reply.header('cache-control', 'no-store');
      return reply.send(file.content);
    },
  });
};
