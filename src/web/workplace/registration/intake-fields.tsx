import { useState } from 'react';
import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { DateField } from '../../components/date-field';
import { ExternalBodySelect } from '../../components/external-body-select';
import { channelLabels, formLabels, typeLabels } from '../../../domain/appeal/labels';
import type { AppealChannel, AppealForm, AppealType } from './form-model';
import type { AppealFormState } from './use-appeal-form';
import { RegistrationDeadline } from './registration-deadline';
import { fieldId } from './field-labels';
import { FormSection } from './form-section';

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
const formOptions = options(formLabels);
const channelOptions = options(channelLabels);
const typeOptions = options(typeLabels);

/** INT-1: the form an appeal arriving by a channel usually has; the registrar may change it. */
const usualForm: Partial<Record<AppealChannel, AppealForm>> = {
  post: 'written',
  'in-person': 'written',
  fax: 'written',
  email: 'electronic',
  'internet-reception': 'electronic',
  epgu: 'electronic',
  'regional-portal': 'electronic',
  medo: 'electronic',
  'personal-reception': 'oral',
  'field-reception': 'oral',
  'video-reception': 'oral',
  phone: 'oral',
};

type Props = { state: AppealFormState; timeZone: string; registrationDate: string; autoFocus?: boolean };

/** «Поступление»: when and how the appeal arrived, what it is, to whom, and from which body (REG-3, INT-1…3). */
export function IntakeFields({ state, timeZone, registrationDate, autoFocus }: Props) {
  const { values: v, set, patch, error } = state;
  // The form follows the channel until the registrar chooses it himself.
  const [formChosen, setFormChosen] = useState(false);

  function chooseChannel(channel: AppealChannel | null) {
    const p: Partial<typeof v> = { channel };
    const usual = channel ? usualForm[channel] : undefined;
    if (!formChosen && usual) p.form = usual;
    // 59-FZ art. 8 ч. 3: an appeal forwarded by another body carries its cover letter.
    if (channel === 'forwarded') p.forwarded = true;
    patch(p);
  }

  return (
    <FormSection title="Поступление" id="section-intake">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          id={fieldId('receivedAt')}
          label="Дата поступления"
          required
          autoFocus={autoFocus}
          value={v.receivedDate}
          onChange={(d) => set('receivedDate', d, 'receivedAt')}
          error={error('receivedAt')}
        />
        <TimeInput
          id={fieldId('receivedTime')}
          label="Время поступления (местное)"
          required
          value={v.receivedTime}
          onChange={(e) => set('receivedTime', e.currentTarget.value, 'receivedAt')}
          error={error('receivedAt') && !/^\d{2}:\d{2}$/.test(v.receivedTime) ? 'Укажите время в формате ЧЧ:ММ.' : undefined}
        />
        <Select<AppealForm>
          id={fieldId('form')}
          label="Форма обращения"
          required
          data={formOptions}
          value={v.form}
          onChange={(form) => {
            setFormChosen(true);
            set('form', form);
          }}
          error={error('form')}
          allowDeselect={false}
        />
        <Select<AppealChannel>
          id={fieldId('channel')}
          label="Канал поступления"
          required
          searchable
          data={channelOptions}
          value={v.channel}
          onChange={chooseChannel}
          error={error('channel')}
          nothingFoundMessage="Нет такого канала"
          allowDeselect={false}
        />
      </SimpleGrid>
      <RegistrationDeadline receivedDate={v.receivedDate} receivedTime={v.receivedTime} channel={v.channel} timeZone={timeZone} registrationDate={registrationDate} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
        <Select<AppealType>
          id={fieldId('type')}
          label="Вид обращения"
          required
          searchable
          placeholder="Выберите вид"
          data={typeOptions}
          value={v.type}
          onChange={(type) => set('type', type)}
          error={error('type')}
          nothingFoundMessage="Нет такого вида"
          allowDeselect={false}
        />
        <TextInput
          id={fieldId('addressee')}
          label="Адресат"
          description="Орган, фамилия должностного лица или должность — как указано в обращении"
          autoComplete="off"
          value={v.addressee}
          onChange={(e) => set('addressee', e.currentTarget.value)}
          error={error('addressee')}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Checkbox
          id={fieldId('forwarded')}
          label="Поступило из другого органа (59-ФЗ ст. 8 ч. 3)"
          checked={v.forwarded}
          onChange={(e) => set('forwarded', e.currentTarget.checked)}
          error={error('forwarded')}
        />
        {v.forwarded && (
          <Stack gap="xs" pl="lg">
            <div id={fieldId('forwarded.bodyId')}>
              <ExternalBodySelect
                label="Орган, направивший обращение"
                required
                value={v.forwardedBodyId}
                onChange={(id, body) => patch({ forwardedBodyId: id, forwardedBodyName: body?.name ?? '' })}
                error={error('forwarded.bodyId')}
              />
            </div>
            <Group grow align="flex-start">
              <DateField
                id={fieldId('forwarded.letterDate')}
                label="Дата сопроводительного письма"
                value={v.letterDate}
                onChange={(d) => set('letterDate', d, 'forwarded.letterDate')}
                error={error('forwarded.letterDate')}
              />
              <TextInput
                id={fieldId('forwarded.letterNumber')}
                label="Номер сопроводительного письма"
                autoComplete="off"
                value={v.letterNumber}
                onChange={(e) => set('letterNumber', e.currentTarget.value, 'forwarded.letterNumber')}
                error={error('forwarded.letterNumber')}
              />
            </Group>
            <Checkbox
              label="Контрольное: орган просит сообщить о результатах рассмотрения"
              checked={v.isControl}
              onChange={(e) => set('isControl', e.currentTarget.checked, 'forwarded.isControl')}
            />
          </Stack>
        )}
      </Stack>
    </FormSection>
  );
}
