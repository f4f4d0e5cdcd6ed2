import { Button, Table } from '@mantine/core';
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
