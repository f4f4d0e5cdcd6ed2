import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, List, Modal, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { DialogFooter } from '../../components/dialog-footer';
import { ExternalBodySelect } from '../../components/external-body-select';
import { DeadlineDate, type ExplanationStepView } from '../../components/deadline-explanation';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { redirectAppeal } from '../../../server/features/redirects/redirect-appeal';
import type { QuestionView } from './consideration-model';

/** What the server answers to POST /api/appeals/:id/redirect. */
export type RedirectResult = Awaited<ReturnType<typeof redirectAppeal>>;
/** One row of GET /api/appeals/:id/redirects: a body and the questions sent to it. */
export type RedirectRow = {
  id: number;
  bodyId: number;
  bodyName: string;
  questionIds: number[];
  migration: boolean;
  dueDate: string;
  createdAt: string;
  outgoingNumber: string | null;
  outgoingDate: string | null;
  /** ROU-7: how the term was counted (recomputed on reading). */
  dueSteps: ExplanationStepView[];
};

type Target = { key: number; bodyId: number | null; bodyName: string; questionIds: number[] };
type Props = {
  appealId: number;
  label: string;
  registrationDate: string;
  timeZone: string;
  questions: QuestionView[];
  redirects: RedirectRow[];
  opened: boolean;
  onClose: () => void;
  onDone: (result: RedirectResult, bodyNames: Map<number, string>) => void;
};

const MAX_TARGETS = 10;
let nextKey = 1;
const emptyTarget = (questionIds: number[] = []): Target => ({ key: nextKey++, bodyId: null, bodyName: '', questionIds });

/** «№ 1. Проезд льготных категорий граждан» */
export const questionLabel = (q: Pick<QuestionView, 'position' | 'name'>) => `№ ${q.position}. ${q.name}`;

/**
 * ROU-7, ROU-10 (59-ФЗ ст. 8 ч. 3, 3.1; KCSON 2.10): «Направить по компетенции». One or more bodies
 * from the directory, for each the questions it gets (a question may go to several bodies — a letter
 * to each), the 5-day term for information on migration law; a confirmation of what will be
 * registered and queued. The server's refusals come back next to the fields; nothing typed is lost.
 */
