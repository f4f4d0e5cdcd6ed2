import { z } from 'zod';
import { templateKinds } from '../../../../domain/documents/template-kinds';

export const kindParams = z.object({
  kind: z.enum(templateKinds.map((k) => k.kind) as [string, ...string[]], { error: 'Такого вида документа нет.' }),
});

/** A .docx up to 5 MB as base64 (a letter with a scanned coat of arms fits with room to spare). */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

export const replaceTemplateBody = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'Укажите имя файла.')
    .max(255, 'Имя файла — не более 255 символов.')
    .refine((n) => /\.docx$/i.test(n), 'Загрузите документ Word в формате .docx.'),
  contentBase64: z
    .string()
    .min(1, 'Файл пуст.')
    .max(Math.ceil((MAX_TEMPLATE_BYTES * 4) / 3) + 4, 'Файл больше 5 МБ.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Файл передан в неверной кодировке (ожидается base64).'),
});
export type ReplaceTemplateInput = z.infer<typeof replaceTemplateBody>;

export const templateView = z.object({
  kind: z.string(),
  title: z.string(),
  source: z.string(),
  fileName: z.string(),
  placeholders: z.array(z.string()),
  isDefault: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type TemplateView = z.infer<typeof templateView>;
