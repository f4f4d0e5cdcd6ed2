import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError, showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { TotkPicker } from '../../components/totk-picker';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { unitSelectData } from './structure-options';
import type { Official, Unit } from './types';

/** A row of GET /api/admin/competence-map. */
type Entry = { id: number; totkPrefix: string; totkName: string; unitId: number | null; unitName: string | null; officialId: number | null; officialName: string | null; note: string };

/**
 * ADM-2: «ТОТК question or section → unit or official». The head sees what the map suggests when
 * giving a resolution; the map only suggests, the head decides. Entries are added and deleted.
 */
export function CompetenceMapPage() {
  const { session } = useSession();
  const canManage = can(session?.user?.roles ?? [], 'admin.structure');
  const entries = useQuery<Entry[]>('/api/admin/competence-map');
  const [adding, setAdding] = useState(false);

  function remove(e: Entry) {
    const whom = e.officialName ?? e.unitName ?? '';
    modals.openConfirmModal({
      title: 'Удаление строки распределения',
      children: (
        <Text size="sm">
          Удалить строку «{e.totkPrefix} {e.totkName} → {whom}»? Исполнители по этому вопросу больше не будут предлагаться при вынесении резолюции.
        </Text>
      ),
      labels: { confirm: 'Удалить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void api('DELETE', `/api/admin/competence-map/${e.id}`)
          .then(() => showSuccess('Строка распределения удалена.'))
          .catch((err: unknown) => showApiError(err))
          .finally(entries.reload),
    });
  }

  return (
    <Stack>
      <Text c="dimmed" size="sm">
        Распределение вопросов по компетенции: за вопросом или разделом классификатора ТОТК закрепляется подразделение или должностное лицо. При вынесении резолюции по
        вопросу предлагаются исполнители самой точной строки; решение принимает руководитель.
      </Text>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>Добавить строку распределения</Button>
        </Group>
      )}
      <LoadState query={entries} isEmpty={(d) => d.length === 0} empty="Распределение вопросов не задано.">
        {(list) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label="Распределение вопросов по компетенции" data-testid="competence-map">
              <Table.Caption>Строк: {list.length}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Код ТОТК</Table.Th>
                  <Table.Th>Вопрос или раздел</Table.Th>
                  <Table.Th>Подразделение</Table.Th>
                  <Table.Th>Должностное лицо</Table.Th>
                  <Table.Th>Примечание</Table.Th>
                  {canManage && <Table.Th>Действия</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.totkPrefix}</Table.Td>
                    <Table.Td>{e.totkName}</Table.Td>
                    <Table.Td>{e.unitName ?? '—'}</Table.Td>
                    <Table.Td>{e.officialName ?? '—'}</Table.Td>
                    <Table.Td>{e.note || '—'}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button size="xs" variant="subtle" color="red" onClick={() => remove(e)} aria-label={`Удалить строку ${e.totkPrefix}`}>
                          Удалить
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={adding} onClose={() => setAdding(false)} title="Новая строка распределения" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        {adding && (
          <EntryForm
            onClose={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              showSuccess('Строка распределения добавлена.');
              entries.reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function EntryForm({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const units = useQuery<Unit[]>('/api/structure/units');
  const officials = useQuery<Official[]>('/api/structure/officials');
  const [mode, setMode] = useState<'question' | 'section'>('question');
  const [totkPrefix, setTotkPrefix] = useState<string | null>(null);
  const [sectionCode, setSectionCode] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [officialId, setOfficialId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Строка не добавлена. Повторите действие.');
  const unitOptions = unitSelectData(units.data ?? []);

  function clear(...keys: string[]) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const code = mode === 'question' ? totkPrefix : sectionCode.trim();
    const errors: Record<string, string> = {};
    if (!code) errors.totkPrefix = mode === 'question' ? 'Выберите вопрос классификатора.' : 'Укажите код раздела, темы или группы.';
    if (unitId === null && officialId === null) errors.unitId = 'Укажите подразделение или должностное лицо.';
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      return;
    }
    await run(async () => {
      await api('POST', '/api/admin/competence-map', { totkPrefix: code, unitId, officialId, note });
      onSaved();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <SegmentedControl
          aria-label="Что закрепляется"
          value={mode}
          onChange={(v) => {
            setMode(v as 'question' | 'section');
            clear('totkPrefix');
          }}
          data={[
            { value: 'question', label: 'Вопрос классификатора' },
            { value: 'section', label: 'Раздел, тема или группа' },
          ]}
        />
        {mode === 'question' ? (
          <TotkPicker
            required
            value={totkPrefix}
            onChange={(code) => {
              setTotkPrefix(code);
              clear('totkPrefix');
            }}
            error={fieldErrors.totkPrefix}
          />
        ) : (
          <TextInput
            label="Код раздела, темы или группы ТОТК"
            description="Например: 0001 (раздел) или 0001.0002 (тема); строка относится ко всем вопросам внутри"
            required
            maxLength={24}
            value={sectionCode}
            onChange={(e) => {
              setSectionCode(e.currentTarget.value);
              clear('totkPrefix');
            }}
            error={fieldErrors.totkPrefix}
          />
        )}
        <Select<number>
          label="Подразделение"
          description="Предлагаются действующие исполнители подразделения"
          searchable
          clearable
          placeholder={units.error ? 'Список не загрузился' : units.data ? 'Выберите подразделение' : 'Загрузка списка…'}
          data={unitOptions.data}
          renderOption={unitOptions.renderOption}
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            clear('unitId', 'officialId');
          }}
          error={fieldErrors.unitId}
        />
        <Select<number>
          label="Должностное лицо"
          description="Если указано, предлагается именно оно"
          searchable
          clearable
          placeholder={officials.error ? 'Список не загрузился' : officials.data ? 'Выберите должностное лицо' : 'Загрузка списка…'}
          data={(officials.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.fullName }))}
          value={officialId}
          onChange={(v) => {
            setOfficialId(v);
            clear('unitId', 'officialId');
          }}
          error={fieldErrors.officialId}
        />
        <Textarea label="Примечание" autosize minRows={2} maxLength={500} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
        <DialogFooter error={error} errorTitle="Строка не добавлена" busy={busy} onCancel={onClose} submitLabel="Добавить" />
      </Stack>
    </form>
  );
}
