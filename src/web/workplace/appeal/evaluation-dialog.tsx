import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { DateField } from '../../components/date-field';
import { localDate, localDateTime } from '../../../domain/time/local-date';
import { zonedToInstant } from '../deadlines/zoned-time';
import { evaluationChannelLabels, evaluationValueLabels, formatMoment, type ConsiderationView, type EvaluationChannel, type EvaluationValue } from './consideration-model';

type Props = { appealId: number; view: ConsiderationView; canRecord: boolean; timeZone: string; onRecorded: () => void };

const channelOptions = (Object.keys(evaluationChannelLabels) as EvaluationChannel[]).map((value) => ({ value, label: evaluationChannelLabels[value] }));

/**
 * CTL-4 (HMR 11.9–11.12, app. 5–6): the author's evaluation of the result — asked when a question
 * was «поддержано», «не поддержано» or «разъяснено» — with the channel and the time it was received.
 */
export function Evaluations({ appealId, view, canRecord, timeZone, onRecorded }: Props) {
  const [opened, setOpened] = useState(false);
  if (!view.evaluationApplies && view.evaluations.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Оценка автором результатов рассмотрения
        </Title>
        {canRecord && view.evaluationApplies && (
          <Button variant="light" onClick={() => setOpened(true)}>
            Записать оценку автора
          </Button>
        )}
      </Group>
      {view.evaluations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Оценка автора не получена.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" withTableBorder aria-label="Оценки автора">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Получена</Table.Th>
                <Table.Th>Оценка</Table.Th>
                <Table.Th>Способ получения</Table.Th>
                <Table.Th>Примечание</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.evaluations.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(e.receivedAt, timeZone)}</Table.Td>
                  <Table.Td>{evaluationValueLabels[e.value]}</Table.Td>
                  <Table.Td>{evaluationChannelLabels[e.channel]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title="Оценка автором результатов рассмотрения" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        <EvaluationForm appealId={appealId} timeZone={timeZone} onClose={() => setOpened(false)} onDone={onRecorded} />
      </Modal>
    </Stack>
  );
}

function EvaluationForm({ appealId, timeZone, onClose, onDone }: { appealId: number; timeZone: string; onClose: () => void; onDone: () => void }) {
  const now = new Date();
  const [value, setValue] = useState<EvaluationValue | null>(null);
  const [channel, setChannel] = useState<EvaluationChannel | null>(null);
  const [date, setDate] = useState<string | null>(localDate(now, timeZone));
  const [time, setTime] = useState(localDateTime(now, timeZone).time);
  const [note, setNote] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Оценка не записана. Повторите действие.');
  const drop = (key: string) => setFieldErrors(({ [key]: _dropped, ...rest }) => rest);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Record<string, string> = {};
    if (!value) local.value = 'Выберите оценку: удовлетворён полностью или не удовлетворён.';
    if (!channel) local.channel = 'Выберите, как получена оценка.';
    if (!date || !/^\d{2}:\d{2}$/.test(time)) local.receivedAt = 'Укажите дату и время получения оценки.';
    setFieldErrors(local);
    if (Object.keys(local).length > 0) return;
    await run(async () => {
      await api('POST', `/api/appeals/${appealId}/evaluations`, { value, channel, receivedAt: zonedToInstant(date!, time, timeZone), note });
      showSuccess('Оценка автора записана.');
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Radio.Group label="Оценка автора" required value={value} onChange={(v) => {
            setValue(v as EvaluationValue);
            drop('value');
          }}
          error={fieldErrors.value}
        >
          <Stack gap={6} mt={6}>
            {(Object.keys(evaluationValueLabels) as EvaluationValue[]).map((v, i) => (
              <Radio key={v} value={v} label={evaluationValueLabels[v]} data-autofocus={i === 0 ? true : undefined} />
            ))}
          </Stack>
        </Radio.Group>
        <Select<EvaluationChannel> label="Как получена" required placeholder="Выберите способ" data={channelOptions} value={channel}
          onChange={(c) => {
            setChannel(c);
            drop('channel');
          }}
          error={fieldErrors.channel}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label="Дата получения"
            required
            value={date}
            onChange={(d) => {
              setDate(d);
              drop('receivedAt');
            }}
            error={fieldErrors.receivedAt}
          />
          <TimeInput label="Время получения (местное)" required value={time} onChange={(e) => {
              setTime(e.currentTarget.value);
              drop('receivedAt');
            }}
          />
        </SimpleGrid>
        <Textarea label="Примечание" description="Например: содержание телефонного разговора; необязательно" autosize minRows={2} maxLength={2000} value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            drop('note');
          }}
          error={fieldErrors.note}
        />
        <DialogFooter error={error} errorTitle="Оценка не записана" busy={busy} onCancel={onClose} submitLabel="Записать оценку" />
      </Stack>
    </form>
  );
}
