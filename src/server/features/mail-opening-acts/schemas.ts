import { z } from 'zod';
import { discrepancyKinds, MAX_DESCRIPTION, MAX_DISCREPANCIES, MAX_NOTE } from '../../../domain/intake/mail-opening-act';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const discrepancyInput = z.object({
  kind: z.enum(discrepancyKinds, { error: 'Выберите, что выявлено, из списка.' }),
  description: z
    .string({ error: 'Опишите, что именно выявлено.' })
    .trim()
    .min(1, 'Опишите, что именно выявлено, например: «отсутствует лист 3».')
    .max(MAX_DESCRIPTION, `Описание — не более ${MAX_DESCRIPTION} символов.`),
});

/** INT-4: what the registrar found at the opening, and an optional note. */
export const drawUpActBody = z.object({
  discrepancies: z
    .array(discrepancyInput, { error: 'Укажите, что выявлено при вскрытии.' })
    .min(1, 'Отметьте хотя бы одно: чего недостает в почтовом отправлении или что в нём обнаружено.')
    .max(MAX_DISCREPANCIES, `Не более ${MAX_DISCREPANCIES} пунктов в одном акте.`),
  note: z.string({ error: 'Примечание должно быть текстом.' }).trim().max(MAX_NOTE, `Примечание — не более ${MAX_NOTE} символов.`).default(''),
});
export type DrawUpActInput = z.infer<typeof drawUpActBody>;

export const drawnUpActView = z.object({
  /** The act's date, 'YYYY-MM-DD' in the organisation's time zone. */
  actDate: z.string(),
  copies: z.number(),
  /** The copy attached to the appeal (an outgoing document of kind 'mail-opening-act'). */
  caseDocumentId: z.number(),
  /** The author's copy queued for dispatch, when the procedure sends one and the author has an address. */
  authorCopy: z
    .object({
      documentId: z.number(),
      route: z.enum(['email', 'post', 'epgu']),
      recipientName: z.string(),
      recipientAddress: z.string(),
      dueDate: z.string().nullable(),
    })
    .nullable(),
  /** What the registrar should know or do next (no address for the copy; originals found). */
  warnings: z.array(z.string()),
});
export type DrawnUpActView = z.infer<typeof drawnUpActView>;
