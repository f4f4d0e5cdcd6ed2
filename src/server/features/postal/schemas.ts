import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** A register is formed for what the registrar ticked: at least one document, each once. */
export const formRegisterBody = z.object({
  documentIds: z
    .array(z.number({ error: 'Укажите документы.' }).int().positive(), { error: 'Укажите документы для реестра.' })
    .min(1, { error: 'Отметьте хотя бы один документ для реестра.' })
    .max(500, { error: 'В один реестр включается не более 500 отправлений.' }),
});
export type FormRegisterInput = z.infer<typeof formRegisterBody>;

/** One postal item waiting to be sent (ANS-7): what, on which appeal, to whom and where. */
export const postalItemView = z.object({
  id: z.number(),
  appealId: z.number(),
  appealNumber: z.string(),
  appealDate: z.string(),
  kind: z.string(),
  kindTitle: z.string(),
  /** ANS-6: «Исх-12» and its date, when the document has an outgoing registration. */
  outgoingNumber: z.string().nullable(),
  outgoingDate: z.string().nullable(),
  recipientName: z.string(),
  recipientAddress: z.string(),
  dueDate: z.string().nullable(),
  fileName: z.string(),
  createdAt: z.string(),
});
export type PostalItemView = z.infer<typeof postalItemView>;

export const registerView = z.object({
  id: z.number(),
  number: z.string(),
  date: z.string(),
  documentCount: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
});
export type RegisterView = z.infer<typeof registerView>;

export const formedRegisterView = registerView.extend({ documentIds: z.array(z.number()) });
export type FormedRegisterView = z.infer<typeof formedRegisterView>;
