import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Modal, SimpleGrid, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import type { AttachmentView, UploadSettings } from '../../server/features/attachments/schemas';
import { formatFileSize } from '../../domain/attachments/formats';
import { api } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSession } from '../session/session';
import { LoadState } from './load-state';
import { showApiError, showSuccess } from './form-errors';
import { DeadlineDate } from './deadline-explanation';
import { PaperAttachmentForm, UploadAttachmentsForm } from './attachment-forms';

export type { AttachmentView };

/**
 * The attachments of an appeal (REG-3; DUKI 3.4 — the scan of the paper original; INT-6 —
 * originals and their return): the list, opening the files, and for the registrar uploading,
 * paper enclosures and exclusion with a reason. Nothing is deleted: an excluded attachment stays
 * in the case history.
 */
export function AppealAttachments({ appealId, canEdit }: { appealId: number; canEdit: boolean }) {
  const [showRemoved, setShowRemoved] = useState(false);
  const list = useQuery<AttachmentView[]>(`/api/appeals/${appealId}/attachments${showRemoved ? '?includeRemoved=true' : ''}`);
  const settings = useQuery<UploadSettings>(canEdit ? '/api/attachments/settings' : null);
  const [removing, setRemoving] = useState<AttachmentView | null>(null);
  const timeZone = useSession().session?.organisation?.timeZone;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          Приложения
        </Title>
        <Switch label="Показать исключённые" checked={showRemoved} onChange={(e) => setShowRemoved(e.currentTarget.checked)} />
      </Group>
      <LoadState query={list} isEmpty={(d) => d.length === 0} empty={canEdit ? 'Приложений нет. Загрузите файлы или опишите бумажные приложения ниже.' : 'Приложений нет.'}>
        {(items) => (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>Приложений: {items.filter((a) => !a.removedAt).length}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Наименование</Table.Th>
                  <Table.Th>Формат</Table.Th>
                  <Table.Th>Объём</Table.Th>
                  <Table.Th>Подлинник</Table.Th>
                  <Table.Th>Добавлено</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <AttachmentRow key={a.id} a={a} canEdit={canEdit} timeZone={timeZone} onRemove={() => setRemoving(a)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      {canEdit && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <UploadAttachmentsForm appealId={appealId} settings={settings.data} onUploaded={list.reload} />
          <PaperAttachmentForm appealId={appealId} onAdded={list.reload} />
        </SimpleGrid>
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Исключение приложения" closeButtonProps={{ 'aria-label': 'Закрыть' }}>
        {removing && (
          <RemoveAttachmentForm
            attachment={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={() => {
              setRemoving(null);
              list.reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function AttachmentRow({ a, canEdit, timeZone, onRemove }: { a: AttachmentView; canEdit: boolean; timeZone: string | undefined; onRemove: () => void }) {
  const title = a.kind === 'file' ? (a.fileName ?? 'Файл') : a.description;
  return (
    <Table.Tr c={a.removedAt ? 'dimmed' : undefined}>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} td={a.removedAt ? 'line-through' : undefined}>
          {title}
        </Text>
        {a.kind === 'file' && a.description && (
          <Text size="xs" c="dimmed">
            {a.description}
          </Text>
        )}
        {a.removedAt && (
          <Text size="xs" c="red.8">
            Исключено {formatMoment(a.removedAt, timeZone)}
            {a.removedReason ? `: ${a.removedReason}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{a.kind === 'file' ? (a.format ?? '—') : 'На бумаге'}</Table.Td>
      <Table.Td>{a.kind === 'file' ? (a.sizeBytes === null ? '—' : formatFileSize(a.sizeBytes)) : pagesText(a.pages)}</Table.Td>
      <Table.Td>{a.isOriginal ? <OriginalsNote a={a} /> : '—'}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatMoment(a.createdAt, timeZone)}</Text>
        {a.createdBy && (
          <Text size="xs" c="dimmed">
            {a.createdBy}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {a.fileUrl &&
            (a.inline ? (
              <Anchor href={a.fileUrl} target="_blank" rel="noopener noreferrer" size="sm" aria-label={`Открыть в новой вкладке: ${title}`}>
                Открыть
              </Anchor>
            ) : (
              <Anchor href={a.fileUrl} size="sm" aria-label={`Скачать: ${title}`}>
                Скачать
              </Anchor>
            ))}
          {canEdit && !a.removedAt && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={`Исключить: ${title}`}>
              Исключить
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** INT-6: what the procedure does with an original, and by when it goes back to the author. */
function OriginalsNote({ a }: { a: AttachmentView }) {
  const o = a.originals;
  if (!o) return <Text size="sm">Подлинник</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        Подлинник
      </Text>
      {o.handling === 'return-within-deadline' && (
        <Text size="xs">
          Вернуть автору до{' '}
          {o.dueDate ? <DeadlineDate date={o.dueDate} steps={o.steps} label="Как рассчитан срок возврата подлинника" /> : 'срока, который не удалось рассчитать'}
        </Text>
      )}
      {o.handling === 'return-with-answer' && <Text size="xs">Вернуть автору вместе с ответом</Text>}
      {o.handling === 'keep-unless-requested' && <Text size="xs">Хранится в деле; возвращается по просьбе автора</Text>}
      <Text size="xs" c="dimmed">
        {o.source}
      </Text>
    </Stack>
  );
}

function RemoveAttachmentForm({ attachment, onCancel, onRemoved }: { attachment: AttachmentView; onCancel: () => void; onRemoved: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = attachment.kind === 'file' ? `«${attachment.fileName ?? ''}»` : `«${attachment.description}»`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError('Укажите причину исключения.');
      return;
    }
    setBusy(true);
    try {
      await api('POST', `/api/attachments/${attachment.id}/remove`, { reason: reason.trim() });
      showSuccess(`Приложение ${name} исключено из обращения.`);
      onRemoved();
    } catch (e) {
      showApiError(e, (fields) => setError(fields.reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Исключить приложение {name} из обращения? Оно перестанет показываться в списке, но сохранится в истории дела вместе с причиной: из зарегистрированного обращения ничего не удаляется.
        </Text>
        <Textarea label="Причина исключения" required data-autofocus autosize minRows={2} value={reason} error={error} onChange={(e) => { setReason(e.currentTarget.value); setError(undefined); }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" color="red" loading={busy}>
            Исключить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function pagesText(pages: number | null): string {
  if (pages === null) return '—';
  const mod10 = pages % 10;
  const mod100 = pages % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'лист' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'листа' : 'листов';
  return `${pages} ${word}`;
}

/** «20.11.2026, 11:00» in the organisation's time zone. */
function formatMoment(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
