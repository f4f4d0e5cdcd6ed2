import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Дата указывается в формате ГГГГ-ММ-ДД.' });

export const documentsRequestBody = z.discriminatedUnion('direction', [
  // ANS-1: ours — what we ask another body for.
  z.object({ direction: z.literal('outgoing'), bodyId: z.number({ error: 'Выберите орган из справочника.' }).int().positive(), text: z.string().trim().min(5, { error: 'Укажите, какие документы и материалы запрашиваются.' }).max(4000) }),
  // DL-3, ANS-11: another body's request to us, by its letter.
  z.object({ direction: z.literal('incoming'), bodyId: z.number({ error: 'Выберите орган из справочника.' }).int().positive(), letterDate: isoDate, letterNumber: z.string().trim().min(1, { error: 'Укажите номер письма.' }).max(100), text: z.string().trim().max(4000).default('') }),
]);
export type DocumentsRequestInput = z.infer<typeof documentsRequestBody>;

export const answeredBody = z.object({ note: z.string().trim().min(1, { error: 'Укажите, что получено или направлено.' }).max(4000) });
