import { Button, Checkbox, Group, Modal, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import type { Position, Unit } from './types';
import { useDialog } from './use-dialog';
import { ActiveCell, EditCell, FormActions } from './table-cells';
import { useForm } from './use-form';
import { nameById, useStructure } from './use-structure';
import { unitSelectData } from './structure-options';

/** ADM-1: the positions (должности) officials hold; a head's position marks the unit's head. */
export function PositionsPage() {
  const { units, positions } = useStructure();
  const dialog = useDialog<Position>();
  const sortKey = (p: Position) => `${nameById(units.data, p.unitId) ?? '\uffff'}\u0000${p.name}`;

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Должности, которые замещают должностные лица и пользователи.
        </Text>
        <Button onClick={() => dialog.open(null)}>Добавить должность</Button>
      </Group>
      <LoadState query={positions} isEmpty={(d) => d.length === 0} empty="Должности ещё не заведены. Добавьте первую должность.">
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Наименование должности</Table.Th>
                  <Table.Th>Подразделение</Table.Th>
                  <Table.Th>Руководитель</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list]
                  .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'ru'))
                  .map((p) => (
                    <Table.Tr key={p.id} c={p.active ? undefined : 'dimmed'}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{nameById(units.data, p.unitId) ?? '—'}</Table.Td>
                      <Table.Td>{p.isHead ? 'руководитель' : '—'}</Table.Td>
                      <ActiveCell active={p.active} />
                      <EditCell name={p.name} onEdit={() => dialog.open(p)} />
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={dialog.target ? 'Изменение должности' : 'Новая должность'} size="lg">
        <PositionForm
          key={dialog.key}
          position={dialog.target}
          units={units.data ?? []}
          onCancel={dialog.close}
          onSaved={(p) => {
            dialog.close();
            showSuccess(`Должность «${p.name}» сохранена.`);
            positions.reload();
          }}
        />
      </Modal>
    </Stack>
  );
}

function PositionForm({ position, units, onSaved, onCancel }: { position: Position | null; units: readonly Unit[]; onSaved: (p: Position) => void; onCancel: () => void }) {
  const form = useForm({ name: position?.name ?? '', unitId: position?.unitId ?? null, isHead: position?.isHead ?? false, active: position?.active ?? true });
  const { values, set, error } = form;
  const unitData = unitSelectData(units, { keep: [position?.unitId ?? null] });
  const submit = form.submit(async (v) => {
    const body = { name: v.name, unitId: v.unitId, isHead: v.isHead, active: v.active };
    onSaved(await api<Position>(position ? 'PUT' : 'POST', position ? `/api/admin/positions/${position.id}` : '/api/admin/positions', body));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Наименование должности" required data-autofocus autoComplete="off" value={values.name} error={error('name')} onChange={(e) => set('name', e.currentTarget.value)} />
        <Select<number>
          label="Подразделение"
          placeholder="Не относится к подразделению"
          searchable
          clearable
          nothingFoundMessage="Подразделение не найдено"
          data={unitData.data}
          renderOption={unitData.renderOption}
          value={values.unitId}
          error={error('unitId')}
          onChange={(v) => set('unitId', v)}
        />
        <Checkbox label="Руководитель органа или подразделения" checked={values.isHead} error={error('isHead')} onChange={(e) => set('isHead', e.currentTarget.checked)} />
        <Switch label="Действует" description="Недействующая должность не предлагается при выборе" checked={values.active} error={error('active')} onChange={(e) => set('active', e.currentTarget.checked)} />
        <FormActions busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
