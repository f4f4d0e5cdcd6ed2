import { z } from 'zod';

export const dayKinds = ['holiday', 'day-off', 'working', 'shortened'] as const;

export const yearParams = z.object({ year: z.coerce.number().int().min(2020, 'Год вне диапазона календаря.').max(2040, 'Год вне диапазона календаря.') });
export const dayParams = yearParams.extend({ date: z.iso.date({ error: 'Дата в формате ГГГГ-ММ-ДД.' }) });

export const setDayBody = z.object({
  /** 'normal' — the plain week: Monday–Friday working, Saturday–Sunday off. */
  kind: z.enum([...dayKinds, 'normal'], { error: 'Выберите вид дня.' }),
  reason: z.string().trim().min(3, 'Укажите основание изменения (например, постановление Правительства).').max(500),
});

export const confirmBody = z.object({ source: z.string().trim().min(5, 'Укажите реквизиты постановления Правительства о переносе выходных дней.').max(500) });

export const importBody = z.object({ xml: z.string().min(1, 'Файл пуст.').max(2_000_000, 'Файл слишком велик.') });

const dayView = z.object({ date: z.string(), kind: z.enum(dayKinds), note: z.string() });

export const yearView = z.object({
  year: z.number(),
  confirmed: z.boolean(),
  source: z.string(),
  stored: z.boolean(),
  days: z.array(dayView),
  workingDaysByMonth: z.array(z.number()),
});

export const yearSummary = z.object({ year: z.number(), confirmed: z.boolean(), source: z.string(), stored: z.boolean() });
