import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';
import { formatDateRu } from '../../../domain/time/local-date';
import { documentsWord, download, envelopeUrl, formatMoment, keepListed, letterUrl, registerFileUrl, type FormedRegisterView, type PostalItemView } from './postal-model';

/**
 * ANS-7 (HMR 8.6, DUKI 5.21): the letters waiting for the post across all appeals. The registrar
 * prints each letter and its envelope, ticks what goes to the post office today and forms the
 * register (ф. 103): the ticked documents become «Отправлено».
 */
export function PostalQueue() {
  const items = useQuery<PostalItemView[]>('/api/postal/queue');
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone;
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [formed, setFormed] = useState<FormedRegisterView | null>(null);
  const submit = useSubmit('Реестр не сформирован. Повторите действие.');
  const { data } = items;

  // After a reload only what is still waiting stays ticked.
  useEffect(() => {
    if (data) setSelected((s) => keepListed(s, data));
  }, [data]);

  function toggle(id: number, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function form(list: PostalItemView[]) {
    const ids = list.filter((i) => selected.has(i.id)).map((i) => i.id);
    if (ids.length === 0) return;
    modals.openConfirmModal({
      title: 'Формирование реестра почтовых отправлений',
      children: (
        <Stack gap="xs">
          <Text size="sm">Сформировать реестр почтовых отправлений: {documentsWord(ids.length)}?</Text>
          <Text size="sm">
            Документы будут отмечены как отправленные почтой (состояние «Отправлено») с сегодняшней датой; отметку нельзя отменить, она записывается в ход работы с каждым обращением. Перед
            формированием убедитесь, что письма и конверты напечатаны.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Сформировать реестр', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void submit
          .run(async () => {
            const result = await api<FormedRegisterView>('POST', '/api/postal-registers', { documentIds: ids });
            setFormed(result);
            setSelected(new Set());
            showSuccess(`Реестр № ${result.number} сформирован.`);
          })
          // Formed or refused, the list is read again: what was sent elsewhere disappears.
          .finally(items.reload),
    });
  }

  return (
    <Stack gap="sm">
      {formed && (
        <Alert color="blue" title={`Реестр № ${formed.number} от ${formatDateRu(formed.date)} сформирован`} data-testid="register-formed" role="status" withCloseButton closeButtonLabel="Закрыть" onClose={() => setFormed(null)}>
          <Group gap="sm">
            <Text size="sm">Включено отправлений: {formed.documentCount}. Документы отмечены как отправленные.</Text>
            <Button size="compact-sm" variant="light" onClick={() => download(registerFileUrl(formed.id), formed.fileName)}>
              Скачать реестр № {formed.number}
            </Button>
          </Group>
        </Alert>
      )}
      {submit.error && (
        <Alert color="red" title="Реестр не сформирован" role="alert" data-testid="register-refusal">
          <Text size="sm">{submit.error}</Text>
        </Alert>
      )}
      <LoadState query={items} isEmpty={(list) => list.length === 0} empty="Документов, ожидающих отправки почтой, нет.">
        {(list) => {
          const count = list.filter((i) => selected.has(i.id)).length;
          return (
            <Stack gap="sm">
              <Group justify="space-between">
                <Checkbox
                  label="Выбрать все"
                  checked={count === list.length}
                  indeterminate={count > 0 && count < list.length}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(list.map((i) => i.id)) : new Set())}
                />
                <Group gap="sm">
                  <Text size="sm" c="dimmed" aria-live="polite">
                    Выбрано: {count} из {list.length}
                  </Text>
                  <Button onClick={() => form(list)} disabled={count === 0} loading={submit.busy}>
                    Сформировать реестр
                  </Button>
                </Group>
              </Group>
              <Table.ScrollContainer minWidth={1100}>
                <Table striped verticalSpacing="xs" aria-label="Документы, ожидающие отправки почтой" data-testid="postal-queue">
                  <Table.Caption>Ожидают отправки: {list.length}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>
                        <VisuallyHidden>Включить в реестр</VisuallyHidden>
                      </Table.Th>
                      <Table.Th>Обращение</Table.Th>
                      <Table.Th>Документ</Table.Th>
                      <Table.Th>Исх. номер и дата</Table.Th>
                      <Table.Th>Получатель</Table.Th>
                      <Table.Th>Адрес</Table.Th>
                      <Table.Th>Сформирован</Table.Th>
                      <Table.Th>Печать</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((i) => (
                      <Table.Tr key={i.id} style={{ verticalAlign: 'top' }} data-testid="postal-row">
                        <Table.Td>
                          <Checkbox aria-label={`Включить в реестр: ${i.kindTitle}, обращение № ${i.appealNumber}, ${i.recipientName}`} checked={selected.has(i.id)} onChange={(e) => toggle(i.id, e.currentTarget.checked)} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/app/appeals/${i.appealId}`} size="sm" fw={600}>
                            № {i.appealNumber}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            от {formatDateRu(i.appealDate)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{i.kindTitle}</Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.outgoingNumber ? `${i.outgoingNumber}${i.outgoingDate ? ` от ${formatDateRu(i.outgoingDate)}` : ''}` : '—'}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{i.recipientName || '—'}</Text>
                        </Table.Td>
                        <Table.Td style={{ minWidth: 220 }}>
                          <Text size="sm">{i.recipientAddress}</Text>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatMoment(i.createdAt, timeZone)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4} align="flex-start">
                            <Button size="compact-sm" variant="light" onClick={() => download(envelopeUrl(i.id), 'envelope.docx')} aria-label={`Скачать конверт: ${i.kindTitle}, обращение № ${i.appealNumber}`}>
                              Конверт
                            </Button>
                            <Button size="compact-sm" variant="subtle" onClick={() => download(letterUrl(i.id), i.fileName)} aria-label={`Скачать письмо: ${i.kindTitle}, обращение № ${i.appealNumber}`}>
                              Письмо
                            </Button>
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          );
        }}
      </LoadState>
    </Stack>
  );
}
