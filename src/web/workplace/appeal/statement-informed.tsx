import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { formatMoment } from './consideration-model';

type Informed = { id: number; appealId: number; appealNumber: string; kindTitle: string; number: string; what: string; at: string };

/**
 * «Мои поручения»: what the official responsible for the consideration was informed of (HMR 6.3 абз. 3,
 * 6.5 абз. 4, 6.2) — decisions on citizens' statements and additional documents on his appeals. It
 * stays after a decision cancelled his assignment, so he learns why. Nothing is shown when there is none.
 */
export function StatementInformed() {
  const { session } = useSession();
  // The organisation's time zone, as the other workplace pages read it; no other zone is guessed.
  const timeZone = session?.organisation?.timeZone;
  const list = useQuery<Informed[]>('/api/statements/informed');
  if (!list.error && (list.data ?? []).length === 0) return null;
  return (
    <Stack gap="xs" mt="lg">
      <Title order={2} size="h4">
        Заявления граждан по моим обращениям
      </Title>
      <LoadState query={list}>
        {(rows) => (
          <Table striped aria-label="Заявления граждан по моим обращениям" data-testid="statements-informed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Обращение</Table.Th>
                <Table.Th>Заявление</Table.Th>
                <Table.Th>Решение</Table.Th>
                <Table.Th>Когда</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/app/appeals/${r.appealId}`} state={{ number: r.appealNumber }}>
                      № {r.appealNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">№ {r.number}. {r.kindTitle}</Text>
                  </Table.Td>
                  <Table.Td>{r.what}</Table.Td>
                  <Table.Td>{timeZone ? formatMoment(r.at, timeZone) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </LoadState>
    </Stack>
  );
}
