import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { showApiError, showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import type { ConsiderationView } from './consideration-model';
import { AdditionalControlDialog } from './additional-control-dialog';

type Props = { appealId: number; label: string; view: ConsiderationView; today: string; onDecided: () => void };

/** Where a decision on control can be taken (lifecycle: keep from in-work, answered, redirected; remove from answered, redirected). */
const decidable: readonly ConsiderationView['status'][] = ['in-work', 'answered', 'redirected'];

/**
 * CTL-2 (HMR 11.5–11.7, KHV 2.4.8): the head removes the appeal from control — only when every
 * question has its result and the answer has been sent; what is missing is shown and the button
 * stays disabled — or keeps it on control with a reason.
 */
export function ControlActions({ appealId, label, view, today, onDecided }: Props) {
  const [keeping, setKeeping] = useState(false);
  const [additional, setAdditional] = useState(false);
  if (!decidable.includes(view.status)) return null;
  const obstacles = view.removalObstacles;
  const blocked = obstacles.length > 0;
  // CTL-1 (DUKI 7.3–7.4): an answered appeal whose answer promised a solution by a date.
  const canAdditional = view.status === 'answered' && !(view.additionalControl && view.additionalControl.closedAt === null);

  function remove() {
    modals.openConfirmModal({
      title: 'Снятие с контроля',
      children: (
        <Text size="sm">
          Снять обращение{label ? ` ${label}` : ''} с контроля? Этим подтверждается, что все поставленные в нём вопросы рассмотрены объективно и всесторонне, меры
          приняты и ответ направлен. Отменить снятие с контроля нельзя.
        </Text>
      ),
      labels: { confirm: 'Снять с контроля', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api('POST', `/api/appeals/${appealId}/control`, { decision: 'remove' })
          .then(() => showSuccess(label ? `Обращение ${label} снято с контроля.` : 'Обращение снято с контроля.'))
          .catch(showApiError)
          .finally(onDecided),
    });
  }

  return (
    <Stack gap="xs" data-testid="control-actions">
      <Title order={3} size="h5">
        Контроль
      </Title>
      {blocked && (
        <Alert color="yellow" title="Снять с контроля пока нельзя" id="removal-obstacles" data-testid="removal-obstacles">
          <List size="sm" spacing={2}>
            {obstacles.map((o) => (
              <List.Item key={o}>{o}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group gap="sm">
        <Button color="teal.9" onClick={remove} disabled={blocked} aria-describedby={blocked ? 'removal-obstacles' : undefined}>
          Снять с контроля
        </Button>
        <Button variant="light" onClick={() => setKeeping(true)}>
          Оставить на контроле
        </Button>
        {canAdditional && (
          <Button variant="light" color="orange" onClick={() => setAdditional(true)}>
            Поставить на дополнительный контроль
          </Button>
        )}
      </Group>
      {canAdditional && <AdditionalControlDialog appealId={appealId} label={label} view={view} today={today} opened={additional} onClose={() => setAdditional(false)} onDone={onDecided} />}
      <Modal opened={keeping} onClose={() => setKeeping(false)} title="Оставить обращение на контроле" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        <KeepForm appealId={appealId} label={label} current={view.keptOnControlReason} onClose={() => setKeeping(false)} onDone={onDecided} />
      </Modal>
    </Stack>
  );
}

function KeepForm({ appealId, label, current, onClose, onDone }: { appealId: number; label: string; current: string | null; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState(current ?? '');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Решение не сохранено. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setFieldErrors({ reason: 'Укажите, почему обращение оставлено на контроле.' });
      return;
    }
    await run(async () => {
      await api('POST', `/api/appeals/${appealId}/control`, { decision: 'keep', reason });
      showSuccess(label ? `Обращение ${label} оставлено на контроле.` : 'Обращение оставлено на контроле.');
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Textarea
          label="Причина"
          description="Например: ожидается выполнение мер, обещанных в ответе; ответ не полон"
          required
          data-autofocus
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setFieldErrors({});
          }}
          error={fieldErrors.reason}
        />
        <DialogFooter error={error} errorTitle="Решение не сохранено" busy={busy} onCancel={onClose} submitLabel="Оставить на контроле" />
      </Stack>
    </form>
  );
}
