import { formatDateRu } from '../time/local-date';

/**
 * The appeal's states and transitions (issue «Consideration»; ROU-1…12, CTL-1…4). Every use case
 * that changes an appeal's state asks `transition()` first; the guards say in Russian why a step is
 * not possible. docs/consideration.md draws the diagram.
 */
export const appealStatuses = ['registered', 'on-resolution', 'in-work', 'answered', 'redirected', 'closed', 'annulled'] as const;
export type AppealStatus = (typeof appealStatuses)[number];

export const appealStatusLabels: Record<AppealStatus, string> = {
  registered: 'Зарегистрировано',
  'on-resolution': 'На резолюции',
  'in-work': 'На исполнении',
  answered: 'Ответ направлен',
  redirected: 'Направлено по компетенции',
  closed: 'Снято с контроля',
  annulled: 'Аннулировано',
};

/** Under consideration: counts towards «on control» and can be overdue (DL-8). */
export const openStatuses: readonly AppealStatus[] = ['registered', 'on-resolution', 'in-work'];

/** REG-8, CTL-2: on control from registration until the head removes it (or it is annulled). */
export const onControlStatuses: readonly AppealStatus[] = ['registered', 'on-resolution', 'in-work', 'answered', 'redirected'];

export function isOpen(status: string): boolean {
  return (openStatuses as readonly string[]).includes(status);
}

export type AppealAction = 'hand-over' | 'resolve' | 'return-not-competent' | 'answer-sent' | 'redirect' | 'complaint-returned' | 'special-case' | 'special-case-forward' | 'remove-from-control' | 'keep-on-control' | 'additional-control' | 'annul';

/** Which action moves the appeal from which states, and where to. */
const transitions: Record<AppealAction, { from: readonly AppealStatus[]; to: AppealStatus | 'same' }> = {
  // ROU-1, ROU-6: the registrar passes the appeal to the head or the addressed deputy (or passes it again to another).
  'hand-over': { from: ['registered', 'on-resolution'], to: 'on-resolution' },
  // ROU-2: a resolution names the executors. A new resolution while in work replaces the open parts.
  resolve: { from: ['registered', 'on-resolution', 'in-work'], to: 'in-work' },
  // ROU-4: the responsible executor returns it as not within his competence — back to the one who decides.
  'return-not-competent': { from: ['in-work'], to: 'on-resolution' },
  // ANS-7: the answer has been dispatched.
  'answer-sent': { from: ['in-work'], to: 'answered' },
  // ROU-7: the whole appeal went to another body.
  redirect: { from: ['registered', 'on-resolution', 'in-work'], to: 'redirected' },
  // ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1): nobody may consider the complaint — it is returned
  // to the author with the explanation of the right to go to court. The ССТУ status is «Дан ответ
  // автору»: the letter is our answer, and the head removes the appeal from control once it is sent.
  'complaint-returned': { from: ['registered', 'on-resolution', 'in-work'], to: 'answered' },
  // SPC-1…13 (59-ФЗ ст. 11): a special-case disposition ends the consideration — there is no answer on
  // the merits to wait for, the notice (if any) is registered and queued with it — so the appeal is
  // removed from control at once by the one the procedure names (src/domain/special-cases/dispositions.ts).
  'special-case': { from: ['registered', 'on-resolution', 'in-work'], to: 'closed' },
  // SPC-1 (59-ФЗ ст. 11 ч. 1; HMR 7.1): an anonymous report of an unlawful act goes to the competent
  // state body; the head removes it from control afterwards, as with a redirect.
  'special-case-forward': { from: ['registered', 'on-resolution', 'in-work'], to: 'redirected' },
  // CTL-2: the head removes from control …
  'remove-from-control': { from: ['answered', 'redirected'], to: 'closed' },
  // … or keeps it on control with a reason (it stays where it is).
  'keep-on-control': { from: ['answered', 'redirected', 'in-work'], to: 'same' },
  // CTL-1 (DUKI 7.3–7.4): the answer promised a solution by a date — instead of removing it, the head
  // puts the appeal on additional control with a control date (it stays «answered», on control).
  'additional-control': { from: ['answered'], to: 'same' },
  // REG: an administrator annuls a registration made in error (never a closed case).
  annul: { from: ['registered', 'on-resolution', 'in-work'], to: 'annulled' },
};

