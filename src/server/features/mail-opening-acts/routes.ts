import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { drawnUpActView, drawUpActBody, idParams } from './schemas';
import { drawUpMailOpeningAct } from './draw-up-mail-opening-act';

const tags = ['Исходящие документы'];

/**
 * INT-4: the mail-opening act. The registrar draws it up (the permission of registration, who opens
 * the mail); the act's copies are outgoing documents, listed and downloaded with the others
 * (GET /api/appeals/:id/documents, GET /api/outgoing-documents/:id/file).
 */
export const mailOpeningActRoutes: Feature = (api, deps) => {
  api.post('/appeals/:id/mail-opening-act', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Составить акт о вскрытии почтового отправления', params: idParams, body: drawUpActBody, response: { 200: drawnUpActView, ...errorResponses } },
    handler: async (req) => drawUpMailOpeningAct(staffCtxOf(req, deps), req.params.id, req.body, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps }),
  });
};
