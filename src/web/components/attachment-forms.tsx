import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, FileInput, Group, NumberInput, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AttachmentView, UploadSettings } from '../../server/features/attachments/schemas';
import { allowedFormatsText, DEFAULT_MAX_FILE_BYTES, fileAccept, formatFileSize } from '../../domain/attachments/formats';
import { api, ApiError, uploadFiles, type UploadProgress } from '../api/client';
import { showApiError, showSuccess } from './form-errors';

/**
 * Files for an appeal: the scan of the paper original (DUKI 3.4) and other enclosures. The server
 * judges each file by its content; its Russian refusal is shown here as it comes.
 */
export function UploadAttachmentsForm({ appealId, settings, onUploaded }: { appealId: number; settings: UploadSettings | undefined; onUploaded: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [description, setDescription] = useState('');
  const [isOriginal, setIsOriginal] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController | null>(null);
  const maxBytes = settings?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxFiles = settings?.maxFiles ?? 20;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (files.length === 0) return setError('Выберите хотя бы один файл.');
    if (files.length > maxFiles) return setError(`За один раз можно загрузить не более ${maxFiles} файлов.`);
    // The server checks again; this only spares sending a file that cannot be accepted.
    const tooBig = files.filter((f) => f.size > maxBytes);
    if (tooBig.length > 0) return setError(tooBig.map((f) => `Файл «${f.name}» не принят: размер больше допустимых ${formatFileSize(maxBytes)}.`).join(' '));
    const form = new FormData();
    // Fields first: the server reads the form as a stream.
    form.append('description', description.trim());
    form.append('isOriginal', String(isOriginal));
    for (const f of files) form.append('files', f, f.name);
    abort.current = new AbortController();
    setProgress({ loaded: 0, total: files.reduce((n, f) => n + f.size, 0) });
    try {
      const res = await uploadFiles<{ attachments: AttachmentView[] }>(`/api/appeals/${appealId}/attachments`, form, { onProgress: setProgress, signal: abort.current.signal });
      showSuccess(res.attachments.length === 1 ? 'Файл загружен.' : `Загружено файлов: ${res.attachments.length}.`);
      setFiles([]);
      setDescription('');
      setIsOriginal(false);
      onUploaded();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Файлы не загружены. Повторите действие.');
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Title order={4} size="h5">
          Загрузить файлы
        </Title>
        <FileInput
          multiple
          clearable
          label="Файлы"
          description={`${settings?.formats ?? allowedFormatsText}; каждый не более ${formatFileSize(maxBytes)}. Скан бумажного обращения — одним файлом PDF.`}
          placeholder="Выберите файлы"
          accept={settings?.accept ?? fileAccept}
          value={files}
          onChange={(v) => {
            setFiles(v);
            setError(undefined);
          }}
          clearButtonProps={{ 'aria-label': 'Убрать выбранные файлы' }}
          // 1.4.3: the placeholder is a span here, not ::placeholder — the theme's dimmed colour keeps 4.5:1.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          disabled={progress !== null}
        />
        <TextInput label="Описание" description="Например: «Скан обращения», «Фотографии двора»" value={description} maxLength={1000} onChange={(e) => setDescription(e.currentTarget.value)} disabled={progress !== null} />
        <Checkbox label="Подлинник документа (оригинал, а не копия)" checked={isOriginal} onChange={(e) => setIsOriginal(e.currentTarget.checked)} disabled={progress !== null} />
        {progress && (
          <Stack gap={4} aria-live="polite">
            <Progress value={percent} aria-label="Загрузка файлов" animated />
            <Text size="xs">
              Загружено {formatFileSize(progress.loaded)} из {formatFileSize(progress.total)} ({percent}%)
            </Text>
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert" p="xs">
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          {progress && (
            <Button variant="default" onClick={() => abort.current?.abort()}>
              Отменить загрузку
            </Button>
          )}
          <Button type="submit" loading={progress !== null}>
            Загрузить
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** REG-3: a paper enclosure recorded by what it is and how many pages it has (INT-6: an original is marked). */
export function PaperAttachmentForm({ appealId, onAdded }: { appealId: number; onAdded: () => void }) {
  const [description, setDescription] = useState('');
  const [pages, setPages] = useState<number | ''>('');
  const [isOriginal, setIsOriginal] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await api<AttachmentView>('POST', `/api/appeals/${appealId}/attachments/paper`, { description: description.trim(), pages: pages === '' ? null : pages, isOriginal });
      showSuccess('Бумажное приложение записано.');
      setDescription('');
      setPages('');
      setIsOriginal(false);
      onAdded();
    } catch (e) {
      showApiError(e, setErrors);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Title order={4} size="h5">
          Бумажное приложение
        </Title>
        <TextInput label="Что приложено" description="Например: «Копия паспорта», «Справка о составе семьи»" required value={description} maxLength={1000} error={errors.description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <NumberInput label="Число листов" required min={1} max={100000} allowDecimal={false} allowNegative={false} value={pages} error={errors.pages} onChange={(v) => setPages(typeof v === 'number' ? v : '')} w={160} />
        <Checkbox label="Подлинник документа (оригинал, а не копия)" checked={isOriginal} onChange={(e) => setIsOriginal(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Добавить
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
