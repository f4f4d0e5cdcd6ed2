import { useState, type FormEvent } from 'react';
import { Alert, Modal, Select, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
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
  const { busy, error, fieldErrors, run } = useSubmit('Сведения не сохранены. Повторите действие.');

  const officialOptions = (officials.data ?? []).filter((o) => o.active || o.id === current.officialId).map((o) => ({ value: o.id, label: o.fullName }));
  const unitOptions = unitSelectData(units.data ?? [], { keep: [current.unitId] });
  const loadError = officials.error ?? units.error;

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api('PUT', `/api/appeals/${appealId}/complained-subject`, { officialId, unitId });
      showSuccess(officialId || unitId ? 'В карточке указано, чьё решение или действие обжалуется.' : 'Отметка о том, чьё решение обжалуется, снята.');
      onClose();
      onDone();
    });
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
        <DialogFooter error={error} errorTitle="Сведения не сохранены" busy={busy} onCancel={onClose} submitLabel="Сохранить" />
      </Stack>
    </form>
  );
}
