import type { considerationView } from '../../../server/features/consideration/consideration-view';
import type { myAssignments, resolutionQueue } from '../../../server/features/consideration/queries';
import type { SessionResponse } from '../../../server/features/auth/schemas';
import { questionResultLabels, questionResults, type QuestionResult } from '../../../domain/appeal/lifecycle';

/** What the server gives for the «Рассмотрение» part of the case (GET /api/appeals/:id/consideration). */
export type ConsiderationView = Awaited<ReturnType<typeof considerationView>>;
export type AssignmentView = ConsiderationView['assignments'][number];
export type QuestionView = ConsiderationView['questions'][number];
export type QueueRow = Awaited<ReturnType<typeof resolutionQueue>>[number];
export type MyAssignmentRow = Awaited<ReturnType<typeof myAssignments>>[number];

/** A head, deputy or executor in the pick lists (GET /api/consideration/deciders, …/executors). */
export type StaffPerson = { userId: number; officialId: number; unitId: number | null; name: string; unit: string | null; position: string | null };

export const personLabel = (p: StaffPerson) => [p.name, p.position, p.unit].filter(Boolean).join(' — ');

/** Whose authority the user works with: his own, or the absent person's in substitute mode (ADM-1). */
export function effectiveUserId(user: NonNullable<SessionResponse['user']>): number {
  return user.actingFor?.userId ?? user.id;
}

export const assignmentRoleLabels: Record<AssignmentView['role'], string> = {
  responsible: 'ответственный исполнитель',
  'co-executor': 'соисполнитель',
};

export const assignmentStatusLabels: Record<AssignmentView['status'], string> = {
  open: 'на исполнении',
  'materials-submitted': 'материалы представлены',
  done: 'исполнено',
  returned: 'возвращено',
  'handed-over': 'передано другому исполнителю',
  cancelled: 'заменено новой резолюцией',
};

export const resultOptions = questionResults.map((r: QuestionResult) => ({ value: r, label: questionResultLabels[r] }));

/** CTL-4 (HMR 11.9, app. 5–6). */
export const evaluationValueLabels = { satisfied: 'Удовлетворён полностью', 'not-satisfied': 'Не удовлетворён' } as const;
export const evaluationChannelLabels = {
  form: 'Бланк оценки (приложение 5)',
  'internet-reception': 'Интернет-приёмная',
  phone: 'По телефону',
  oral: 'Устно',
  post: 'Почтой',
} as const;
export type EvaluationValue = keyof typeof evaluationValueLabels;
export type EvaluationChannel = keyof typeof evaluationChannelLabels;

/** «осталось 5 дн.», «срок сегодня», «просрочено на 2 дн.» (DL-8: computed by the server, never stored). */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 0) return `осталось ${daysLeft} дн.`;
  if (daysLeft === 0) return 'срок истекает сегодня';
  return `просрочено на ${-daysLeft} дн.`;
}

/** «20.11.2026, 11:00» in the organisation's time zone. */
export function formatMoment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