export const actionLabels: Record<AppealAction, string> = {
  'hand-over': 'передать на резолюцию',
  resolve: 'вынести резолюцию',
  'return-not-competent': 'вернуть как не относящееся к компетенции',
  'answer-sent': 'отметить направление ответа',
  redirect: 'направить по компетенции',
  'complaint-returned': 'вернуть жалобу автору',
  'special-case': 'принять решение по особому случаю (ст. 11)',
  'special-case-forward': 'направить анонимное сообщение о противоправном деянии',
  'remove-from-control': 'снять с контроля',
  'keep-on-control': 'оставить на контроле',
  'additional-control': 'поставить на дополнительный контроль',
  annul: 'аннулировать',
};

export type TransitionResult = { ok: true; to: AppealStatus } | { ok: false; reason: string };

/** Where `action` takes an appeal in `status`, or why it cannot. */
export function transition(status: AppealStatus, action: AppealAction): TransitionResult {
  const t = transitions[action];
  if (!t.from.includes(status)) {
    return { ok: false, reason: `Нельзя ${actionLabels[action]}: обращение в состоянии «${appealStatusLabels[status]}».` };
  }
  return { ok: true, to: t.to === 'same' ? status : t.to };
}

/** For the diagram and the tests: every allowed (from, action, to). */
export function transitionTable(): { from: AppealStatus; action: AppealAction; to: AppealStatus }[] {
  return (Object.keys(transitions) as AppealAction[]).flatMap((action) => transitions[action].from.map((from) => ({ from, action, to: transitions[action].to === 'same' ? from : (transitions[action].to as AppealStatus) })));
}

export const questionResults = ['supported', 'supported-measures-taken', 'explained', 'not-supported', 'left-without-answer', 'answered-to-author', 'redirected'] as const;
export type QuestionResult = (typeof questionResults)[number];

/** CTL-3 (HMR 11.8; the ССТУ results). */
export const questionResultLabels: Record<QuestionResult, string> = {
  supported: 'Поддержано',
  'supported-measures-taken': 'Поддержано, в том числе меры приняты',
  explained: 'Разъяснено',
  'not-supported': 'Не поддержано',
  'left-without-answer': 'Оставлено без ответа',
  'answered-to-author': 'Дан ответ автору',
  redirected: 'Направлено по компетенции',
};

/**
 * CTL-2 (HMR 11.5–11.7, KHV 2.4.8): removal from control only when every question has its result
 * and the answer has been sent (or the appeal was redirected as a whole). The reasons, when not.
 */
export function removalFromControlObstacles(a: {
  status: AppealStatus;
  questions: { position: number; result: QuestionResult | null }[];
  answerSent: boolean;
  /** CTL-1 (DUKI 7.3): an additional control still waiting for the report on the final solution. */
  additionalControl?: { controlDate: string; reported: boolean } | null;
}): string[] {
  const reasons: string[] = [];
  const t = transition(a.status, 'remove-from-control');
  if (!t.ok) reasons.push(t.reason);
  const without = a.questions.filter((q) => !q.result).map((q) => q.position);
  if (without.length > 0) reasons.push(`Не указан результат рассмотрения по ${without.length === 1 ? 'вопросу' : 'вопросам'} № ${without.join(', ')}.`);
  if (a.status !== 'redirected' && !a.answerSent) reasons.push('Ответ автору не направлен.');
  if (a.additionalControl && !a.additionalControl.reported) {
    reasons.push(`Обращение на дополнительном контроле до ${formatDateRu(a.additionalControl.controlDate)}: не поступил доклад об окончательном решении вопроса.`);
  }
  return reasons;
}

/** CTL-4 (HMR 11.9): the author's evaluation is asked for these results only. */
export function evaluationApplies(results: (QuestionResult | null)[]): boolean {
  return results.some((r) => r === 'supported' || r === 'supported-measures-taken' || r === 'not-supported' || r === 'explained');
}
