import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { StatementInformed } from '../appeal/statement-informed';
import { CourtesyInformed } from './courtesy-informed';
import { assignmentRoleLabels, daysLeftText, type MyAssignmentRow } from '../appeal/consideration-model';

/**
 * «Мои поручения» (ROU-2, ROU-3): the user's open assignments, the nearest due date first as the
 * server sorts them, with the days left (DL-8: overdue computed, never stored). A co-executor's date
 * is the one by which his materials are due to the responsible executor.
 */
export function MyAssignmentsPage() {
  const mine = useQuery<MyAssignmentRow[]>('/api/my-assignments');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Мои поручения
        </Title>
        {mine.data && mine.data.length > 0 && (
          <Text size="sm" c="dimmed">
            На исполнении: {mine.data.length}
            {mine.data.some((a) => a.overdue) ? `, из них просрочено: ${mine.data.filter((a) => a.overdue).length}` : ''}
          </Text>
        )}
      </Group>
      <LoadState query={mine} isEmpty={(rows) => rows.length === 0} empty="Поручений на исполнении нет.">
        {(rows) => (
          <Table.ScrollContainer minWidth={1000}>
            <Table striped verticalSpacing="xs" aria-label="Мои поручения">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Обращение</Table.Th>
                  <Table.Th>Краткое содержание</Table.Th>
                  <Table.Th>Моя роль</Table.Th>
                  <Table.Th>Поручение</Table.Th>
                  <Table.Th>Срок</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id} style={{ verticalAlign: 'top' }} data-testid="assignment-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/app/appeals/${a.appealId}`} state={{ number: a.number }} fw={600} aria-label={`Обращение № ${a.number} от ${formatDateRu(a.registrationDate)}`}>
                        № {a.number}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        от {formatDateRu(a.registrationDate)}
                      </Text>
                      {a.urgent && (
                        <div>
                          <Tag color="red">безотлагательно</Tag>
                        </div>
                      )}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 240 }}>{a.annotation}</Table.Td>
                    <Table.Td>
                      {/* CTL-1 (DUKI 7.3): the report on the final solution of a question on additional control. */}
                      {a.additionalControl ? <Tag color="orange">дополнительный контроль</Tag> : assignmentRoleLabels[a.role]}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 240, whiteSpace: 'pre-wrap' }}>{a.instruction}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDateRu(a.due)}</Text>
                      {a.role === 'co-executor' && (
                        <Text size="xs" c="dimmed">
                          материалы ответственному
                        </Text>
                      )}
                      <Text size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue || a.daysLeft <= 3 ? 700 : undefined} data-testid="days-left">
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
      {/* HMR 6.3, 6.5: decisions on citizens' statements the responsible official is informed of. */}
      <StatementInformed />
      {/* SPC-7 (HMR 7.6 абз. 2): courtesy letters passed to the user for information. */}
      <CourtesyInformed />
    </Stack>
  );
}
