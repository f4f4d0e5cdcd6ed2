import { Button, Group, Table } from '@mantine/core';
import { Tag } from './tag';

/** «Действует / Не действует» in a table row of the structure screens. */
export function ActiveCell({ active }: { active: boolean }) {
  return (
    <Table.Td>
      <Tag color={active ? 'green' : 'gray'}>{active ? 'Действует' : 'Не действует'}</Tag>
    </Table.Td>
  );
}

/** The row's «Изменить» button, named after the row for screen readers. */
export function EditCell({ name, onEdit }: { name: string; onEdit: () => void }) {
  return (
    <Table.Td>
      <Button size="compact-sm" variant="subtle" aria-label={`Изменить: ${name}`} onClick={onEdit}>
        Изменить
      </Button>
    </Table.Td>
  );
}

/** «Отмена / Сохранить» at the foot of an administration form. */
export function FormActions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Отмена
      </Button>
      <Button type="submit" loading={busy}>
        Сохранить
      </Button>
    </Group>
  );
}
