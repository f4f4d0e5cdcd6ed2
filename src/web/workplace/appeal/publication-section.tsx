import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '../../api/use-query';
import { api } from '../../api/client';
import { showApiError, showSuccess } from '../../components/form-errors';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { effectiveUserId } from './consideration-model';
import { PublicationDialog, ReturnPublicationDialog } from './publication-dialog';

type AnswerRow = { id: number; status: string; drafterUserId: number };
export type PublicationRow = {
  id: number;
  answerId: number;
  status: 'proposed' | 'published' | 'returned';
  statusLabel: string;
  title: string;
  proposedAt: string;
  proposedBy: string;
  decidedBy: string | null;
  returnReason: string | null;
  returnDue: string | null;
  publicationDue: string | null;
  publishedAt: string | null;
  url: string | null;
};

const statusColor = { proposed: 'yellow', published: 'green', returned: 'gray' } as const;

/**
 * SPC-11 (59-ФЗ ст. 10 ч. 4; HMR 7.8–7.9, DUKI 5.21): «Публикация ответа» on the case page — the
 * responsible official proposes the signed answer for the official site (text without personal
 * data), the head approves it (published at once) or returns it to the executor with a reason;
 * once published, the public link.
 */
export function PublicationSection({ appealId, onChanged }: { appealId: number; onChanged: () => void }) {
  const { session } = useSession();
  const user = session?.user;
  const roles = user?.roles ?? [];
  const answers = useQuery<AnswerRow[]>(`/api/appeals/${appealId}/answers`);
  const list = useQuery<PublicationRow[]>(`/api/appeals/${appealId}/publications`);
  const [proposeFor, setProposeFor] = useState<number | null>(null);
  const [returning, setReturning] = useState<PublicationRow | null>(null);
  const rows = list.data ?? [];
  const me = user ? effectiveUserId(user) : null;
  const mayApprove = can(roles, 'publications.approve');
  // HMR 7.8: the official responsible for the appeal — who drafted the answer, or the head or a deputy.
  const proposable = (answers.data ?? []).filter(
    (a) => (a.status === 'signed' || a.status === 'dispatched') && (roles.includes('head') || roles.includes('deputy') || a.drafterUserId === me) && !rows.some((p) => p.answerId === a.id && p.status !== 'returned'),
  );
  if (rows.length === 0 && proposable.length === 0) return null;

  const changed = () => {
    list.reload();
    answers.reload();
    onChanged();
  };

  function approve(p: PublicationRow) {
    modals.openConfirmModal({
      title: 'Одобрение публикации ответа',
      children: (
        <Text size="sm">
          Одобрить текст «{p.title}»? Ответ будет размещён на портале в разделе «Ответы на обращения, затрагивающие интересы неопределенного круга лиц» (срок размещения — 2 дня со
          дня согласования, HMR 7.9). Его адрес будут получать авторы последующих обращений по этому вопросу.
        </Text>
      ),
      labels: { confirm: 'Одобрить и опубликовать', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api<{ url: string }>('POST', `/api/publications/${p.id}/approve`)
          .then((r) => {
            showSuccess(`Ответ опубликован: ${r.url}`);
            changed();
          })
          .catch((e: unknown) => showApiError(e)),
    });
  }

  return (
    <CaseSection title="Публикация ответа (неопределённый круг лиц)" id="case-publication">
      <Stack gap="sm">
        {rows.length > 0 && (
          <Table data-testid="publications" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Заголовок</Table.Th>
                <Table.Th>Состояние</Table.Th>
                <Table.Th>Предложил</Table.Th>
                <Table.Th>Действия</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>
                    <Tag color={statusColor[p.status]}>{p.statusLabel}</Tag>
                    {p.status === 'published' && p.url && (
                      <Text size="sm">
                        <Anchor href={p.url} target="_blank" rel="noopener" data-testid="publication-link">
                          {p.url}
                        </Anchor>
                      </Text>
                    )}
                    {p.publicationDue && <Text size="sm" c="dimmed">Срок размещения: {formatDateRu(p.publicationDue)}</Text>}
                    {p.status === 'returned' && (
                      <Text size="sm">
                        Причина: {p.returnReason}
                        {p.returnDue ? ` (срок возврата ${formatDateRu(p.returnDue)})` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.proposedBy}</Text>
                    <Text size="sm" c="dimmed">{new Date(p.proposedAt).toLocaleString('ru-RU')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {p.status === 'proposed' && mayApprove ? (
                      <Group gap="xs">
                        <Button size="xs" color="green" onClick={() => approve(p)}>
                          Одобрить публикацию
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setReturning(p)}>
                          Вернуть исполнителю
                        </Button>
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {proposable.map((a) => (
          <div key={a.id}>
            <Button variant="light" onClick={() => setProposeFor(a.id)}>
              Предложить к опубликованию
            </Button>
          </div>
        ))}
        {proposeFor !== null && <PublicationDialog answerId={proposeFor} onClose={() => setProposeFor(null)} onDone={changed} />}
        {returning && <ReturnPublicationDialog publication={returning} onClose={() => setReturning(null)} onDone={changed} />}
      </Stack>
    </CaseSection>
  );
}
