import { z } from 'zod';

/** ADM-3: the kinds of external bodies (the check constraint of migration 0003). */
export const externalBodyKinds = ['federal', 'regional', 'municipal', 'court', 'police', 'prosecutor', 'migration', 'other'] as const;
export type ExternalBodyKind = (typeof externalBodyKinds)[number];

const kind = z.enum(externalBodyKinds, { error: 'Укажите вид органа или организации.' });

const text = (max: number, label: string) =>
  z
    .string({ error: `${label}: ожидается текст.` })
    .trim()
    .max(max, `${label} — не более ${max} символов.`)
    .nullish()
    .transform((v) => v ?? '');

export const externalBodyBody = z.object({
  name: z
    .string({ error: 'Укажите наименование органа или организации.' })
    .trim()
    .min(1, 'Укажите наименование органа или организации.')
    .max(500, 'Наименование — не более 500 символов.')
    // One spelling for the duplicate check and the search: no doubled spaces.
    .transform((v) => v.replace(/\s+/g, ' ')),
  kind,
  postalAddress: text(500, 'Почтовый адрес'),
  email: text(254, 'Адрес электронной почты').refine((v) => v === '' || z.email().safeParse(v).success, 'Неверный адрес электронной почты.'),
  note: text(1000, 'Примечание'),
  active: z.boolean({ error: 'Укажите, действует ли запись.' }).default(true),
});
export type ExternalBodyInput = z.infer<typeof externalBodyBody>;

export const externalBodyIdParams = z.object({ id: z.coerce.number({ error: 'Неверный номер записи.' }).int().positive('Неверный номер записи.') });

export const externalBodyQuery = z.object({
  /** A picker opened on a saved card knows only the id: it loads that one record (active or not). */
  id: z.coerce.number({ error: 'Неверный номер записи.' }).int().positive('Неверный номер записи.').optional(),
  q: z.string().trim().max(200, 'Строка поиска — не более 200 символов.').optional(),
  kind: kind.optional(),
  active: z.enum(['true', 'false'], { error: 'Состояние: true или false.' }).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type ExternalBodyQuery = z.infer<typeof externalBodyQuery>;

export const externalBodyView = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(externalBodyKinds),
  postalAddress: z.string(),
  email: z.string(),
  note: z.string(),
  active: z.boolean(),
});
export type ExternalBody = z.infer<typeof externalBodyView>;
