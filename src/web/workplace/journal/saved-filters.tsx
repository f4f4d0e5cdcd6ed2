import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showApiError, showSuccess } from '../../components/form-errors';
import type { SavedFilter } from './journal-params';

const sameConditions = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * REG-10: the user's saved filters — the current conditions kept under a name, picked again later,
 * deleted after a confirmation. The filter whose conditions are applied now is shown as chosen.
 */
export function SavedFilters({ current, onPick }: { current: Record<string, string>; onPick: (query: Record<string, string>) => void }) {
  const saved = useQuery<SavedFilter[]>('/api/journal/filters');
  const [saving, setSaving] = useState(false);
  const list = saved.data ?? [];
  const chosen = list.find((f) => sameConditions(f.query, current)) ?? null;

  function confirmDelete(f: SavedFilter) {
    modals.openConfirmModal({
      title: 'Удаление фильтра',
      children: <Text size="sm">Удалить сохранённый фильтр «{f.name}»? Обращения и условия отбора на экране не изменятся.</Text>,
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void api('DELETE', `/api/journal/filters/${f.id}`)
          .then(() => showSuccess(`Фильтр «${f.name}» удалён.`))
          .catch(showApiError)
          .finally(saved.reload),
    });
  }

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Сохранённые фильтры"
        placeholder={saved.error ? 'Не удалось загрузить' : list.length ? 'Выберите фильтр' : 'Сохранённых фильтров нет'}
        data={list.map((f) => ({ value: String(f.id), label: f.name }))}
        value={chosen ? String(chosen.id) : null}
        onChange={(id) => {
          const f = list.find((x) => String(x.id) === id);
          if (f) onPick(f.query);
        }}
        disabled={list.length === 0}
        w={{ base: '100%', sm: 280 }}
      />
      <Button variant="default" onClick={() => setSaving(true)} disabled={Object.keys(current).length === 0}>
        Сохранить фильтр
      </Button>
      <Button variant="subtle" color="red" onClick={() => chosen && confirmDelete(chosen)} disabled={!chosen} aria-label={chosen ? `Удалить фильтр «${chosen.name}»` : 'Удалить фильтр'}>
        Удалить фильтр
      </Button>
      <Modal opened={saving} onClose={() => setSaving(false)} title="Сохранение фильтра" closeButtonProps={{ 'aria-label': 'Закрыть' }}>
        {saving && (
          <SaveForm
            query={current}
            onCancel={() => setSaving(false)}
            onSaved={(f) => {
              setSaving(false);
              showSuccess(`Фильтр «${f.name}» сохранён.`);
              saved.reload();
            }}
          />
        )}
      </Modal>
    </Group>
  );
}

function SaveForm({ query, onSaved, onCancel }: { query: Record<string, string>; onSaved: (f: SavedFilter) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await api<SavedFilter>('POST', '/api/journal/filters', { name, query }));
    } catch (err) {
      if (err instanceof ApiError && (err.fields.name || err.status === 409)) setError(err.fields.name ?? err.message);
      else showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">Текущие условия отбора и порядок сортировки будут сохранены под этим названием. Фильтр виден только вам.</Text>
        <TextInput label="Название фильтра" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} maxLength={100} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" loading={busy}>
            Сохранить
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
