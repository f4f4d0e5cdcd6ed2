import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });
const userId = z.number({ error: 'Выберите сотрудника из списка.' }).int().positive();

export const answerBody = z.object({
  body: z.string().trim().min(20, { error: 'Изложите ответ по существу каждого поставленного вопроса (не менее 20 знаков).' }).max(50_000),
});

export const approvalRouteBody = z.object({
  // ANS-5 and the unit's practice: who approves before the signature, in order (may be empty).
  approverUserIds: z.array(userId).max(10).default([]),
  // HMR 8.1: the responsible official who signs — the last step.
  signerUserId: userId,
});

export const decisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approved'), comment: z.string().trim().max(2000).default('') }),
  z.object({ decision: z.literal('returned'), comment: z.string().trim().min(1, { error: 'Укажите, что доработать.' }).max(2000) }),
]);

// ANS-7 (HMR 8.6, DUKI 5.21): the authors who asked for a copy by the other route as well.
// A request without a body asks for no copies.
export const dispatchBody = z.preprocess((v) => v ?? {}, z.object({ copyByOtherRoute: z.array(z.number().int().positive()).max(100).default([]) }));
