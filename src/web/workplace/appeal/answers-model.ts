import type { MantineColor } from '@mantine/core';
import type { appealAnswers } from '../../../server/features/answers/queries';

/** What the server gives for the answers of an appeal (GET /api/appeals/:id/answers). */
export type AnswerView = Awaited<ReturnType<typeof appealAnswers>>[number];
export type AnswerStep = AnswerView['route'][number];

export const answerStatusColors: Record<AnswerView['status'], MantineColor> = {
  draft: 'gray',
  approval: 'yellow',
  signed: 'green',
  dispatched: 'blue',
};

/** The version whose text is current (the server lists them in order). */
export function currentVersion(a: AnswerView): AnswerView['versions'][number] | undefined {
  return a.versions.find((v) => v.version === a.version) ?? a.versions.at(-1);
}

/** The step whose turn it is, if the answer is on approval. */
export function turnStep(a: AnswerView): AnswerStep | undefined {
  if (a.status !== 'approval' || a.turnUserId === null) return undefined;
  return a.route.find((s) => s.decision === null && s.approverUserId === a.turnUserId);
}

/** «согласовано», «подписано», «возвращено на доработку», «ожидает решения», «в очереди». */
export function stepDecisionLabel(a: AnswerView, s: AnswerStep): string {
  if (s.decision === 'approved') return s.signs ? 'подписано' : 'согласовано';
  if (s.decision === 'returned') return 'возвращено на доработку';
  if (a.status !== 'approval') return 'не рассматривалось';
  return turnStep(a)?.step === s.step ? (s.signs ? 'на подписании' : 'на согласовании') : 'в очереди';
}

/** The last return for rework on the current version (shown while the draft is reworked). */
export function lastReturn(a: AnswerView): AnswerStep | undefined {
  return a.status === 'draft' ? [...a.route].reverse().find((s) => s.decision === 'returned') : undefined;
}
