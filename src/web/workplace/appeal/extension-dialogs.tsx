import { useState, type FormEvent } from 'react';
import { Modal, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import type { ExplanationStepView } from '../../components/deadline-explanation';
import { formatDateRu } from '../../../domain/time/local-date';

/** A memo and the decision on it (GET /api/appeals/:id/extensions). */
export type ExtensionView = {
  id: number;
  reasons: string;
  days: number;
  requestedAt: string;
  requestDue: string;
  deadlineBefore: string;
  decision: 'approved' | 'rejected' | null;
  decidedAt: string | null;
  comment: string;
  newDeadline: string | null;
  /** How the new deadline was computed (recomputed by the server on reading). */
  newDeadlineSteps: ExplanationStepView[];
};

/** The head's decision as the server answers it: the new deadline with the engine's explanation, and warnings. */
export type ExtensionOutcome = { decision: 'approved'; newDeadline: string; steps: ExplanationStepView[]; warnings: string[] } | { decision: 'rejected'; warnings: string[] };

const daysError = (v: number | string) => (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 30 ? 'Укажите число дней от 1 до 30 (ч. 2 ст. 12 Федерального закона № 59-ФЗ).' : undefined);

type RequestProps = { appealId: number; label: string; deadline: string; opened: boolean; onClose: () => void; onDone: () => void };

/** DL-2 (59-ФЗ ст. 12 ч. 2; HMR 5.4): the responsible executor's memo to the head — reasons and days, no later than the lead time. */
export function ExtensionRequestDialog({ label, opened, onClose, ...rest }: RequestProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Продление срока рассмотрения обращения ${label}` : 'Продление срока рассмотрения'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <RequestForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function RequestForm({ appealId, deadline, onClose, onDone }: Omit<RequestProps, 'opened' | 'label'>) {
  const [reasons, setReasons] = useState('');
  const [days, setDays] = useState<number | string>(30);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Служебная записка не подана. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Record<string, string> = {};
    if (reasons.trim().length < 10) local.reasons = 'Изложите причины продления (для фразы «в связи с …»).';
    const d = daysError(days);
    if (d) local.days = d;
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      return;
    }
    await run(async () => {
      await api('POST', `/api/appeals/${appealId}/extensions`, { reasons, days });
      showSuccess('Служебная записка о продлении срока направлена на решение главе.');
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Срок рассмотрения — {formatDateRu(deadline)}. Служебная записка подаётся главе заблаговременно, до истечения срока рассмотрения; продлить срок можно один раз, не более чем
          на 30 дней. Автор будет уведомлён о продлении.
        </Text>
        <Textarea
          label="Причины продления"
          description="Для фразы «в связи с …», например: необходимостью запроса сведений"
          required
          data-autofocus
          autosize
          minRows={3}
          maxLength={2000}
          value={reasons}
          onChange={(e) => {
            setReasons(e.currentTarget.value);
            setFieldErrors((x) => ({ ...x, reasons: '' }));
          }}
          error={fieldErrors.reasons || undefined}
        />
        <NumberInput
          label="На сколько дней продлить"
          description="От 1 до 30 дней"
          required
          min={1}
          max={30}
          allowDecimal={false}
          allowNegative={false}
          w={260}
          value={days}
          onChange={(v) => {
            setDays(v);
            setFieldErrors((x) => ({ ...x, days: '' }));
          }}
          error={fieldErrors.days || undefined}
        />
        <DialogFooter error={error} errorTitle="Служебная записка не подана" errorTestId="extension-refusal" busy={busy} onCancel={onClose} submitLabel="Направить служебную записку" />
      </Stack>
    </form>
  );
}

type DecisionProps = { memo: ExtensionView; label: string; opened: boolean; onClose: () => void; onDecided: (outcome: ExtensionOutcome) => void };

/** DL-2 (HMR 5.5): the head or a deputy extends the term (the days may be changed) or refuses with a reason. */
export function ExtensionDecisionDialog({ label, opened, onClose, ...rest }: DecisionProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Решение о продлении срока рассмотрения обращения ${label}` : 'Решение о продлении срока рассмотрения'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <DecisionForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function DecisionForm({ memo, onClose, onDecided }: Omit<DecisionProps, 'opened' | 'label'>) {
  const [decision, setDecision] = useState<'approved' | 'rejected' | null>(null);
  const [days, setDays] = useState<number | string>(memo.days);
  const [comment, setComment] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Решение не сохранено. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Record<string, string> = {};
    if (decision === null) local.decision = 'Выберите решение: продлить срок или отказать в продлении.';
    if (decision === 'approved' && daysError(days)) local.days = daysError(days)!;
    if (decision === 'rejected' && !comment.trim()) local.comment = 'Укажите, почему в продлении отказано.';
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      return;
    }
    await run(async () => {
      const outcome = await api<ExtensionOutcome>('POST', `/api/extensions/${memo.id}/decision`, decision === 'approved' ? { decision, days, comment } : { decision, comment });
      showSuccess(outcome.decision === 'approved' ? `Срок рассмотрения продлён до ${formatDateRu(outcome.newDeadline)}.` : 'В продлении срока рассмотрения отказано.');
      onClose();
      onDecided(outcome);
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Ответственный исполнитель просит продлить срок рассмотрения ({formatDateRu(memo.deadlineBefore)}) на {memo.days} дн. в связи с {memo.reasons.replace(/[.\s]+$/, '')}.
        </Text>
        <Radio.Group
          label="Решение"
          required
          value={decision}
          onChange={(v) => {
            setDecision(v as 'approved' | 'rejected');
            setFieldErrors({});
          }}
          error={fieldErrors.decision}
        >
          <Stack gap={6} mt={6}>
            <Radio value="approved" label="Продлить срок рассмотрения" data-autofocus />
            <Radio value="rejected" label="Отказать в продлении" />
          </Stack>
        </Radio.Group>
        {decision === 'approved' && (
          <>
            <NumberInput
              label="Продлить на, дней"
              description="Новый срок считается со дня, следующего за днём истечения прежнего срока"
              required
              min={1}
              max={30}
              allowDecimal={false}
              allowNegative={false}
              w={320}
              value={days}
              onChange={(v) => {
                setDays(v);
                setFieldErrors((x) => ({ ...x, days: '' }));
              }}
              error={fieldErrors.days || undefined}
            />
            <Text size="sm" c="dimmed">
              Автору будет направлено уведомление о продлении срока; решение не отменяется.
            </Text>
          </>
        )}
        {decision !== null && (
          <Textarea
            label={decision === 'approved' ? 'Комментарий' : 'Причина отказа'}
            description={decision === 'approved' ? 'Необязательно' : undefined}
            required={decision === 'rejected'}
            autosize
            minRows={2}
            maxLength={2000}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setFieldErrors((x) => ({ ...x, comment: '' }));
            }}
            error={fieldErrors.comment || undefined}
          />
        )}
        <DialogFooter
          error={error}
          errorTitle="Решение не сохранено"
          busy={busy}
          onCancel={onClose}
          submitLabel={decision === 'rejected' ? 'Отказать в продлении' : 'Продлить срок'}
          submitColor={decision === 'rejected' ? 'red' : undefined}
        />
      </Stack>
    </form>
  );
}
