/**
 * ANS-3…7: an answer's course — drafted by the executor, approved along its route (e.g. the unit
 * head), signed by the responsible official (the last step of the route), registered as outgoing
 * and dispatched. A signed answer is never changed (KCSON 2.8.8): a change is a new version, which
 * goes the whole route again.
 */
export const answerStatuses = ['draft', 'approval', 'signed', 'dispatched'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

export const answerStatusLabels: Record<AnswerStatus, string> = {
  draft: 'Проект',
  approval: 'На согласовании',
  signed: 'Подписан',
  dispatched: 'Зарегистрирован и направлен',
};

export type ApprovalStep = { step: number; approverUserId: number; decision: 'approved' | 'returned' | null };

/** Whose turn it is on the route: the first step without a decision, or null when all approved. */
export function currentStep(steps: readonly ApprovalStep[]): ApprovalStep | null {
  return [...steps].sort((a, b) => a.step - b.step).find((s) => s.decision === null) ?? null;
}

/** The route's last step is the signature (HMR 8.1: the responsible official signs). */
export function isSigningStep(steps: readonly ApprovalStep[], step: ApprovalStep): boolean {
  return Math.max(...steps.map((s) => s.step)) === step.step;
}

/** Why the text of an answer in this status may not be changed, or null when it may. */
export function editRefusal(status: AnswerStatus): string | null {
  if (status === 'draft') return null;
  if (status === 'approval') return 'Проект ответа на согласовании: изменить его можно после возврата на доработку.';
  return 'Подписанный ответ не изменяется (KCSON 2.8.8): подготовьте новую редакцию — она пройдёт согласование и подписание заново.';
}
