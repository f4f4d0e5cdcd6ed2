import { Alert, Button, Card, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { TotkPicker } from '../../components/totk-picker';
import type { AppealFormState } from './use-appeal-form';
import { fieldId } from './field-labels';
import { FormSection } from './form-section';

/** «Вопросы» (REG-3, DUKI 3.2): one ТОТК question per question of the appeal, each with its summary. */
export function QuestionFields({ state }: { state: AppealFormState }) {
  const { values: v, setQuestion, addQuestion, removeQuestion, error } = state;
  return (
    <FormSection title="Вопросы" id="section-questions">
      {error('questions') && (
        <Alert color="red" role="alert" p="xs" id={fieldId('questions')}>
          {error('questions')}
        </Alert>
      )}
      {v.questions.map((q, i) => {
        const titleId = `question-${q.key}-title`;
        return (
          <Card key={q.key} withBorder padding="sm" role="group" aria-labelledby={titleId} data-testid={`question-${i}`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={600} id={titleId}>
                  Вопрос {i + 1}
                </Text>
                {v.questions.length > 1 && (
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => removeQuestion(i)} aria-label={`Удалить вопрос ${i + 1}`}>
                    Удалить
                  </Button>
                )}
              </Group>
              <div id={fieldId(`questions.${i}.totkCode`)}>
                <TotkPicker required value={q.totkCode} onChange={(code, entry) => setQuestion(i, { totkCode: code, totkName: entry?.name ?? '' })} error={error(`questions.${i}.totkCode`)} />
              </div>
              <Textarea
                id={fieldId(`questions.${i}.annotation`)}
                label="Содержание вопроса"
                description="Кратко, своими словами"
                autosize
                minRows={1}
                maxRows={4}
                value={q.annotation}
                onChange={(e) => setQuestion(i, { annotation: e.currentTarget.value })}
                error={error(`questions.${i}.annotation`)}
              />
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" size="sm" onClick={addQuestion}>
          Добавить вопрос
        </Button>
      </Group>
      <Textarea
        id={fieldId('annotation')}
        label="Аннотация"
        description="Кратко, по каждому вопросу обращения (KHV 3.3.3, DUKI 3.3)"
        required
        autosize
        minRows={2}
        maxRows={8}
        value={v.annotation}
        onChange={(e) => state.set('annotation', e.currentTarget.value)}
        error={error('annotation')}
      />
      <Textarea
        id={fieldId('text')}
        label="Текст обращения"
        description="Необязательно: для электронного обращения — текст полностью, для бумажного — при необходимости"
        autosize
        minRows={2}
        maxRows={12}
        value={v.text}
        onChange={(e) => state.set('text', e.currentTarget.value)}
        error={error('text')}
      />
      <NumberInput
        id={fieldId('pages')}
        label="Количество листов"
        description="Листов обращения без приложений"
        min={0}
        max={100000}
        allowDecimal={false}
        allowNegative={false}
        w={{ base: '100%', sm: 240 }}
        value={v.pages}
        onChange={(pages) => state.set('pages', pages)}
        error={error('pages')}
      />
    </FormSection>
  );
}
