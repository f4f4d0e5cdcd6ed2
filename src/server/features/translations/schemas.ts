import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** REG-11: the language of the appeal and the body that translates it (from the directory of bodies). */
export const translationRequestBody = z.object({
  language: z.string().trim().min(2, { error: 'Укажите язык, на котором составлено обращение.' }).max(100, { error: 'Не более 100 знаков.' }),
  bodyId: z.number({ error: 'Выберите орган, который выполняет перевод.' }).int().positive(),
});
export type TranslationRequestInput = z.infer<typeof translationRequestBody>;

/** REG-11: the translation received — its date and its text (kept with the case for the executors). */
export const translationReceiptBody = z.object({
  receivedOn: z.iso.date({ error: 'Укажите дату получения перевода.' }),
  text: z.string().trim().min(10, { error: 'Внесите текст перевода (не менее 10 знаков).' }).max(100_000, { error: 'Не более 100 000 знаков.' }),
});
export type TranslationReceiptInput = z.infer<typeof translationReceiptBody>;
