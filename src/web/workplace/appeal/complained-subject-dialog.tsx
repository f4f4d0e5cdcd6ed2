import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import type { Official, Unit } from '../admin/types';
import { unitSelectData } from '../admin/structure-options';
import type { ConsiderationView } from './consideration-model';

type Props = { appealId: number; current: ConsiderationView['complained']; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6): whose decision or action (inaction) the complaint is about — an official
 * and/or a unit. A resolution then refuses them (and the unit's sub-units) as executors.
 */
export function ComplainedSubjectDialog({ appealId, current, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Жалоба на решение или действие (бездействие)" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <ComplainedSubjectForm appealId={appealId} current={current} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function ComplainedSubjectForm({ appealId, current, onClose, onDone }: Omit<Props, 'opened'>) {
  const officials = useQuery<Official[]>('/api/structure/officials');
  const units = useQuery<Unit[]>('/api/structure/units');
  const [officialId, setOfficialId] = useState<number | null>(current.officialId);
  const [unitId, setUnitId] = useState<number | null>(current.unitId);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const officialOptions = (officials.data ?? []).filter((o) => o.active || o.id === current.officialId).map((o) => ({ value: o.id, label: o.fullName }));
  const unitOptions = unitSelectData(units.data ?? [], { keep: [current.unitId] });
  const loadError = officials.error ?? units.error;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    try {
      await api('PUT', `/api/appeals/${appealId}/complained-subject`, { officialId, unitId });
      showSuccess(officialId || unitId ? 'В карточке указано, чьё решение или действие обжалуется.' : 'Отметка о том, чьё решение обжалуется, снята.');
      onClose();
      onDone();
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Сведения не сохранены. Повторите действие.');
      setFieldErrors(apiError.fields);
      setError(apiError.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Жалоба не направляется на рассмотрение должностному лицу или в подразделение, решение или действие (бездействие) которых обжалуется (ч. 6 ст. 8 Федерального закона
          № 59-ФЗ). Укажите их — при вынесении резолюции они не могут быть назначены исполнителями.
        </Text>
        <Select<number>
          label="Должностное лицо"
          description="Чьё решение или действие обжалуется; можно не указывать"
          placeholder={officials.data ? 'Выберите должностное лицо' : 'Загрузка списка…'}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Очистить: должностное лицо' }}
          nothingFoundMessage="Не найдено"
          data={officialOptions}
          value={officialId}
          onChange={setOfficialId}
          error={fieldErrors.officialId}
        />
        <Select<number>
          label="Подразделение"
          description="Решение или действие которого обжалуется; включая его подчинённые подразделения"
          placeholder={units.data ? 'Выберите подразделение' : 'Загрузка списка…'}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Очистить: подразделение' }}
          nothingFoundMessage="Не найдено"
          data={unitOptions.data}
          renderOption={unitOptions.renderOption}
          value={unitId}
          onChange={setUnitId}
          error={fieldErrors.unitId}
        />
        {loadError && (
          <Alert color="red" role="alert" title="Справочник не загрузился">
            {loadError.message}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert" title="Сведения не сохранены">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
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
