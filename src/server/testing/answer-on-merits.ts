import { expect } from 'vitest';
import type { Session } from './test-app';

/**
 * Test set-up through the API: a written answer on the merits actually given (59-ФЗ ст. 11 ч. 5 counts
 * only those) — handed over to the head, resolution to the executor, the answer drafted, signed by
 * the head, registered and sent by post (ANS-6, «передано на отправку»), and the questions' result (CTL-3).
 */
export async function answerOnTheMerits(s: { reg: Session; head: Session; exec: Session }, users: { headUserId: number; execUserId: number }, appealId: number, result: string): Promise<void> {
  const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);
  ok(await s.reg.request('POST', `/api/appeals/${appealId}/hand-over`, { toUserId: users.headUserId }));
  ok(await s.head.request('POST', `/api/appeals/${appealId}/resolution`, { parts: [{ instruction: 'Рассмотреть, подготовить ответ', executors: [{ userId: users.execUserId }] }] }));
  const draft = await s.exec.request('POST', `/api/appeals/${appealId}/answers`, { body: 'По существу поставленного вопроса сообщаем следующее.' });
  ok(draft);
  const answerId = draft.json().id as number;
  ok(await s.exec.request('POST', `/api/answers/${answerId}/approval`, { approverUserIds: [], signerUserId: users.headUserId }));
  ok(await s.head.request('POST', `/api/answers/${answerId}/decision`, { decision: 'approved' }));
  ok(await s.reg.request('POST', `/api/answers/${answerId}/dispatch`));
  const docs = (await s.reg.request('GET', `/api/appeals/${appealId}/documents`)).json() as { id: number; kind: string; route: string }[];
  for (const d of docs.filter((x) => x.kind === 'answer' && x.route === 'post')) ok(await s.reg.request('POST', `/api/outgoing-documents/${d.id}/printed`));
  const questions = (await s.head.request('GET', `/api/appeals/${appealId}/consideration`)).json().questions as { id: number }[];
  ok(await s.head.request('POST', `/api/appeals/${appealId}/results`, { results: questions.map((q) => ({ questionId: q.id, result })) }));
}