export function RedirectDialog({ opened, onClose, label, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Направление обращения ${label} по компетенции` : 'Направление обращения по компетенции'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <RedirectForm label={label} onClose={onClose} {...rest} />
    </Modal>
  );
}

function RedirectForm({ appealId, label, registrationDate, timeZone, questions, redirects, onClose, onDone }: Omit<Props, 'opened'>) {
  // One question: it goes wherever the body goes. Several: the user ticks them.
  const [targets, setTargets] = useState<Target[]>(() => [emptyTarget(questions.length === 1 ? [questions[0]!.id] : [])]);
  const [migration, setMigration] = useState(false);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const { busy, error, fieldErrors, setFieldErrors, reset, run } = useSubmit('Обращение не направлено. Повторите действие.');
  // Counts refused attempts: each one moves the focus to the first message.
  const [attempt, setAttempt] = useState(0);
  const due = useRedirectDue(registrationDate, migration);
  const today = localDate(new Date(), timeZone);
  const confirmRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Keyboard users keep their place: the confirmation takes the focus; back on the form it goes to the first message.
  useEffect(() => {
    if (step === 'confirm') {
      confirmRef.current?.focus();
      return;
    }
    // A refusal of the server is read out from its alert; a missing choice takes the user to the field.
    // (The body's group rather than its picker: a searchable picker opens its list on focus and would hide the message.)
    const target = formRef.current?.querySelector<HTMLElement>(error ? '[data-testid="redirect-refusal"]' : '[data-invalid="true"], [aria-invalid="true"]');
    target?.focus();
  }, [step, attempt, error]);

  const sentTo = (questionId: number) => redirects.filter((r) => r.questionIds.includes(questionId)).map((r) => r.bodyName);
  const chosen = new Set(targets.flatMap((t) => t.questionIds));
  const staying = questions.filter((q) => !chosen.has(q.id) && q.result !== 'redirected');

  function clear(...keys: string[]) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));
  }

  function update(index: number, patch: Partial<Target>) {
    setTargets((ts) => ts.map((t, i) => (i === index ? { ...t, ...patch } : t)));
    clear(...Object.keys(patch).map((k) => `targets.${index}.${k}`), 'targets');
  }

  function remove(index: number) {
    setTargets((ts) => ts.filter((_, i) => i !== index));
    // The server names targets by their place: after a removal the old messages would point elsewhere.
    setFieldErrors({});
  }

  function next(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    targets.forEach((t, i) => {
      if (t.bodyId === null) errs[`targets.${i}.bodyId`] = 'Выберите орган из справочника.';
      else if (targets.findIndex((x) => x.bodyId === t.bodyId) < i) errs[`targets.${i}.bodyId`] = 'Этот орган уже указан выше: отметьте все направляемые ему вопросы в одном месте.';
      if (t.questionIds.length === 0) errs[`targets.${i}.questionIds`] = 'Отметьте вопросы, которые направляются в этот орган.';
    });
    reset(errs);
    if (Object.keys(errs).length === 0) setStep('confirm');
    else setAttempt((n) => n + 1);
  }

  async function submit() {
    const sent = await run(async () => {
      const result = await api<RedirectResult>('POST', `/api/appeals/${appealId}/redirect`, {
        migration,
        targets: targets.map((t) => ({ bodyId: t.bodyId, questionIds: questions.filter((q) => t.questionIds.includes(q.id)).map((q) => q.id) })),
      });
      onClose();
      onDone(result, new Map(targets.map((t) => [t.bodyId ?? 0, t.bodyName])));
    });
    if (!sent) {
      setStep('form');
      setAttempt((n) => n + 1);
    }
  }

  const questionOf = (id: number) => questions.find((q) => q.id === id);
  const listError = fieldErrors.targets ?? fieldErrors.migration;

  return (
    <>
      {/* The form stays mounted while the confirmation is shown: «Назад» returns to it exactly as it was. */}
      <div style={step === 'form' ? undefined : { display: 'none' }}>
        <form ref={formRef} onSubmit={next} noValidate>
          <Stack>
            <Text size="sm">
              Обращение, содержащее вопросы, решение которых не входит в компетенцию организации, направляется в течение 7 дней со дня регистрации в соответствующий орган или
              должностному лицу, в компетенцию которых входит решение поставленных вопросов, с уведомлением автора о переадресации (ч. 3 ст. 8 Федерального закона № 59-ФЗ).
              Вопросы, относящиеся к компетенции нескольких органов, направляются в каждый из них.
            </Text>
            <Checkbox
              label="Сведения о нарушении миграционного законодательства (5 дней, 59-ФЗ ст. 8 ч. 3.1)"
              description="Обращение содержит информацию о фактах возможных нарушений законодательства Российской Федерации в сфере миграции"
              checked={migration}
              onChange={(e) => {
                setMigration(e.currentTarget.checked);
                clear('migration');
              }}
              error={fieldErrors.migration}
            />
            {due && (
              <Group gap="xs" data-testid="redirect-due-preview">
                <Text size="sm">Срок направления:</Text>
                <DeadlineDate date={due.date} steps={due.steps} label="Как рассчитан срок направления" />
                {due.date < today && (
                  <Text size="sm" c="red.9" fw={700}>
                    срок истёк — обращение будет направлено с отметкой о пропуске срока
                  </Text>
                )}
              </Group>
            )}

            {targets.map((t, i) => (
              <Fieldset key={t.key} legend={`Орган № ${i + 1}`} tabIndex={-1} data-invalid={fieldErrors[`targets.${i}.bodyId`] || fieldErrors[`targets.${i}.questionIds`] ? 'true' : undefined}>
                <Stack gap="sm">
                  <ExternalBodySelect
                    label="Орган или должностное лицо"
                    description="Из справочника органов и организаций; письмо направляется по почтовому адресу органа, при его отсутствии — по электронной почте"
                    required
                    value={t.bodyId}
                    onChange={(id, body) => update(i, { bodyId: id, bodyName: body?.name ?? '' })}
                    error={fieldErrors[`targets.${i}.bodyId`]}
                  />
                  <Checkbox.Group
                    label="Направляемые вопросы"
                    description={questions.length > 1 ? 'Вопрос, относящийся к компетенции нескольких органов, отметьте у каждого из них' : undefined}
                    required
                    value={t.questionIds.map(String)}
                    onChange={(v) => update(i, { questionIds: v.map(Number) })}
                    error={fieldErrors[`targets.${i}.questionIds`]}
                  >
                    <Stack gap={6} mt={6}>
                      {questions.map((q) => {
                        const already = sentTo(q.id);
                        const note = [q.annotation, already.length > 0 ? `уже направлен: ${already.join('; ')}` : ''].filter(Boolean).join(' · ');
                        return <Checkbox key={q.id} value={String(q.id)} label={questionLabel(q)} description={note || undefined} />;
                      })}
                    </Stack>
                  </Checkbox.Group>
                  {targets.length > 1 && (
                    <Group justify="flex-end">
                      <Button variant="subtle" color="red" size="compact-sm" onClick={() => remove(i)}>
                        Удалить орган № {i + 1}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Fieldset>
            ))}
            <Group>
              <Button variant="light" onClick={() => setTargets((ts) => [...ts, emptyTarget()])} disabled={targets.length >= MAX_TARGETS}>
                Добавить орган
              </Button>
              {listError && (
                <Text size="sm" c="red.8">
                  {listError}
                </Text>
              )}
            </Group>
            {staying.length > 0 && targets.some((t) => t.questionIds.length > 0) && (
              <Text size="sm" c="dimmed">
                Не направляются: {staying.map((q) => `№ ${q.position}`).join(', ')} — эти вопросы остаются на рассмотрении в организации.
              </Text>
            )}
            <DialogFooter error={error} errorTitle="Обращение не направлено" errorTestId="redirect-refusal" busy={busy} onCancel={onClose} submitLabel="Далее" />
          </Stack>
        </form>
      </div>

      {step === 'confirm' && (
        <Stack data-testid="redirect-confirm" ref={confirmRef} tabIndex={-1} style={{ outline: 'none' }}>
          <Text size="sm" fw={600}>
            Направить обращение{label ? ` ${label}` : ''} по компетенции?
          </Text>
          <List size="sm" spacing={4} aria-label="Куда направляется обращение">
            {targets.map((t) => (
              <List.Item key={t.key}>
                <Text span size="sm" fw={600}>
                  {t.bodyName}
                </Text>
                {' — '}
                {t.questionIds
                  .map(questionOf)
                  .filter((q): q is QuestionView => q !== undefined)
                  .sort((a, b) => a.position - b.position)
                  .map((q) => `вопрос ${questionLabel(q)}`)
                  .join('; ')}
              </List.Item>
            ))}
          </List>
          {migration && <Text size="sm">Обращение содержит сведения о нарушении миграционного законодательства: срок направления — 5 дней (ч. 3.1 ст. 8 Федерального закона № 59-ФЗ).</Text>}
          {due && (
            <Text size="sm">
              Срок направления — {formatDateRu(due.date)}
              {due.date < today ? ' (пропущен)' : ''}.
            </Text>
          )}
          <Text size="sm">
            {staying.length === 0
              ? 'Обращение направляется полностью: его состояние станет «Направлено по компетенции».'
              : `Вопросы ${staying.map((q) => `№ ${q.position}`).join(', ')} остаются на рассмотрении в организации.`}
          </Text>
          <Text size="sm">
            В {targets.length === 1 ? 'орган будет зарегистрировано сопроводительное письмо' : 'каждый орган будет зарегистрировано сопроводительное письмо'} с исходящим номером,
            автору обращения — уведомление о переадресации; документы будут поставлены в очередь отправки. Отменить направление нельзя.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('form')} disabled={busy}>
              Назад
            </Button>
            <Button onClick={() => void submit()} loading={busy}>
              Направить
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}

type DuePreview = { date: string; steps: ExplanationStepView[] };

/** The term as the deadline engine computes it (rule `redirect` or `migration-redirect` from the registration date). */
function useRedirectDue(registrationDate: string, migration: boolean): DuePreview | null {
  const [due, setDue] = useState<Record<string, DuePreview>>({});
  const ruleId = migration ? 'migration-redirect' : 'redirect';
  const known = due[ruleId];
  useEffect(() => {
    if (known) return;
    let cancelled = false;
    api<DuePreview>('POST', '/api/deadlines/preview', { ruleId, start: registrationDate })
      .then((p) => {
        if (!cancelled) setDue((d) => ({ ...d, [ruleId]: { date: p.date, steps: p.steps } }));
      })
      // Without the preview the server still computes the term on redirecting and says it in the result.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [ruleId, registrationDate, known]);
  return known ?? null;
}
