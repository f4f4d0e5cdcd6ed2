import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { typeLabels } from '../../../domain/appeal/labels';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import type { QueueRow } from '../appeal/consideration-model';

/**
 * «На резолюцию» (ROU-1, ROU-6): the appeals the registrar passed to this head or deputy, oldest
 * first, with the resolution deadline (overdue computed by the server, DL-8).
 */
export function ResolutionQueuePage() {
  const queue = useQuery<QueueRow[]>('/api/resolution-queue');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          На резолюцию
        </Title>
        {queue.data && queue.data.length > 0 && (
          <Text size="sm" c="dimmed" aria-live="polite">
            Ожидают резолюции: {queue.data.length}
          </Text>
        )}
      </Group>
      <LoadState query={queue} isEmpty={(rows) => rows.length === 0} empty="Обращений, ожидающих резолюции, нет.">
        {(rows) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" aria-label="Обращения, ожидающие резолюции">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Рег. номер</Table.Th>
                  <Table.Th>Дата регистрации</Table.Th>
                  <Table.Th>Краткое содержание</Table.Th>
                  <Table.Th>Срок резолюции</Table.Th>
                  <Table.Th>Срок рассмотрения</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} style={{ verticalAlign: 'top' }} data-testid="queue-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/app/appeals/${r.id}`} fw={600} aria-label={`Обращение № ${r.number} от ${formatDateRu(r.registrationDate)}`}>
                        № {r.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateRu(r.registrationDate)}</Table.Td>
                    <Table.Td style={{ minWidth: 280 }}>
                      <Text size="sm">{r.annotation}</Text>
                      <Group gap={6} mt={2}>
                        <Text size="xs" c="dimmed">
                          {typeLabels[r.type]}
                        </Text>
                        {r.collective && <Tag color="gray">коллективное</Tag>}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {r.resolutionDeadline === null ? (
                        '—'
                      ) : r.resolutionOverdue ? (
                        <Text size="sm" c="red.9" fw={700}>
                          {formatDateRu(r.resolutionDeadline)}
                          <br />
                          срок истёк
                        </Text>
                      ) : (
                        <Text size="sm">{formatDateRu(r.resolutionDeadline)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDateRu(r.considerationDeadline)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
    </Stack>
  );
}
