import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const extensionRequestBody = z.object({
  // Written for «в связи с …» in the author's notice (творительный падеж).
  reasons: z.string().trim().min(10, { error: 'Изложите причины продления (для фразы «в связи с …»).' }).max(2000),
  days: z.coerce.number({ error: 'Укажите число дней.' }).int().min(1, { error: 'Не менее 1 дня.' }).max(30, { error: 'Не более 30 дней (59-ФЗ ст. 12 ч. 2).' }).default(30),
});

export const extensionDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approved'), days: z.coerce.number().int().min(1).max(30).optional(), comment: z.string().trim().max(2000).default('') }),
  z.object({ decision: z.literal('rejected'), comment: z.string().trim().min(1, { error: 'Укажите, почему в продлении отказано.' }).max(2000) }),
]);
