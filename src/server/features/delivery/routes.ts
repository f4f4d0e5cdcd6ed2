import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { deliverEmailJob } from './deliver-email-job';
import { enqueuePendingDeliveries } from './enqueue-pending-deliveries';
import { resendDocument } from './resend-document';
import { deliveryStatus } from './queries';
import { deliveryStatusView, idParams, resendView } from './schemas';

const tags = ['Исходящие документы'];

/**
 * ANS-7: delivery of outgoing documents by e-mail. The job `deliver-email` is written where a
 * document with the route 'email' is recorded (`enqueueDelivery`) and sends it after the commit;
 * failed letters are listed by GET /api/outgoing-documents?status=failed and resent here.
 */
export const deliveryRoutes: Feature = (api, deps) => {
  deps.jobs.register(deliverEmailJob(deps));

  // SMTP configured since the documents were recorded: queue what has been waiting for it.
  api.addHook('onReady', async () => {
    try {
      const queued = await enqueuePendingDeliveries(deps.db, deps);
      if (queued > 0) {
        api.log.info({ queued }, 'e-mail documents waiting for SMTP queued for delivery');
        deps.jobs.wake();
      }
    } catch (err) {
      // The server still starts; the letters wait for the next start (the case page shows them waiting).
      api.log.error({ err }, 'queuing e-mail documents waiting for SMTP failed');
    }
  });

  api.get('/delivery/status', {
    config: { access: 'appeals.read' },
    schema: { tags, summary: 'Состояние отправки по электронной почте: настроен ли почтовый сервер, сколько писем ждёт и не отправлено', response: { 200: deliveryStatusView, ...errorResponses } },
    handler: async () => deliveryStatus(deps.db, deps.mail !== null),
  });

  api.post('/outgoing-documents/:id/resend', {
    config: { access: 'appeals.register' },
    schema: { tags, summary: 'Отправить повторно документ, который не удалось отправить по электронной почте', params: idParams, response: { 200: resendView, ...errorResponses } },
    handler: async (req) => {
      const result = await resendDocument(staffCtxOf(req, deps), deps, req.params.id);
      deps.jobs.wake(); // after the commit
      return { ok: true as const, ...result };
    },
  });
};
