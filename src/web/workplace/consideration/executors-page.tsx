import { useState, type FormEvent } from 'react';
import { Anchor, Button, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState, ListLoadError } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { assignmentRoleLabels, daysLeftText, personLabel, type MyAssignmentRow, type StaffPerson } from '../appeal/consideration-model';

type WorkloadRow = { userId: number; active: boolean; name: string; unit: string | null; position: string | null; open: number; responsible: number; overdue: number; nearestDue: string | null };

/**
 * «Поручения исполнителей» (ROU-12, KHV 2.7.4): every executor's open work — how many, overdue, the
 * nearest date — and, when one goes on leave, is transferred or dismissed, the hand-over of all his
 * open assignments to another by the head's order. Nothing in work is lost: a deactivated user who
 * still holds assignments stays on the list, marked.
 */
export function ExecutorsPage() {
  const workload = useQuery<WorkloadRow[]>('/api/executors/workload');
  const [from, setFrom] = useState<WorkloadRow | null>(null);
  return (
    <Stack>
      <Title order={1} size="h2">
        Поручения исполнителей
      </Title>
      <Text size="sm" c="dimmed">
        Перед отпуском, переводом или увольнением сотрудника все его поручения на исполнении передаются другому исполнителю (KHV 2.7.4): части резолюции, роли и сроки
        сохраняются.
      </Text>
      <LoadState query={workload} isEmpty={(rows) => rows.length === 0} empty="Исполнителей нет: назначьте сотрудникам роль «Исполнитель» в разделе «Администрирование».">
        {(rows) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" aria-label="Поручения исполнителей">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Исполнитель</Table.Th>
                  <Table.Th>На исполнении</Table.Th>
                  <Table.Th>Ответственный</Table.Th>
                  <Table.Th>Просрочено</Table.Th>
                  <Table.Th>Ближайший срок</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.userId} data-testid="executor-row">
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {r.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[r.position, r.unit].filter(Boolean).join(', ') || '—'}
                      </Text>
                      {!r.active && <Tag color="gray">учётная запись отключена</Tag>}
                    </Table.Td>
                    <Table.Td>{r.open}</Table.Td>
                    <Table.Td>{r.responsible}</Table.Td>
                    <Table.Td>{r.overdue > 0 ? <Tag color="red">{r.overdue}</Tag> : '0'}</Table.Td>
                    <Table.Td>{r.nearestDue ? formatDateRu(r.nearestDue) : '—'}</Table.Td>
                    <Table.Td>
                      {r.open > 0 && (
                        <Button size="xs" variant="light" onClick={() => setFrom(r)} aria-label={`Передать поручения: ${r.name}`}>
                          Передать поручения
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      {from && <HandOverWorkDialog from={from} onClose={() => setFrom(null)} onDone={workload.reload} />}
    </Stack>
  );
}

const reasons = ['Отпуск', 'Временная нетрудоспособность', 'Командировка', 'Перевод на другую должность', 'Увольнение', 'Иное'];

function HandOverWorkDialog({ from, onClose, onDone }: { from: WorkloadRow; onClose: () => void; onDone: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Передача поручений: ${from.name}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <HandOverWorkForm from={from} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function HandOverWorkForm({ from, onClose, onDone }: { from: WorkloadRow; onClose: () => void; onDone: () => void }) {
  const assignments = useQuery<MyAssignmentRow[]>(`/api/executors/${from.userId}/assignments`);
  const executors = useQuery<StaffPerson[]>('/api/consideration/executors');
  const [toUserId, setToUserId] = useState<number | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [details, setDetails] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Поручения не переданы. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const messages: Record<string, string> = {};
    if (toUserId === null) messages.toUserId = 'Выберите исполнителя, которому передаются поручения.';
    if (!reason) messages.reason = 'Укажите основание передачи.';
    if (reason === 'Иное' && details.trim().length < 3) messages.reason = 'Опишите основание передачи.';
    if (Object.keys(messages).length > 0) return setFieldErrors(messages);
    const text = [reason, details.trim()].filter(Boolean).join(': ');
    await run(async () => {
      const res = await api<{ moved: unknown[] }>('POST', `/api/executors/${from.userId}/hand-over`, { toUserId, reason: text });
      const name = executors.data?.find((p) => p.userId === toUserId)?.name ?? '';
      showSuccess(`Передано поручений: ${res.moved.length}${name ? `. Исполнитель: ${name}` : ''}.`);
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <LoadState query={assignments} isEmpty={(rows) => rows.length === 0} empty="У сотрудника нет поручений на исполнении.">
          {(rows) => (
            <Table.ScrollContainer minWidth={700} mah={320}>
              <Table verticalSpacing={4} withTableBorder aria-label="Передаваемые поручения" data-testid="handed-over-assignments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Обращение</Table.Th>
                    <Table.Th>Роль</Table.Th>
                    <Table.Th>Поручение</Table.Th>
                    <Table.Th>Срок</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((a) => (
                    <Table.Tr key={a.id} style={{ verticalAlign: 'top' }}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/app/appeals/${a.appealId}`} size="sm">
                          № {a.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{assignmentRoleLabels[a.role]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.instruction}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateRu(a.due)}
                        <Text size="xs" c={a.overdue ? 'red' : 'dimmed'}>
                          {daysLeftText(a.daysLeft)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </LoadState>
        <Select<number>
          label="Кому передать"
          required
          data-autofocus
          searchable
          placeholder={executors.error ? 'Список не загрузился' : executors.data ? 'Выберите исполнителя' : 'Загрузка списка…'}
          data={(executors.data ?? []).filter((p) => p.userId !== from.userId).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={toUserId}
          onChange={(v) => {
            setToUserId(v);
            setFieldErrors({});
          }}
          error={fieldErrors.toUserId}
        />
        <ListLoadError query={executors} title="Список исполнителей не загрузился" />
        <Select label="Основание" required placeholder="Выберите основание" data={reasons} value={reason} onChange={setReason} error={fieldErrors.reason} />
        <TextInput label={reason === 'Иное' ? 'Опишите основание' : 'Уточнение (приказ, период)'} value={details} onChange={(e) => setDetails(e.currentTarget.value)} maxLength={400} />
        <Text size="sm">
          Передаётся поручений: {assignments.data?.length ?? '…'}. Прежние поручения будут отмечены «передано другому исполнителю»; сроки не изменяются.
        </Text>
        <DialogFooter error={error} errorTitle="Поручения не переданы" errorTestId="hand-over-work-refusal" busy={busy} onCancel={onClose} submitLabel="Передать поручения" />
      </Stack>
    </form>
  );
}
