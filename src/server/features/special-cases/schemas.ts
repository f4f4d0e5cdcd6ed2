import { z } from 'zod';
import { dispositionCodes } from '../../../domain/special-cases/dispositions';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const catalogueQuery = z.object({ appealId: z.coerce.number().int().positive() });

export const dispositionBody = z.object({
  code: z.enum(dispositionCodes, { error: 'Выберите особый случай из перечня.' }),
  comment: z.string().trim().max(2000, { error: 'Пояснение — не более 2000 знаков.' }).default(''),
  // SPC-1 (59-ФЗ ст. 11 ч. 1): the competent state body an anonymous report of an unlawful act goes to.
  bodyId: z.number().int().positive().nullish(),
});
export type DispositionInput = z.infer<typeof dispositionBody>;
