import { useState } from 'react';
import { Anchor, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '../../api/use-query';
import { api } from '../../api/client';
import { showApiError, showSuccess, showWarning } from '../../components/form-errors';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { effectiveUserId, formatMoment, type ConsiderationView } from './consideration-model';
import { PublicationDialog, PublicationReasonDialog } from './publication-dialog';

type AnswerRow = { id: number; status: string; drafterUserId: number };
export type PublicationRow = {
  id: number;
  answerId: number;
  status: 'proposed' | 'published' | 'returned' | 'withdrawn';
  statusLabel: string;
  title: string;
  body: string;
  proposedAt: string;
  proposedBy: string;
  decidedBy: string | null;
  returnReason: string | null;
  returnDue: string | null;
  publicationDue: string | null;
  publishedAt: string | null;
  url: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
};

const statusColor = { proposed: 'yellow', published: 'green', returned: 'gray', withdrawn: 'gray' } as const;

/**
 * SPC-11 (59-ФЗ ст. 10 ч. 4; HMR 7.8–7.9, DUKI 5.21): «Публикация ответа» on the case page — the
 * responsible official proposes the signed answer for the official site (text without personal
 * data), the head approves it (published at once) or returns it to the executor with a reason;
 * once published, the public link.
 */
export function PublicationSection({ appealId, timeZone, onChanged }: { appealId: number; timeZone: string; onChanged: () => void }) {
  const { session } = useSession();
  const user = session?.user;
  const roles = user?.roles ?? [];
  const answers = useQuery<AnswerRow[]>(`/api/appeals/${appealId}/answers`);
  const list = useQuery<PublicationRow[]>(`/api/appeals/${appealId}/publications`);
  const view = useQuery<ConsiderationView>(`/api/appeals/${appealId}/consideration`);
  const [proposeFor, setProposeFor] = useState<number | null>(null);
  const [reasonFor, setReasonFor] = useState<{ publication: PublicationRow; mode: 'return' | 'withdraw' } | null>(null);
  const rows = list.data ?? [];
  const me = user ? effectiveUserId(user) : null;
  const mayApprove = can(roles, 'publications.approve');
  // HMR 7.8: the official responsible for the appeal — its responsible executor, or the head or a deputy (as the server checks).
  const responsible = (view.data?.assignments ?? []).some((x) => x.role === 'responsible' && x.status !== 'cancelled' && x.executorUserId === me);
  const proposable = (answers.data ?? []).filter(
    (a) => (a.status === 'signed' || a.status === 'dispatched') && (roles.includes('head') || roles.includes('deputy') || responsible) && !rows.some((p) => p.answerId === a.id && (p.status === 'proposed' || p.status === 'published')),
  );
  if (rows.length === 0 && proposable.length === 0) return null;

  const changed = () => {
    list.reload();
    answers.reload();
    view.reload();
    onChanged();
  };

  function approve(p: PublicationRow) {
    modals.openConfirmModal({
      title: 'Одобрение публикации ответа',
      size: 'xl',
      children: (
        <Stack gap="sm">
          <Text size="sm">
            Одобрить текст? Ответ будет размещён на портале в разделе «Ответы на обращения, затрагивающие интересы неопределенного круга лиц» (срок размещения — 2 дня со дня
            согласования, HMR 7.9). Его адрес будут получать авторы последующих обращений по этому вопросу.
          </Text>
          {/* HMR 7.9: the head approves the text itself — it is shown as it will be published. */}
          <Text fw={600}>{p.title}</Text>
          <ScrollArea.Autosize mah={320} type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="publication-text">
              {p.body}
            </Text>
          </ScrollArea.Autosize>
        </Stack>
      ),
      labels: { confirm: 'Одобрить и опубликовать', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api<{ url: string; warnings: string[] }>('POST', `/api/publications/${p.id}/approve`)
          .then((r) => {
            showSuccess(`Ответ опубликован: ${r.url}`);
            for (const w of r.warnings) showWarning(w);
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
                    {p.status === 'withdrawn' && (
                      <Text size="sm">
                        Снят с публикации {p.withdrawnAt ? formatMoment(p.withdrawnAt, timeZone) : ''}. Причина: {p.withdrawalReason}
                      </Text>
                    )}
                    {p.status === 'returned' && (
                      <Text size="sm">
                        Причина: {p.returnReason}
                        {p.returnDue ? ` (срок возврата ${formatDateRu(p.returnDue)})` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.proposedBy}</Text>
                    <Text size="sm" c="dimmed">{formatMoment(p.proposedAt, timeZone)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {p.status === 'proposed' && mayApprove ? (
                      <Group gap="xs">
                        <Button size="xs" color="teal.9" onClick={() => approve(p)}>
                          Одобрить публикацию
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setReasonFor({ publication: p, mode: 'return' })}>
                          Вернуть исполнителю
                        </Button>
                      </Group>
                    ) : p.status === 'published' && mayApprove ? (
                      <Button size="xs" color="red" variant="light" onClick={() => setReasonFor({ publication: p, mode: 'withdraw' })}>
                        Снять с публикации
                      </Button>
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
        {reasonFor && <PublicationReasonDialog publication={reasonFor.publication} mode={reasonFor.mode} onClose={() => setReasonFor(null)} onDone={changed} />}
      </Stack>
    </CaseSection>
  );
}
