import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import type { AppealCard } from '../registration/form-model';

type Props = { card: AppealCard; opened: boolean; onClose: () => void; onAnnulled: (card: AppealCard) => void };

/**
 * A registered appeal is never deleted: an administrator annuls one registered in error, with the
 * reason, after a second confirmation. The reason is kept in the card and in the timeline.
 */
export function AnnulDialog({ card, opened, onClose, onAnnulled }: Props) {
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  function close() {
    if (busy) return;
    setStep('reason');
    setError(undefined);
    onClose();
  }

  function next(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setFieldError('Укажите причину аннулирования.');
      return;
    }
    setStep('confirm');
  }

  async function annul() {
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api<AppealCard>('POST', `/api/appeals/${card.id}/annul`, { reason });
      setStep('reason');
      onAnnulled(updated);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Обращение не аннулировано.');
      setFieldError(err.fields.reason);
      setError(err.message);
      setStep('reason');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={`Аннулирование обращения № ${card.number}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      {step === 'reason' ? (
        <form onSubmit={next} noValidate>
          <Stack>
            <Text size="sm">
              Аннулируется обращение, зарегистрированное ошибочно (например, дважды). Оно не удаляется: карточка и ход работы сохраняются, обращение не учитывается в работе и
              больше не изменяется.
            </Text>
            <Textarea
              label="Причина аннулирования"
              required
              data-autofocus
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setFieldError(undefined);
              }}
              error={fieldError}
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Отмена
              </Button>
              <Button type="submit" color="red">
                Аннулировать
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm" fw={600}>
            Аннулировать обращение № {card.number}? Отменить аннулирование нельзя.
          </Text>
          <Text size="sm">Причина: {reason.trim()}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('reason')} disabled={busy} data-autofocus>
              Назад
            </Button>
            <Button color="red" onClick={() => void annul()} loading={busy}>
              Да, аннулировать
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
