import { z } from 'zod';

const isoDate = z.iso.date({ error: 'Укажите дату в формате ГГГГ-ММ-ДД.' });

export const substitutionBody = z
  .object({
    substituteUserId: z.number({ error: 'Выберите замещающего сотрудника.' }).int().positive(),
    absentUserId: z.number({ error: 'Выберите замещаемого сотрудника.' }).int().positive(),
    dateFrom: isoDate,
    dateTo: isoDate,
    reason: z.string().trim().min(1, 'Укажите основание (приказ, отпуск, командировка).').max(500),
  })
  .refine((v) => v.dateTo >= v.dateFrom, { path: ['dateTo'], message: 'Дата окончания раньше даты начала.' })
  .refine((v) => v.substituteUserId !== v.absentUserId, { path: ['substituteUserId'], message: 'Сотрудник не может замещать сам себя.' });
export type SubstitutionInput = z.infer<typeof substitutionBody>;

export const substitutionView = z.object({
  id: z.number(),
  substituteUserId: z.number(),
  substituteName: z.string(),
  absentUserId: z.number(),
  absentName: z.string(),
  dateFrom: z.string(),
  dateTo: z.string(),
  reason: z.string(),
  cancelled: z.boolean(),
});
