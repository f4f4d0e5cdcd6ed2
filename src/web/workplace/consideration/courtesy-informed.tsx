import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { formatDateRu } from '../../../domain/time/local-date';
import { formatMoment } from '../appeal/consideration-model';

type Informed = { id: number; appealId: number; appealNumber: string; registrationDate: string; annotation: string; comment: string; at: string; by: string };

/**
 * «Мои поручения» → «Для ознакомления» (SPC-7, HMR 7.6 абз. 2): invitations, greetings, condolences and
 * assessments of work the Department passed to the user «в соответствии с компетенцией для
 * ознакомления». The appeal opens from here (read access through the disposition). Nothing is shown
 * when there is none.
 */
export function CourtesyInformed() {
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone ?? 'Europe/Moscow';
  const list = useQuery<Informed[]>('/api/special-cases/informed');
  if (!list.error && (list.data ?? []).length === 0) return null;
  return (
    <Stack gap="xs" mt="lg">
      <Title order={2} size="h4">
        Для ознакомления
      </Title>
      <Text size="sm" c="dimmed">
        Приглашения, поздравления, соболезнования, оценки деятельности, переданные вам для ознакомления. Ответ по существу не требуется.
      </Text>
      <LoadState query={list}>
        {(rows) => (
          <Table striped aria-label="Для ознакомления" data-testid="courtesy-informed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Обращение</Table.Th>
                <Table.Th>Краткое содержание</Table.Th>
                <Table.Th>Передал</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/app/appeals/${r.appealId}`} state={{ number: r.appealNumber }} aria-label={`Обращение № ${r.appealNumber} от ${formatDateRu(r.registrationDate)}`}>
                      № {r.appealNumber}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      от {formatDateRu(r.registrationDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ minWidth: 240 }}>
                    <Text size="sm">{r.annotation}</Text>
                    {r.comment && (
                      <Text size="sm" c="dimmed">
                        {r.comment}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.by}</Text>
                    <Text size="xs" c="dimmed">
                      {formatMoment(r.at, timeZone)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </LoadState>
    </Stack>
  );
}
