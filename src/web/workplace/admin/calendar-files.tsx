import { useState } from 'react';
import { Alert, Button, FileInput, Group, List, Loader, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import type { CalendarYearView } from './calendar-days';

type Props = { year: number; onImported: (view: CalendarYearView) => void };

/**
 * ADM-5: a year in the common XML format (<day d="ММ.ДД" t="1|2|3"/>) in and out. A file with any
 * bad line changes nothing; every bad line is listed with its number so the file can be fixed at once.
 */
export function CalendarFiles({ year, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function load(picked: File | null) {
    setFile(picked);
    setFailure(null);
    if (!picked) return;
    setBusy(true);
    try {
      const xml = await picked.text();
      const view = await api<CalendarYearView>('POST', '/api/admin/calendar/import', { xml });
      onImported(view);
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Не удалось прочитать файл. Проверьте, что это текстовый файл XML.'));
    } finally {
      setBusy(false);
      setFile(null);
    }
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <FileInput
          label="Загрузить из XML"
          description={'Формат: <day d="ММ.ДД" t="1|2|3"/>'}
          placeholder="Выберите файл .xml"
          accept=".xml,application/xml,text/xml"
          value={file}
          onChange={(f) => void load(f)}
          disabled={busy}
          rightSection={busy ? <Loader size="xs" aria-label="Загрузка файла" /> : undefined}
          w={{ base: '100%', sm: 420 }}
          // 1.4.3: the default placeholder grey is below 4.5:1.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
        />
        <Button component="a" variant="light" href={`/api/admin/calendar/${year}/export`} download={`calendar-${year}.xml`}>
          Выгрузить в XML
        </Button>
      </Group>
      {failure && <ImportFailure error={failure} onClose={() => setFailure(null)} />}
    </Stack>
  );
}

function ImportFailure({ error, onClose }: { error: ApiError; onClose: () => void }) {
  // The server names the bad lines line1, line2, … in file order.
  const lines = Object.entries(error.fields)
    .sort(([a], [b]) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))
    .map(([, message]) => message);
  return (
    <Alert color="red" title="Календарь из файла не загружен" role="alert" withCloseButton closeButtonLabel="Закрыть сообщение" onClose={onClose}>
      <Stack gap="xs">
        <Text size="sm">{error.message}</Text>
        {lines.length > 0 && (
          <List size="sm" spacing={2} aria-label="Ошибки в файле">
            {lines.map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
