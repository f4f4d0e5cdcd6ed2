import { useState, type FormEvent } from 'react';
import { Modal, Select, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { ListLoadError } from '../../components/load-state';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
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
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Обращение не передано. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (toUserId === null) {
      setFieldErrors({ toUserId: 'Выберите главу или заместителя.' });
      return;
    }
    await run(async () => {
      const res = await api<{ status: string; resolutionDeadline: string }>('POST', `/api/appeals/${appealId}/hand-over`, { toUserId });
      const name = deciders.data?.find((d) => d.userId === toUserId)?.name ?? '';
      showSuccess(`Обращение передано на резолюцию${name ? `: ${name}` : ''}. Срок вынесения резолюции — ${formatDateRu(res.resolutionDeadline)}.`);
      onClose();
      onDone();
    });
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
            setFieldErrors({});
          }}
          error={fieldErrors.toUserId}
        />
        <ListLoadError query={deciders} title="Список главы и заместителей не загрузился" />
        <DialogFooter error={error} errorTitle="Обращение не передано" busy={busy} onCancel={onClose} submitLabel="Передать" />
      </Stack>
    </form>
  );
}
