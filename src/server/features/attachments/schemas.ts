import { z } from 'zod';
import { stepView } from '../deadlines/schemas';

export const appealIdParams = z.object({ id: z.coerce.number().int().positive() });
export const attachmentIdParams = z.object({ id: z.coerce.number().int().positive() });

const description = z.string().trim().max(1000, 'Не более 1000 символов.');

/** Form fields sent with the files (multipart): the same description and mark for every file of one upload. */
export const uploadFields = z.object({
  description: description.default(''),
  isOriginal: z
    .enum(['true', 'false', 'on', '1', '0', ''], { error: 'Отметка «подлинник» — да или нет.' })
    .default('false')
    .transform((v) => v === 'true' || v === 'on' || v === '1'),
});
export type UploadFields = z.infer<typeof uploadFields>;

/** REG-3: a paper enclosure described by its pages (the letter's «приложение на N л.»). */
export const paperAttachmentBody = z.object({
  description: description.min(1, 'Опишите приложение: что это за документ.'),
  pages: z.number({ error: 'Укажите число листов.' }).int('Число листов — целое число.').min(1, 'Не менее одного листа.').max(100_000, 'Слишком много листов.'),
  isOriginal: z.boolean().default(false),
});
export type PaperAttachmentInput = z.infer<typeof paperAttachmentBody>;

export const removeAttachmentBody = z.object({
  reason: z.string({ error: 'Укажите причину исключения.' }).trim().min(3, 'Укажите причину исключения.').max(1000, 'Не более 1000 символов.'),
});

export const listQuery = z.object({
  /** Show removed attachments too (the case history). */
  includeRemoved: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

/** INT-6: what happens to an original document under the organisation's procedure. */
export const originalsView = z.object({
  handling: z.enum(['return-within-deadline', 'return-with-answer', 'keep-unless-requested']),
  /** The clause of the procedure. */
  source: z.string(),
  /** Where the procedure returns originals within a term: the date, counted from registration. */
  dueDate: z.string().nullable(),
  steps: z.array(stepView),
});

export const attachmentView = z.object({
  id: z.number(),
  appealId: z.number(),
  kind: z.enum(['file', 'paper']),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  /** «PDF», «DOCX» … */
  format: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  sha256: z.string().nullable(),
  /** Opened in the browser (PDF, images) rather than downloaded. */
  inline: z.boolean(),
  fileUrl: z.string().nullable(),
  description: z.string(),
  pages: z.number().nullable(),
  isOriginal: z.boolean(),
  originals: originalsView.nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  removedAt: z.string().nullable(),
  /** Why it was excluded (from the event of the exclusion). */
  removedReason: z.string().nullable(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const uploadResponse = z.object({ attachments: z.array(attachmentView) });

export const uploadSettings = z.object({ maxFileBytes: z.number(), maxFiles: z.number(), formats: z.string(), accept: z.string() });
export type UploadSettings = z.infer<typeof uploadSettings>;
