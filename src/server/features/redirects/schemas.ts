import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const redirectBody = z.object({
  // ROU-10: information on possible violations of migration law — 5 days, not 7.
  migration: z.boolean().default(false),
  targets: z
    .array(
      z.object({
        bodyId: z.number({ error: 'Выберите орган из справочника.' }).int().positive(),
        questionIds: z.array(z.number().int().positive()).min(1, { error: 'Укажите вопросы, которые направляются в этот орган.' }),
      }),
    )
    .min(1, { error: 'Укажите хотя бы один орган.' })
    .max(10),
});
export type RedirectInput = z.infer<typeof redirectBody>;
