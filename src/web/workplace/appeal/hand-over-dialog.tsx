import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { formatDateRu } from '../../../domain/time/local-date';
import { personLabel, type StaffPerson } from './consideration-model';

type Props = { appealId: number; label: string; opened: boolean; onClose: () => void; onDone: () => void };

/** ROU-1, ROU-6: the registrar passes the appeal to the head or a deputy for a resolution. */
export function HandOverDialog({ appealId, label, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Передача обращения ${label} на резолюцию` : 'Передача обращения на резолюцию'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <HandOverForm appealId={appealId} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function HandOverForm({ appealId, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const deciders = useQuery<StaffPerson[]>('/api/consideration/deciders');
  const [toUserId, setToUserId] = useState<number | null>(null);
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (toUserId === null) {
      setFieldError('Выберите главу или заместителя.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const res = await api<{ status: string; resolutionDeadline: string }>('POST', `/api/appeals/${appealId}/hand-over`, { toUserId });
      const name = deciders.data?.find((d) => d.userId === toUserId)?.name ?? '';
      showSuccess(`Обращение передано на резолюцию${name ? `: ${name}` : ''}. Срок вынесения резолюции — ${formatDateRu(res.resolutionDeadline)}.`);
      onClose();
      onDone();
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Обращение не передано. Повторите действие.');
      setFieldError(apiError.fields.toUserId);
      setError(apiError.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Обращение с регистрационной карточкой передаётся главе или заместителю, к которому оно адресовано. Резолюция выносится в установленный срок; он будет рассчитан с
          даты передачи.
        </Text>
        <Select<number>
          label="Кому передать"
          required
          data-autofocus
          placeholder={deciders.error ? 'Список не загрузился' : deciders.data ? 'Выберите должностное лицо' : 'Загрузка списка…'}
          data={(deciders.data ?? []).map((d) => ({ value: d.userId, label: personLabel(d) }))}
          value={toUserId}
          onChange={(v) => {
            setToUserId(v);
            setFieldError(undefined);
          }}
          error={fieldError}
        />
        {deciders.error && (
          <Alert color="red" role="alert" title="Список главы и заместителей не загрузился">
            <Group gap="sm">
              <Text size="sm">{deciders.error.message}</Text>
              <Button size="xs" variant="light" onClick={deciders.reload}>
                Повторить
              </Button>
            </Group>
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert" title="Обращение не передано">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Отмена
          </Button>
          <Button type="submit" loading={busy}>
            Передать
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
