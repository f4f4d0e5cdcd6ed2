import { z } from 'zod';

export const SMTP_NOT_CONFIGURED = 'Почтовый сервер не настроен: письмо будет отправлено, когда администратор укажет SMTP.';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** ANS-7: whether e-mail can leave, and what needs the registrar (failed letters). */
export const deliveryStatusView = z.object({
  emailConfigured: z.boolean(),
  /** Why e-mail documents wait, when SMTP is not configured; null otherwise. */
  note: z.string().nullable(),
  /** E-mail documents waiting to be sent (of appeals that are not annulled). */
  waiting: z.number(),
  /** Documents whose delivery failed after every attempt: the registrar checks and resends. */
  failed: z.number(),
});
export type DeliveryStatusView = z.infer<typeof deliveryStatusView>;

export const resendView = z.object({ ok: z.literal(true), jobQueued: z.boolean() });
