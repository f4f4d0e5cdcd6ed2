import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import type { QuestionResult } from '../../../domain/appeal/lifecycle';
import { resultOptions, type QuestionView } from './consideration-model';

type Props = { appealId: number; questions: QuestionView[]; editable: boolean; onSaved: () => void };

/**
 * CTL-3 (HMR 11.8; the ССТУ results): the result of consideration per question. The responsible
 * executor, the head or a deputy chooses it; everyone else reads it.
 */
export function ResultsForm({ appealId, questions, editable, onSaved }: Props) {
  const [values, setValues] = useState<Record<number, QuestionResult | null>>(() => Object.fromEntries(questions.map((q) => [q.id, q.result])));
  const { busy, fieldErrors, setFieldErrors, run } = useSubmit('Непредвиденная ошибка. Повторите действие.', { notify: true });
  const changed = questions.filter((q) => values[q.id] && values[q.id] !== q.result);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (changed.length === 0) {
      setFieldErrors({ results: 'Выберите результат хотя бы по одному вопросу.' });
      return;
    }
    await run(
      async () => {
        await api('POST', `/api/appeals/${appealId}/results`, { results: changed.map((q) => ({ questionId: q.id, result: values[q.id] })) });
        showSuccess(changed.length === 1 ? `Результат рассмотрения по вопросу № ${changed[0]!.position} записан.` : 'Результаты рассмотрения записаны.');
        onSaved();
      },
      {
        // The server names a result by its place in the list sent: map it back to the question.
        fields: (fields) =>
          Object.fromEntries(
            Object.entries(fields).map(([path, message]) => {
              const m = /^results\.(\d+)\./.exec(path);
              const q = m ? changed[Number(m[1])] : undefined;
              return [q ? `q${q.id}` : 'results', message];
            }),
          ),
      },
    );
  }

  const table = (
    <Table verticalSpacing="xs" withTableBorder aria-label="Результаты рассмотрения по вопросам">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>№</Table.Th>
          <Table.Th>Вопрос</Table.Th>
          <Table.Th w={editable ? 420 : undefined}>Результат рассмотрения</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {questions.map((q) => (
          <Table.Tr key={q.id} style={{ verticalAlign: 'top' }}>
            <Table.Td>{q.position}</Table.Td>
            <Table.Td>
              <Text size="sm">
                <Text span size="sm" fw={600}>
                  {q.totkCode}
                </Text>{' '}
                {q.name}
              </Text>
              {q.annotation && (
                <Text size="xs" c="dimmed">
                  {q.annotation}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {editable ? (
                <Select<QuestionResult>
                  aria-label={`Результат по вопросу № ${q.position}`}
                  placeholder="Не указан"
                  data={resultOptions}
                  value={values[q.id] ?? null}
                  allowDeselect={false}
                  onChange={(r) => {
                    setValues((v) => ({ ...v, [q.id]: r }));
                    setFieldErrors({});
                  }}
                  error={fieldErrors[`q${q.id}`]}
                />
              ) : (
                <Text size="sm" c={q.resultLabel ? undefined : 'dimmed'} data-testid={`result-${q.position}`}>
                  {q.resultLabel ?? 'не указан'}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Результаты рассмотрения по вопросам
      </Title>
      {editable ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="xs">
            <Table.ScrollContainer minWidth={640}>{table}</Table.ScrollContainer>
            <Group>
              <Button type="submit" loading={busy}>
                Сохранить результаты
              </Button>
              {fieldErrors.results && (
                <Text size="sm" c="red.8" role="alert">
                  {fieldErrors.results}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      ) : (
        <Table.ScrollContainer minWidth={640}>{table}</Table.ScrollContainer>
      )}
    </Stack>
  );
}
