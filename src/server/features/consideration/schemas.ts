import { z } from 'zod';
import { questionResults } from '../../../domain/appeal/lifecycle';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Дата указывается в формате ГГГГ-ММ-ДД.' });
const id = z.number({ error: 'Укажите запись из списка.' }).int().positive();

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const handOverBody = z.object({ toUserId: id });

export const complainedSubjectBody = z.object({
  officialId: id.nullable().default(null),
  unitId: id.nullable().default(null),
});

export const resolutionBody = z.object({
  text: z.string().trim().max(2000).default(''),
  // DL-4: urgent (a child's rights, an emergency) — considered without delay, with a short control date.
  urgent: z.boolean().default(false),
  controlDate: isoDate.nullable().default(null),
  parts: z
    .array(
      z.object({
        instruction: z.string().trim().min(1, { error: 'Укажите, что поручается.' }).max(2000),
        // DL-5: a shorter deadline may be set; by default the consideration deadline (or the control date).
        deadline: isoDate.nullable().default(null),
        executors: z.array(z.object({ userId: id, responsible: z.boolean().default(false) })).min(1, { error: 'Укажите хотя бы одного исполнителя.' }).max(20),
      }),
    )
    .min(1, { error: 'Резолюция должна содержать хотя бы одно поручение.' })
    .max(10),
});
export type ResolutionInput = z.infer<typeof resolutionBody>;

export const materialsBody = z.object({ text: z.string().trim().min(1, { error: 'Изложите материалы (что сделано, что предлагается).' }).max(20000) });

export const resultsBody = z.object({
  results: z.array(z.object({ questionId: id, result: z.enum(questionResults, { error: 'Выберите результат из списка.' }) })).min(1, { error: 'Укажите результат хотя бы по одному вопросу.' }),
});

export const controlBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('remove') }),
  z.object({ decision: z.literal('keep'), reason: z.string().trim().min(1, { error: 'Укажите, почему обращение оставлено на контроле.' }).max(2000) }),
]);

export const evaluationBody = z.object({
  value: z.enum(['satisfied', 'not-satisfied'], { error: 'Выберите оценку: удовлетворён полностью или не удовлетворён.' }),
  channel: z.enum(['form', 'internet-reception', 'phone', 'oral', 'post'], { error: 'Выберите, как получена оценка.' }),
  receivedAt: z.iso.datetime({ offset: true, error: 'Укажите дату и время получения оценки.' }),
  note: z.string().trim().max(2000).default(''),
});

export const myAssignmentsQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(500) });

export const returnBody = z.object({
  reason: z.string().trim().min(5, { error: 'Укажите, почему вопрос не относится к Вашей компетенции.' }).max(2000),
  proposedUnitId: id.nullable().default(null),
  proposedUserId: id.nullable().default(null),
});

export const drafterBody = z.object({ userId: id });

export const handOverWorkBody = z.object({ toUserId: id, reason: z.string().trim().min(3, { error: 'Укажите основание: отпуск, перевод, увольнение…' }).max(500) });
export const userParams = z.object({ userId: z.coerce.number().int().positive() });

// ROU-8 (59-ФЗ ст. 8 ч. 6): the head's explanation why nobody else can consider the complaint (optional; the letter says the rest).
export const returnComplaintBody = z.object({ explanation: z.string().trim().max(2000).default('') });

// CTL-1 (DUKI 7.3–7.4): the control date, what the answer promised, and who reports the final solution.
export const additionalControlBody = z.object({
  controlDate: isoDate.nullable().default(null),
  promise: z.string().trim().min(5, { error: 'Укажите, что и в какой срок обещано автору в ответе.' }).max(2000),
  executorUserId: id,
});
export type AdditionalControlInput = z.infer<typeof additionalControlBody>;

export const controlReportBody = z.object({ text: z.string().trim().min(5, { error: 'Изложите, как окончательно решён вопрос.' }).max(20000) });
