import { z } from 'zod';
import { stepView } from '../deadlines/schemas';

export const routes = ['email', 'post', 'epgu', 'in-person', 'case'] as const;
export const statuses = ['queued', 'sent', 'printed', 'delivered', 'failed', 'cancelled', 'filed'] as const;

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const queueQuery = z.object({
  status: z.enum(statuses, { error: 'Неизвестное состояние документа.' }).default('queued'),
  route: z.enum(routes, { error: 'Неизвестный способ отправки.' }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const outgoingDocumentView = z.object({
  id: z.number(),
  appealId: z.number(),
  appealNumber: z.string(),
  kind: z.string(),
  kindTitle: z.string(),
  route: z.enum(routes),
  status: z.enum(statuses),
  recipientName: z.string(),
  recipientAddress: z.string(),
  /** ANS-6: «Исх-12» and its date, for registered outgoing letters (answers, cover letters). */
  outgoingNumber: z.string().nullable(),
  outgoingDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** DL-8: computed from today in the organisation's time zone, never stored. */
  overdue: z.boolean(),
  /** How the due date was computed (the deadline engine's explanation). */
  dueSteps: z.array(stepView),
  fileName: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type OutgoingDocumentView = z.infer<typeof outgoingDocumentView>;
