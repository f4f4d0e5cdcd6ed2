import { useState } from 'react';
import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatDateRu } from '../../../domain/time/local-date';
import { multiplicityLabels } from '../../../domain/appeal/multiplicity';
import { controlTypeLabels, type ControlType, type Multiplicity } from './form-model';
import type { AppealFormState } from './use-appeal-form';
import { fieldId } from './field-labels';
import { FormSection } from './form-section';

type Official = { id: number; fullName: string; active: boolean };
type JournalPage = { rows: { id: number; number: string; registrationDate: string; status: string }[] };

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
const multiplicityOptions = (Object.keys(multiplicityLabels) as Multiplicity[]).map((value) => ({ value, label: capital(multiplicityLabels[value]) }));
const controlOptions = (Object.keys(controlTypeLabels) as ControlType[]).map((value) => ({ value, label: controlTypeLabels[value] }));

/** «Кратность и контроль» (REG-3, REG-5, REG-8): first or repeated, the earlier appeal, the type of control and who holds it. */
export function ControlFields({ state }: { state: AppealFormState }) {
  const { values: v, set, patch, error } = state;
  const officials = useQuery<Official[]>('/api/structure/officials');
  const [number, setNumber] = useState('');
  const [lookup, setLookup] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });

  // The earlier appeal by its number, when the history did not offer it (another spelling of the name).
  async function findPrevious() {
    const wanted = number.trim().replace(/^№\s*/, '');
    if (!wanted) return;
    setLookup({ busy: true, message: null });
    try {
      const page = await api<JournalPage>('GET', `/api/appeals?${new URLSearchParams({ q: wanted, pageSize: '5' }).toString()}`);
      const found = page.rows.find((r) => r.number === wanted);
      if (!found) {
        setLookup({ busy: false, message: `Обращение № ${wanted} не найдено.` });
        return;
      }
      patch({ previous: { id: found.id, number: found.number, registrationDate: found.registrationDate }, ...(v.multiplicity === 'primary' ? { multiplicity: 'repeat' as const } : {}) });
      setNumber('');
      setLookup({ busy: false, message: null });
    } catch (e) {
      setLookup({ busy: false, message: e instanceof ApiError ? e.message : 'Поиск не выполнен.' });
    }
  }

  const officialOptions = (officials.data ?? []).filter((o) => o.active || o.id === v.controlOfficialId).map((o) => ({ value: o.id, label: o.fullName }));
  return (
    <FormSection title="Кратность и контроль" id="section-control">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<Multiplicity>
          id={fieldId('multiplicity')}
          label="Кратность"
          description="Повторное — тот же автор по тому же вопросу (REG-5)"
          data={multiplicityOptions}
          value={v.multiplicity}
          allowDeselect={false}
          onChange={(m) => m && set('multiplicity', m)}
          error={error('multiplicity')}
        />
        <Stack gap={4} id={fieldId('previousAppealId')}>
          {v.previous ? (
            <>
              <Text size="sm" fw={500}>
                Предыдущее обращение
              </Text>
              <Group gap="xs">
                <Anchor component={Link} to={`/app/appeals/${v.previous.id}`} target="_blank" data-testid="previous-appeal">
                  № {v.previous.number}
                  {v.previous.registrationDate ? ` от ${formatDateRu(v.previous.registrationDate)}` : ''}
                </Anchor>
                <Button variant="subtle" size="compact-sm" onClick={() => set('previous', null, 'previousAppealId')}>
                  Убрать
                </Button>
              </Group>
            </>
          ) : (
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label="№ предыдущего обращения"
                description={v.multiplicity !== 'primary' ? 'Укажите, к какому обращению повторное' : 'Для повторного обращения'}
                autoComplete="off"
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                    e.preventDefault();
                    void findPrevious();
                  }
                }}
                error={lookup.message ?? error('previousAppealId')}
                style={{ flex: 1 }}
              />
              <Button variant="light" onClick={() => void findPrevious()} loading={lookup.busy} disabled={!number.trim()}>
                Найти
              </Button>
            </Group>
          )}
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<ControlType>
          id={fieldId('controlType')}
          label="Вид контроля"
          description="Каждое зарегистрированное обращение ставится на контроль (REG-8)"
          data={controlOptions}
          value={v.controlType}
          allowDeselect={false}
          onChange={(c) => c && set('controlType', c)}
          error={error('controlType')}
        />
        <Select<number>
          id={fieldId('controlOfficialId')}
          label="Контроль осуществляет"
          description="Должностное лицо; можно не указывать"
          placeholder={officials.error ? 'Список не загрузился' : 'Выберите должностное лицо'}
          searchable
          clearable
          data={officialOptions}
          value={v.controlOfficialId}
          onChange={(id) => set('controlOfficialId', id)}
          error={error('controlOfficialId')}
          nothingFoundMessage="Не найдено"
        />
      </SimpleGrid>
    </FormSection>
  );
}
