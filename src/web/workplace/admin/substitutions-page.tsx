import { Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { modals } from '@mantine/modals';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError, showSuccess } from '../../components/form-errors';
import { useSession } from '../../session/session';
import type { Substitution, UserView } from './types';
import { useDialog } from './use-dialog';
import { Tag } from './tag';
import { useForm } from './use-form';

type State = 'active' | 'planned' | 'finished' | 'cancelled';
const stateView: Record<State, { label: string; color: string }> = {
  active: { label: 'Действует', color: 'green' },
  planned: { label: 'Запланировано', color: 'blue' },
  finished: { label: 'Завершено', color: 'gray' },
  cancelled: { label: 'Отменено', color: 'red' },
};

/** Dates are calendar dates in the organisation's time zone ('YYYY-MM-DD' compares as text). */
function substitutionState(s: Substitution, today: string): State {
  if (s.cancelled) return 'cancelled';
  if (today < s.dateFrom) return 'planned';
  if (today > s.dateTo) return 'finished';
  return 'active';
}

function todayIn(timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  }
}

const ruDate = (iso: string) => iso.split('-').reverse().join('.');

/** ADM-1: лицо, замещающее — who acts for an absent colleague, from when to when, on what ground. */
export function SubstitutionsPage() {
  const list = useQuery<Substitution[]>('/api/admin/substitutions');
  const users = useQuery<UserView[]>('/api/admin/users');
  const dialog = useDialog<never>();
  const today = todayIn(useSession().session?.organisation?.timeZone);

  function cancel(s: Substitution) {
    modals.openConfirmModal({
      title: 'Отмена замещения',
      children: (
        <Text size="sm">
          Отменить замещение: {s.substituteName} замещает {s.absentName} с {ruDate(s.dateFrom)} по {ruDate(s.dateTo)}? Если замещающий сейчас действует за отсутствующего, его полномочия прекратятся при следующем обращении к системе.
        </Text>
      ),
      labels: { confirm: 'Отменить замещение', cancel: 'Не отменять' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: async () => {
        try {
          await api('POST', `/api/admin/substitutions/${s.id}/cancel`);
          showSuccess('Замещение отменено.');
        } catch (e) {
          showApiError(e);
        } finally {
          list.reload();
        }
      },
    });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          На время замещения замещающий может действовать за отсутствующего сотрудника с его полномочиями.
        </Text>
        <Button onClick={() => dialog.open(null)}>Назначить замещение</Button>
      </Group>
      <LoadState query={list} isEmpty={(d) => d.length === 0} empty="Замещения не назначались.">
        {(rows) => (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Кто замещает</Table.Th>
                  <Table.Th>Кого замещает</Table.Th>
                  <Table.Th>С</Table.Th>
                  <Table.Th>По</Table.Th>
                  <Table.Th>Основание</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => {
                  const state = substitutionState(s, today);
                  return (
                    <Table.Tr key={s.id} c={state === 'cancelled' || state === 'finished' ? 'dimmed' : undefined}>
                      <Table.Td>{s.substituteName}</Table.Td>
                      <Table.Td>{s.absentName}</Table.Td>
                      <Table.Td>{ruDate(s.dateFrom)}</Table.Td>
                      <Table.Td>{ruDate(s.dateTo)}</Table.Td>
                      <Table.Td>{s.reason}</Table.Td>
                      <Table.Td>
                        <Tag color={stateView[state].color}>
                          {stateView[state].label}
                        </Tag>
                      </Table.Td>
                      <Table.Td>
                        {(state === 'active' || state === 'planned') && (
                          <Button size="compact-sm" variant="subtle" color="red" aria-label={`Отменить замещение: ${s.substituteName} за ${s.absentName}`} onClick={() => cancel(s)}>
                            Отменить
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title="Назначение замещения" size="lg">
        <LoadState query={users}>
          {(userList) => (
            <SubstitutionForm
              key={dialog.key}
              users={userList}
              today={today}
              onCancel={dialog.close}
              onSaved={() => {
                dialog.close();
                showSuccess('Замещение назначено.');
                list.reload();
              }}
            />
          )}
        </LoadState>
      </Modal>
    </Stack>
  );
}

type FormValues = { substituteUserId: number | null; absentUserId: number | null; dateFrom: string | null; dateTo: string | null; reason: string };

function SubstitutionForm({ users, today, onSaved, onCancel }: { users: readonly UserView[]; today: string; onSaved: () => void; onCancel: () => void }) {
  const form = useForm<FormValues>({ substituteUserId: null, absentUserId: null, dateFrom: today, dateTo: null, reason: '' });
  const { values, set, error } = form;
  const label = (u: UserView) => `${u.fullName}${u.positionName ? `, ${u.positionName}` : ''}`;
  const substitutes = users.filter((u) => u.active && u.id !== values.absentUserId).map((u) => ({ value: u.id, label: label(u) }));
  const absent = users.filter((u) => u.id !== values.substituteUserId).map((u) => ({ value: u.id, label: u.active ? label(u) : `${label(u)} (отключён)` }));
  const submit = form.submit(async (v) => {
    // Empty choices go to the server as they are, so all its messages appear under the fields at once;
    // an empty date gets a plainer message than the server's one about the format.
    try {
      await api('POST', '/api/admin/substitutions', { substituteUserId: v.substituteUserId, absentUserId: v.absentUserId, dateFrom: v.dateFrom ?? '', dateTo: v.dateTo ?? '', reason: v.reason });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const fields = { ...e.fields };
      if (!v.dateFrom && fields.dateFrom) fields.dateFrom = 'Укажите дату начала замещения.';
      if (!v.dateTo && fields.dateTo) fields.dateTo = 'Укажите дату окончания замещения.';
      throw new ApiError(e.status, e.code, e.message, fields);
    }
    onSaved();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select<number> label="Отсутствующий сотрудник (кого замещают)" required searchable nothingFoundMessage="Сотрудник не найден" data={absent} value={values.absentUserId} error={error('absentUserId')} onChange={(v) => set('absentUserId', v)} />
        <Select<number> label="Замещающий сотрудник" description="Только действующие учётные записи" required searchable nothingFoundMessage="Сотрудник не найден" data={substitutes} value={values.substituteUserId} error={error('substituteUserId')} onChange={(v) => set('substituteUserId', v)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DatePickerInput label="С" required valueFormat="DD.MM.YYYY" placeholder="ДД.ММ.ГГГГ" value={values.dateFrom} error={error('dateFrom')} onChange={(v) => set('dateFrom', v)} />
          <DatePickerInput label="По (включительно)" required valueFormat="DD.MM.YYYY" placeholder="ДД.ММ.ГГГГ" minDate={values.dateFrom ?? undefined} value={values.dateTo} error={error('dateTo')} onChange={(v) => set('dateTo', v)} />
        </SimpleGrid>
        <TextInput label="Основание" description="Например: приказ от 10.03.2026 № 45-к (ежегодный отпуск)" required autoComplete="off" value={values.reason} error={error('reason')} onChange={(e) => set('reason', e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" loading={form.busy}>
            Назначить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
