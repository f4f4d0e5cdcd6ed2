import { Button, Group, Modal, Radio, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import type { Unit } from './types';
import { useDialog } from './use-dialog';
import { ActiveCell, EditCell, FormActions } from './table-cells';
import { useForm } from './use-form';
import { unitTree, unitWithDescendants } from './use-structure';
import { unitSelectData } from './structure-options';

const kindLabels: Record<Unit['kind'], string> = { body: 'орган', department: 'структурное подразделение' };

/** ADM-1: the organisation's bodies and departments as a tree. */
export function UnitsPage() {
  const units = useQuery<Unit[]>('/api/structure/units');
  const dialog = useDialog<Unit>();

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Органы и структурные подразделения; вложенность показывает подчинённость.
        </Text>
        <Button onClick={() => dialog.open(null)}>Добавить подразделение</Button>
      </Group>
      <LoadState query={units} isEmpty={(d) => d.length === 0} empty="Подразделения ещё не заведены. Добавьте орган или структурное подразделение.">
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Наименование</Table.Th>
                  <Table.Th>Вид</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unitTree(list).map(({ unit, depth }) => (
                  <Table.Tr key={unit.id} c={unit.active ? undefined : 'dimmed'}>
                    <Table.Td>
                      <Text size="sm" pl={depth * 24} fw={depth === 0 ? 600 : undefined}>
                        {depth > 0 && (
                          <Text span c="dimmed" aria-hidden>
                            {'└ '}
                          </Text>
                        )}
                        {unit.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{kindLabels[unit.kind]}</Table.Td>
                    <ActiveCell active={unit.active} />
                    <EditCell name={unit.name} onEdit={() => dialog.open(unit)} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={dialog.target ? 'Изменение подразделения' : 'Новое подразделение'} size="lg">
        <UnitForm
          key={dialog.key}
          unit={dialog.target}
          units={units.data ?? []}
          onCancel={dialog.close}
          onSaved={(u) => {
            dialog.close();
            showSuccess(`Подразделение «${u.name}» сохранено.`);
            units.reload();
          }}
        />
      </Modal>
    </Stack>
  );
}

function UnitForm({ unit, units, onSaved, onCancel }: { unit: Unit | null; units: readonly Unit[]; onSaved: (u: Unit) => void; onCancel: () => void }) {
  const form = useForm({ name: unit?.name ?? '', kind: unit?.kind ?? ('department' as Unit['kind']), parentId: unit?.parentId ?? null, active: unit?.active ?? true });
  const { values, set, error } = form;
  // A unit cannot be placed inside itself or its own sub-units.
  const parents = unitSelectData(units, { exclude: unit ? unitWithDescendants(units, unit.id) : undefined, keep: [unit?.parentId ?? null] });
  const submit = form.submit(async (v) => {
    const body = { name: v.name, kind: v.kind, parentId: v.parentId, active: v.active };
    onSaved(await api<Unit>(unit ? 'PUT' : 'POST', unit ? `/api/admin/units/${unit.id}` : '/api/admin/units', body));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Наименование" required data-autofocus autoComplete="off" value={values.name} error={error('name')} onChange={(e) => set('name', e.currentTarget.value)} />
        <Radio.Group label="Вид" required value={values.kind} error={error('kind')} onChange={(v) => set('kind', v === 'body' ? 'body' : 'department')}>
          <Group mt="xs">
            <Radio value="body" label="Орган" />
            <Radio value="department" label="Структурное подразделение" />
          </Group>
        </Radio.Group>
        <Select<number>
          label="Входит в"
          description="Вышестоящий орган или подразделение; оставьте пустым для органа верхнего уровня"
          placeholder="Не входит ни в какое подразделение"
          searchable
          clearable
          nothingFoundMessage="Нет подходящих подразделений"
          data={parents.data}
          renderOption={parents.renderOption}
          value={values.parentId}
          error={error('parentId')}
          onChange={(v) => set('parentId', v)}
        />
        <Switch label="Действует" description="Недействующее подразделение не предлагается при выборе" checked={values.active} error={error('active')} onChange={(e) => set('active', e.currentTarget.checked)} />
        <FormActions busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
