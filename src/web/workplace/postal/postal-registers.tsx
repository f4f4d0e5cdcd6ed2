import { Button, Table, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { formatDateRu } from '../../../domain/time/local-date';
import { download, formatMoment, registerFileUrl, type RegisterView } from './postal-model';

/** ANS-7 (HMR 8.6): the registers of postal items formed so far, the latest first, each to print again. */
export function PostalRegisters() {
  const registers = useQuery<RegisterView[]>('/api/postal-registers');
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone;
  return (
    <LoadState query={registers} isEmpty={(list) => list.length === 0} empty="Реестры почтовых отправлений ещё не формировались.">
      {(list) => (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="xs" aria-label="Сформированные реестры почтовых отправлений" data-testid="postal-registers">
            <Table.Caption>Реестров: {list.length}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Номер</Table.Th>
                <Table.Th>Дата</Table.Th>
                <Table.Th>Отправлений</Table.Th>
                <Table.Th>Сформировал</Table.Th>
                <Table.Th>Время формирования</Table.Th>
                <Table.Th>Реестр</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Table.Tr key={r.id} data-testid="register-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={600}>
                      № {r.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateRu(r.date)}</Table.Td>
                  <Table.Td>{r.documentCount}</Table.Td>
                  <Table.Td>{r.createdBy}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(r.createdAt, timeZone)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => download(registerFileUrl(r.id), r.fileName)} aria-label={`Скачать реестр № ${r.number}`}>
                      Скачать (.docx)
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </LoadState>
  );
}
