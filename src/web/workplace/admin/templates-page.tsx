import { useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { TemplateView } from '../../../server/features/admin/templates/schemas';
import { placeholders } from '../../../domain/documents/placeholders';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { showApiError, showSuccess } from '../../components/form-errors';
import { Tag } from './tag';

const MAX_BYTES = 5 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** «21.11.2026, 18:46» in the organisation's time zone. */
function formatMoment(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * ADM-4: templates of outgoing documents. The administrator downloads a template, edits it in Word
 * keeping the fields in braces, uploads it back; the server refuses a file with an unknown field and
 * names it. «Вернуть по умолчанию» restores the generated letter.
 */
export function TemplatesPage() {
  const list = useQuery<TemplateView[]>('/api/admin/templates');
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        Шаблоны исходящих документов в формате Word (.docx). Чтобы изменить шаблон, скачайте его, отредактируйте в Word, сохраняя поля в фигурных скобках (например, {'{номер}'}), и загрузите обратно. Изменённый шаблон применяется к документам, сформированным после загрузки; ранее сформированные документы не меняются.
      </Text>
      <LoadState query={list} isEmpty={(d) => d.length === 0} empty="Шаблонов нет.">
        {(items) => (
          <Stack gap="lg">
            {items.map((t) => (
              <TemplateCard key={t.kind} template={t} onChanged={list.reload} />
            ))}
          </Stack>
        )}
      </LoadState>
      <PlaceholderCatalogue />
    </Stack>
  );
}

function TemplateCard({ template: t, onChanged }: { template: TemplateView; onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const timeZone = useSession().session?.organisation?.timeZone;

  async function upload(picked: File | null) {
    setFile(picked);
    setFailure(null);
    if (!picked) return;
    if (!/\.docx$/i.test(picked.name)) {
      setFailure('Загрузите документ Word в формате .docx. Файл .doc откройте в Word и сохраните как «Документ Word (.docx)».');
      setFile(null);
      return;
    }
    if (picked.size > MAX_BYTES) {
      setFailure('Файл больше 5 МБ. Уменьшите изображения в документе и повторите загрузку.');
      setFile(null);
      return;
    }
    setBusy(true);
    try {
      await api<TemplateView[]>('PUT', `/api/admin/templates/${t.kind}`, { fileName: picked.name, contentBase64: await toBase64(picked) });
      showSuccess(`Шаблон «${t.title}» заменён.`);
      onChanged();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Не удалось прочитать файл. Повторите загрузку.');
    } finally {
      setBusy(false);
      setFile(null);
    }
  }

  function reset() {
    modals.openConfirmModal({
      title: 'Шаблон по умолчанию',
      children: <Text size="sm">Вернуть шаблон «{t.title}» по умолчанию? Загруженный шаблон «{t.fileName}» будет заменён; сохраните его копию, если она понадобится.</Text>,
      labels: { confirm: 'Вернуть по умолчанию', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api('POST', `/api/admin/templates/${t.kind}/reset`)
          .then(() => showSuccess(`Шаблон «${t.title}» возвращён по умолчанию.`))
          .catch(showApiError)
          .finally(onChanged),
    });
  }

  return (
    <Stack gap="sm" component="section" aria-label={t.title}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t.title}
          </Title>
          <Text size="sm" c="dimmed">
            Основание: {t.source}
          </Text>
        </Stack>
        <Tag color={t.isDefault ? 'gray' : 'blue'}>{t.isDefault ? 'Шаблон по умолчанию' : 'Шаблон организации'}</Tag>
      </Group>
      <Text size="sm">
        Файл: {t.fileName}. Изменён {formatMoment(t.updatedAt, timeZone)}
        {t.updatedBy ? `, ${t.updatedBy}` : ' (сформирован системой)'}.
      </Text>
      <Text size="sm">
        Используемые поля:{' '}
        {t.placeholders.length === 0
          ? 'нет'
          : t.placeholders.map((p, i) => (
              <span key={p}>
                {i > 0 && ', '}
                <Code>{`{${p}}`}</Code>
              </span>
            ))}
      </Text>
      <Group align="flex-end" gap="md">
        <Button component="a" variant="light" href={`/api/admin/templates/${t.kind}/file`} download={t.fileName}>
          Скачать шаблон
        </Button>
        <FileInput
          label="Заменить шаблон"
          description="Документ Word (.docx), не более 5 МБ"
          placeholder="Выберите файл .docx"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={(f) => void upload(f)}
          disabled={busy}
          rightSection={busy ? <Loader size="xs" aria-label="Загрузка файла" /> : undefined}
          w={{ base: '100%', sm: 360 }}
          // 1.4.3: the default placeholder grey is below 4.5:1.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
        />
        <Button variant="default" color="red" onClick={reset} disabled={t.isDefault}>
          Вернуть по умолчанию
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title="Шаблон не загружен" role="alert" withCloseButton closeButtonLabel="Закрыть сообщение" onClose={() => setFailure(null)}>
          <Text size="sm">{failure}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** ADM-4: what each field becomes in a letter, for the administrator who edits a template. */
function PlaceholderCatalogue() {
  return (
    <Stack gap="sm" component="section" aria-labelledby="placeholder-catalogue">
      <Title order={2} size="h4" id="placeholder-catalogue">
        Поля шаблонов
      </Title>
      <Text size="sm" c="dimmed">
        Поле пишется в тексте шаблона в фигурных скобках, без пробелов внутри. Поле, которого нет в этом списке, не допускается: шаблон с таким полем не будет принят.
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Поле</Table.Th>
              <Table.Th>Что подставляется</Table.Th>
              <Table.Th>Пример</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {placeholders.map((p) => (
              <Table.Tr key={p.name}>
                <Table.Td>
                  <Code>{`{${p.name}}`}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.description}</Text>
                  <Text size="xs" c="dimmed">
                    {p.group}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.example}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
