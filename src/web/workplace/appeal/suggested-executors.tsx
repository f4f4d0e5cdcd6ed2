import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import type { QuestionView } from './consideration-model';

/** GET /api/appeals/:id/suggested-executors: per question, the executors of the most specific entry of the competence map. */
export type Suggestion = { questionId: number; position: number; totkCode: string; executors: { userId: number; name: string }[] };

type Props = { appealId: number; questions: QuestionView[]; onAdd: (userIds: number[]) => void };

/**
 * ADM-2: what the competence map suggests for each question — a suggestion only, the head decides.
 * «Добавить» puts the suggested people among the executors of the first part.
 */
export function SuggestedExecutors({ appealId, questions, onAdd }: Props) {
  const query = useQuery<Suggestion[]>(`/api/appeals/${appealId}/suggested-executors`);
  if (query.error) {
    return (
      <Text size="sm" c="dimmed">
        Предложения по распределению вопросов не загрузились: {query.error.message}
      </Text>
    );
  }
  const rows = (query.data ?? []).filter((s) => s.executors.length > 0);
  if (rows.length === 0) return null;
  return (
    <Alert color="gray" title="Предложения по распределению вопросов по компетенции" data-testid="suggested-executors">
      <List size="sm" spacing={4}>
        {rows.map((s) => {
          const q = questions.find((x) => x.id === s.questionId);
          return (
            <List.Item key={s.questionId}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">
                  Вопрос {s.position}
                  {q ? ` (${q.name})` : ''}. По распределению вопросов: {s.executors.map((e) => e.name).join(', ')}
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => onAdd(s.executors.map((e) => e.userId))} aria-label={`Добавить исполнителями поручения 1 предложенных по вопросу ${s.position}`}>
                  Добавить в поручение 1
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
