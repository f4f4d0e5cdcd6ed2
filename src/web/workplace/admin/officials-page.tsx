import { Alert, Anchor, Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import type { Official, Position, Unit } from './types';
import { useDialog } from './use-dialog';
import { ActiveCell, EditCell, FormActions } from './table-cells';
import { useForm } from './use-form';
import { nameById, useStructure } from './use-structure';
import { PersonFields, personBody, personValues } from './person-fields';

/** ADM-1: officials (должностные лица), with or without an account — e.g. a head who signs on paper. */
export function OfficialsPage() {
  const officials = useQuery<Official[]>('/api/structure/officials');
  const { units, positions } = useStructure();
  const dialog = useDialog<Official>();

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Должностные лица, в том числе не работающие в системе (например, подписывающие ответы на бумаге).
        </Text>
        <Button onClick={() => dialog.open(null)}>Добавить должностное лицо</Button>
      </Group>
      <LoadState query={officials} isEmpty={(d) => d.length === 0} empty="Должностные лица ещё не заведены.">
        {(list) => (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>ФИО</Table.Th>
                  <Table.Th>Должность</Table.Th>
                  <Table.Th>Подразделение</Table.Th>
                  <Table.Th>Телефон</Table.Th>
                  <Table.Th>Учётная запись</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list]
                  .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'))
                  .map((o) => (
                    <Table.Tr key={o.id} c={o.active ? undefined : 'dimmed'}>
                      <Table.Td>{o.fullName}</Table.Td>
                      <Table.Td>{nameById(positions.data, o.positionId) ?? '—'}</Table.Td>
                      <Table.Td>{nameById(units.data, o.unitId) ?? '—'}</Table.Td>
                      <Table.Td>{o.phone ?? '—'}</Table.Td>
                      <Table.Td>{o.userId !== null ? 'есть' : 'нет'}</Table.Td>
                      <ActiveCell active={o.active} />
                      <EditCell name={o.fullName} onEdit={() => dialog.open(o)} />
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={dialog.target ? `Изменение: ${dialog.target.fullName}` : 'Новое должностное лицо'} size="xl">
        <OfficialForm
          key={dialog.key}
          official={dialog.target}
          units={units.data ?? []}
          positions={positions.data ?? []}
          onCancel={dialog.close}
          onSaved={(o) => {
            dialog.close();
            showSuccess(`Сведения о должностном лице ${o.fullName} сохранены.`);
            officials.reload();
          }}
        />
      </Modal>
    </Stack>
  );
}

type FormProps = { official: Official | null; units: readonly Unit[]; positions: readonly Position[]; onSaved: (o: Official) => void; onCancel: () => void };

function OfficialForm({ official, units, positions, onSaved, onCancel }: FormProps) {
  const initial = personValues(official);
  const form = useForm({ ...initial, active: official?.active ?? true });
  const { values, error } = form;
  const hasAccount = official !== null && official.userId !== null;
  const submit = form.submit(async (v) => {
    const body = { ...personBody(v), active: v.active };
    onSaved(await api<Official>(official ? 'PUT' : 'POST', official ? `/api/admin/officials/${official.id}` : '/api/admin/officials', body));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {hasAccount && (
          <Alert color="blue">
            У должностного лица есть учётная запись пользователя. Роли, пароль, включение и отключение учётной записи изменяются в разделе{' '}
            <Anchor component={Link} to="/app/admin/users">
              «Пользователи»
            </Anchor>
            .
          </Alert>
        )}
        <PersonFields values={values} patch={form.patch} error={error} units={units} positions={positions} initial={initial} autoFocus />
        <Switch
          label="Действует"
          description={hasAccount ? 'Для должностного лица с учётной записью состояние меняется включением или отключением учётной записи' : 'Недействующее должностное лицо не предлагается при выборе'}
          disabled={hasAccount}
          checked={values.active}
          error={error('active')}
          onChange={(e) => form.set('active', e.currentTarget.checked)}
        />
        <FormActions busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
