import type { MouseEvent } from 'react';
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { formatDateRu } from '../../../domain/time/local-date';
import { formLabels, typeLabels } from '../../../domain/appeal/labels';
import type { JournalRow } from './journal-params';

/**
 * The journal on screen: the columns of HMR app. 2 known at registration, the deadline of
 * consideration and whether it is overdue (computed by the server, DL-8). A row opens the case.
 */
export function JournalTable({ rows }: { rows: JournalRow[] }) {
  const navigate = useNavigate();
  const open = (id: number) => (e: MouseEvent) => {
    // The number is a link already (for the keyboard): a click on it must not navigate twice.
    if (e.target instanceof Element && e.target.closest('a')) return;
    void navigate(`/app/appeals/${id}`);
  };
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Журнал регистрации обращений">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Рег. номер</Table.Th>
            <Table.Th>Дата регистрации</Table.Th>
            <Table.Th>Автор, адрес</Table.Th>
            <Table.Th>Льготная категория</Table.Th>
            <Table.Th>Краткое содержание</Table.Th>
            <Table.Th>Вид, форма</Table.Th>
            <Table.Th>Поступило через</Table.Th>
            <Table.Th>Срок рассмотрения</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} onClick={open(r.id)} style={{ cursor: 'pointer', verticalAlign: 'top' }} data-testid="journal-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/app/appeals/${r.id}`} fw={600} aria-label={`Обращение № ${r.number} от ${formatDateRu(r.registrationDate)}`}>
                  № {r.number}
                </Anchor>
                {r.status === 'annulled' && (
                  <div>
                    <Badge color="gray">аннулировано</Badge>
                  </div>
                )}
              </Table.Td>
              <Table.Td>{formatDateRu(r.registrationDate)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {r.people.length === 0 && <Text size="sm">Автор не указан</Text>}
                  {r.people.map((p, i) => (
                    <div key={i}>
                      <Text size="sm">{p.name}</Text>
                      {p.address && (
                        <Text size="xs" c="dimmed">
                          {p.address}
                        </Text>
                      )}
                    </div>
                  ))}
                  {r.collective && <Text size="xs">коллективное</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>{r.benefitCategories.join(', ')}</Table.Td>
              <Table.Td style={{ minWidth: 260 }}>{r.annotation}</Table.Td>
              <Table.Td>
                {typeLabels[r.type]}
                <Text size="xs" c="dimmed">
                  {formLabels[r.form]}
                </Text>
              </Table.Td>
              <Table.Td>{r.forwardedBy ?? ''}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.overdue ? (
                  <Text size="sm" c="red.9" fw={700}>
                    {formatDateRu(r.considerationDeadline)}
                    <br />
                    просрочено
                  </Text>
                ) : (
                  formatDateRu(r.considerationDeadline)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
