import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const competenceEntryBody = z
  .object({
    totkPrefix: z.string().regex(/^\d{4}(\.\d{4}){0,4}$/, { error: 'Выберите раздел или вопрос классификатора.' }),
    unitId: z.number().int().positive().nullable().default(null),
    officialId: z.number().int().positive().nullable().default(null),
    note: z.string().trim().max(500).default(''),
  })
  .refine((x) => x.unitId !== null || x.officialId !== null, { error: 'Укажите подразделение или должностное лицо.', path: ['unitId'] });
