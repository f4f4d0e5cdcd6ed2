import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    requestId: z.string().optional(),
  }),
});

export const errorResponses = {
  400: errorSchema.describe('Ошибка в данных запроса'),
  401: errorSchema.describe('Требуется вход'),
  403: errorSchema.describe('Нет прав'),
  404: errorSchema.describe('Не найдено'),
  409: errorSchema.describe('Конфликт'),
} as const;
