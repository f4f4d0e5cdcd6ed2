import { useState } from 'react';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { formatMoment } from './consideration-model';
import { SpecialCaseDialog, type DispositionChoice } from './special-case-dialog';

type DispositionRow = {
  id: number;
  code: string;
  spc: string;
  legalGround: string;
  sstuLabel: string;
  totkCode: string | null;
  dueDate: string | null;
  late: boolean;
  comment: string;
  bodyName: string | null;
  /** SPC-7 (HMR 7.6 абз. 2): the official the letter was passed to for information. */
  informedName?: string | null;
  outgoingNumber: string | null;
  outgoingDate: string | null;
  createdAt: string;
  by: string;
};

type Props = { appealId: number; appealNumber: string; status: string; timeZone: string; onChanged: () => void };

/**
 * «Особые случаи (ст. 11)» on the case page (issue 6): the appeal's dispositions — the case, its
 * ground, the ССТУ status and ТОТК question, the term, the letter's number, who and when — and, while
 * the appeal is open, «Особый случай (ст. 11)» for those the procedure names.
 */
export function SpecialCaseSection({ appealId, appealNumber, status, timeZone, onChanged }: Props) {
  const { session } = useSession();
  const roles = session?.user?.roles ?? [];
  const mayDispose = can(roles, 'appeals.special-case') && isOpen(status);
  const list = useQuery<DispositionRow[]>(`/api/appeals/${appealId}/dispositions`);
  const choices = useQuery<DispositionChoice[]>(mayDispose ? `/api/special-cases/catalogue?appealId=${appealId}` : null);
  const [opened, setOpened] = useState(false);
  const rows = list.data ?? [];
  const available = choices.data ?? [];
  if (rows.length === 0 && (!mayDispose || available.length === 0)) return null;

  return (
    <CaseSection title="Особые случаи (ст. 11)" id="case-special-cases">
      <Stack gap="sm">
        {rows.length > 0 && (
          <Table data-testid="special-case-dispositions" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Решение</Table.Th>
                <Table.Th>Статус ССТУ, ТОТК</Table.Th>
                <Table.Th>Срок</Table.Th>
                <Table.Th>Документ</Table.Th>
                <Table.Th>Принял</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm">{r.spc}: {r.legalGround}</Text>
                    {r.bodyName && <Text size="sm">Направлено: {r.bodyName}</Text>}
                    {r.informedName && <Text size="sm">Передано для ознакомления: {r.informedName}</Text>}
                    {r.comment && <Text size="sm" c="dimmed">{r.comment}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.sstuLabel}</Text>
                    {r.totkCode && <Text size="sm">{r.totkCode}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {r.dueDate ? formatDateRu(r.dueDate) : '—'} {r.late && <Tag color="red">с нарушением срока</Tag>}
                  </Table.Td>
                  <Table.Td>{r.outgoingNumber ? `исх. № ${r.outgoingNumber} от ${r.outgoingDate}` : 'не направлялся'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.by}</Text>
                    <Text size="sm" c="dimmed">{formatMoment(r.createdAt, timeZone)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayDispose && available.length > 0 && (
          <>
            <div>
              <Button variant="light" color="grape" onClick={() => setOpened(true)}>
                Особый случай (ст. 11)
              </Button>
            </div>
            <SpecialCaseDialog
              appealId={appealId}
              appealNumber={appealNumber}
              choices={available}
              opened={opened}
              onClose={() => setOpened(false)}
              onDone={() => {
                list.reload();
                choices.reload();
                onChanged();
              }}
            />
          </>
        )}
      </Stack>
    </CaseSection>
  );
}
