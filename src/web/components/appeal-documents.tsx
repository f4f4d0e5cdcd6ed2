import { useEffect, useRef } from 'react';
import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { MantineColor } from '@mantine/core';
import type { OutgoingDocumentView } from '../../server/features/notices/schemas';
import { outgoingStatusLabels, routeLabels } from '../../domain/documents/delivery-route';
import { can } from '../../domain/access/policy';
import { api } from '../api/client';
import { formatDateRu } from '../../domain/time/local-date';
import { useQuery } from '../api/use-query';
import { useSession } from '../session/session';
import { LoadState } from './load-state';
import { showApiError, showSuccess } from './form-errors';
import { DeadlineDate } from './deadline-explanation';
import { Tag } from '../workplace/admin/tag';
import type { DeliveryStatusView } from '../../server/features/delivery/schemas';
import { resendDocument } from './delivery-alert';

export type { OutgoingDocumentView };

const statusColors: Record<OutgoingDocumentView['status'], MantineColor> = {
  queued: 'yellow',
  sent: 'green',
  printed: 'green',
  delivered: 'green',
  failed: 'red',
  cancelled: 'gray',
  filed: 'blue',
};

/** «20.11.2026, 11:00» in the organisation's time zone. */
function formatMoment(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * The outgoing documents of an appeal (REG-9 registration notice, ANS-6: every outgoing document is
 * recorded before it leaves; ANS-7: its route): what, to whom, how, its state and its due date with
 * the explanation; the .docx to open or print; for a postal item the registrar's mark that it has
 * been printed and handed to the post.
 */
export function AppealDocuments({ appealId }: { appealId: number }) {
  const docs = useQuery<OutgoingDocumentView[]>(`/api/appeals/${appealId}/documents`);
  const pending = usePendingDocuments(appealId, docs.reload);
  const { session } = useSession();
  const canMark = session?.user ? can(session.user.roles, 'appeals.register') : false;
  const timeZone = session?.organisation?.timeZone;
  // ANS-7: whether e-mail can leave at all (an unset SMTP server is said next to the waiting letter).
  const delivery = useQuery<DeliveryStatusView>('/api/delivery/status');

  function markPrinted(d: OutgoingDocumentView) {
    modals.openConfirmModal({
      title: 'Передача на отправку',
      children: (
        <Text size="sm">
          Отметить, что документ «{d.kindTitle}» ({d.recipientName || 'получатель не указан'}) напечатан, подписан и передан для отправки почтой? Отметку нельзя отменить; она записывается в ход работы с обращением.
        </Text>
      ),
      labels: { confirm: 'Отметить', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api('POST', `/api/outgoing-documents/${d.id}/printed`)
          .then(() => showSuccess('Отметка о передаче на отправку поставлена.'))
          .catch(showApiError)
          .finally(docs.reload),
    });
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Исходящие документы
      </Title>
      {pending > 0 && (
        <Group gap="xs" role="status" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm">Документы по обращению формируются (уведомление о регистрации и др.), список обновится сам.</Text>
        </Group>
      )}
      <LoadState query={docs} isEmpty={(d) => d.length === 0} empty={pending > 0 ? 'Документы формируются…' : 'Исходящих документов по обращению нет.'}>
        {(items) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>Документов: {items.length}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Документ</Table.Th>
                  <Table.Th>Получатель</Table.Th>
                  <Table.Th>Способ отправки</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Срок отправки</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Text size="sm">{d.kindTitle}</Text>
                      {d.outgoingNumber && (
                        <Text size="xs" c="dimmed">
                          исх. № {d.outgoingNumber}
                          {d.outgoingDate ? ` от ${formatDateRu(d.outgoingDate)}` : ''}
                        </Text>
                      )}
                      <Anchor href={`/api/outgoing-documents/${d.id}/file`} download={d.fileName} size="sm" aria-label={`Скачать документ: ${d.fileName}`}>
                        Скачать ({fileExtension(d.fileName)})
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.recipientName || '—'}</Text>
                      {d.recipientAddress && (
                        <Text size="xs" c="dimmed">
                          {d.recipientAddress}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{routeLabels[d.route]}</Table.Td>
                    <Table.Td>
                      <Tag color={statusColors[d.status]}>{outgoingStatusLabels[d.status]}</Tag>
                      {d.sentAt && (
                        <Text size="xs" c="dimmed">
                          {formatMoment(d.sentAt, timeZone)}
                        </Text>
                      )}
                      {d.error && (
                        <Text size="xs" c="red.9">
                          {d.error}
                        </Text>
                      )}
                      {d.route === 'email' && d.status === 'queued' && delivery.data?.note && (
                        <Text size="xs" c="dimmed">
                          {delivery.data.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {d.dueDate ? (
                        <Group gap={4} wrap="nowrap">
                          <DeadlineDate date={d.dueDate} steps={d.dueSteps} label="Как рассчитан срок отправки" />
                          {d.overdue && <Tag color="red">Просрочено</Tag>}
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      {canMark && d.route === 'post' && d.status === 'queued' ? (
                        <Button size="compact-sm" variant="light" onClick={() => markPrinted(d)}>
                          Отметить: передано на отправку
                        </Button>
                      ) : canMark && d.route === 'email' && d.status === 'failed' ? (
                        <Button size="compact-sm" variant="light" onClick={() => void resendDocument(d.id).finally(docs.reload)}>
                          Отправить повторно
                        </Button>
                      ) : null}
                    </Table.Td>
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

/**
 * REG-9: the registration notice is made by a background job a moment after the registration.
 * While an appeal has unfinished jobs, ask again every second; when they are done, reload the list.
 */
function usePendingDocuments(appealId: number, onDone: () => void): number {
  const pending = useQuery<{ pending: number }>(`/api/appeals/${appealId}/documents/pending`);
  const count = pending.data?.pending ?? 0;
  const previous = useRef(count);
  const { reload } = pending;
  useEffect(() => {
    if (previous.current > 0 && count === 0) onDone();
    previous.current = count;
    if (count === 0) return;
    const timer = setTimeout(reload, 1000);
    return () => clearTimeout(timer);
  }, [count, pending.data, reload, onDone]);
  return count;
}

/** «.docx» for the letters made here, «.pdf» or a picture's for the scan of a signed answer (DUKI 6.4). */
function fileExtension(fileName: string): string {
  return fileName.match(/\.[a-z0-9]{2,5}$/i)?.[0]?.toLowerCase() ?? 'файл';
}
