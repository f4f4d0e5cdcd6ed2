import { z } from 'zod';
import { dispositionCodes } from '../../../domain/special-cases/dispositions';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const catalogueQuery = z.object({ appealId: z.coerce.number().int().positive() });

export const dispositionBody = z.object({
  code: z.enum(dispositionCodes, { error: 'Выберите особый случай из перечня.' }),
  comment: z.string().trim().max(2000, { error: 'Пояснение — не более 2000 знаков.' }).default(''),
  // SPC-1 (59-ФЗ ст. 11 ч. 1): the competent state body an anonymous report of an unlawful act goes to.
  bodyId: z.number().int().positive().nullish(),
  // SPC-11 (59-ФЗ ст. 11 ч. 5.1): the published answer whose address is sent (default: the newest on the appeal's questions).
  publicationId: z.number().int().positive().nullish(),
  // SPC-7 (HMR 7.6 абз. 2): the official (user) a courtesy letter is passed to for information.
  officialUserId: z.number().int().positive().nullish(),
});
export type DispositionInput = z.infer<typeof dispositionBody>;

export const authorParams = z.object({ authorId: z.coerce.number().int().positive() });
export const registryParams = authorParams.extend({ id: z.coerce.number().int().positive() });

/** DUKI 5.15: correspondence resumes when new arguments or circumstances appear — say which and where. */
export const resumeCorrespondenceBody = z.object({
  reason: z.string().trim().min(1, { error: 'Укажите, какие новые доводы или обстоятельства приведены.' }).max(2000, { error: 'Не более 2000 знаков.' }),
  appealId: z.number().int().positive().nullish(),
});
export type ResumeCorrespondenceInput = z.infer<typeof resumeCorrespondenceBody>;
