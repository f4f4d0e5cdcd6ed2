import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, Modal, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { personLabel, type StaffPerson } from './consideration-model';

type Props = { answerId: number; label: string; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * ANS-4, ANS-5 (HMR 8.1): the drafter sends the draft along its route — those who approve it, in the
 * order chosen, and the head or a deputy who signs last.
 */
export function AnswerRouteDialog({ answerId, label, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Согласование ответа по обращению ${label}` : 'Согласование ответа'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <RouteForm answerId={answerId} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function RouteForm({ answerId, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const signers = useQuery<StaffPerson[]>('/api/answers/signers');
  const approvers = useQuery<StaffPerson[]>('/api/answers/approvers');
  const [approverIds, setApproverIds] = useState<number[]>([]);
  const [signerId, setSignerId] = useState<number | null>(null);
  const { busy, error, setFieldErrors, fieldError, run } = useSubmit('Проект не направлен. Повторите действие.');

  const people = [...(approvers.data ?? []), ...(signers.data ?? [])];
  const nameOf = (id: number) => people.find((p) => p.userId === id)?.name ?? `сотрудник (код ${id})`;
  const listError = approvers.error ?? signers.error;

  function move(index: number, by: -1 | 1) {
    setApproverIds((ids) => {
      const next = [...ids];
      const [id] = next.splice(index, 1);
      next.splice(index + by, 0, id!);
      return next;
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (signerId === null) {
      setFieldErrors({ signerUserId: 'Выберите, кто подписывает ответ.' });
      return;
    }
    await run(async () => {
      await api('POST', `/api/answers/${answerId}/approval`, { approverUserIds: approverIds, signerUserId: signerId });
      showSuccess(`Проект ответа направлен ${approverIds.length > 0 ? `на согласование: ${nameOf(approverIds[0]!)}` : `на подпись: ${nameOf(signerId)}`}.`);
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Select<number>
          label="Подписывает"
          description="Глава или заместитель (HMR 8.1): подписание — последний шаг маршрута"
          required
          data-autofocus
          placeholder={signers.data ? 'Выберите должностное лицо' : 'Загрузка списка…'}
          data={(signers.data ?? []).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={signerId}
          onChange={(id) => {
            setSignerId(id);
            setApproverIds((ids) => ids.filter((x) => x !== id));
            setFieldErrors({});
          }}
          error={fieldError('signerUserId')}
        />
        <MultiSelect<number>
          label="Согласующие до подписания (по порядку)"
          description="Согласуют проект до подписания в порядке выбора; можно никого не указывать"
          searchable
          placeholder={approvers.data ? (approverIds.length ? undefined : 'Выберите сотрудников') : 'Загрузка списка…'}
          nothingFoundMessage="Не найдено"
          data={(approvers.data ?? []).filter((p) => p.userId !== signerId).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={approverIds}
          onChange={(ids) => {
            setApproverIds(ids);
            setFieldErrors({});
          }}
          error={fieldError('approverUserIds')}
        />
        {(approverIds.length > 0 || signerId !== null) && (
          <Stack gap={4}>
            <Text size="sm" fw={600} id="answer-route-preview">
              Маршрут
            </Text>
            <List type="ordered" size="sm" spacing={4} aria-labelledby="answer-route-preview" data-testid="route-preview">
              {approverIds.map((id, i) => (
                <List.Item key={id}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{nameOf(id)} — согласует</Text>
                    {i > 0 && (
                      <Button variant="subtle" size="compact-xs" onClick={() => move(i, -1)} aria-label={`${nameOf(id)}: согласует раньше`}>
                        Выше
                      </Button>
                    )}
                    {i < approverIds.length - 1 && (
                      <Button variant="subtle" size="compact-xs" onClick={() => move(i, 1)} aria-label={`${nameOf(id)}: согласует позже`}>
                        Ниже
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
              {signerId !== null && <List.Item>{nameOf(signerId)} — подписывает</List.Item>}
            </List>
          </Stack>
        )}
        {listError && (
          <Alert color="red" role="alert" title="Список сотрудников не загрузился">
            <Group gap="sm">
              <Text size="sm">{listError.message}</Text>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  approvers.reload();
                  signers.reload();
                }}
              >
                Повторить
              </Button>
            </Group>
          </Alert>
        )}
        <DialogFooter error={error} errorTitle="Проект не направлен на согласование" busy={busy} onCancel={onClose} submitLabel="Направить на согласование" />
      </Stack>
    </form>
  );
}
