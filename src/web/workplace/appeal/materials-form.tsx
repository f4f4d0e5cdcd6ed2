import { useState, type FormEvent } from 'react';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu } from '../../../domain/time/local-date';
import type { AssignmentView } from './consideration-model';

type Props = { assignments: AssignmentView[]; responsibleOfParts: { resolutionId: number; part: number; name: string }[]; userId: number; onSubmitted: () => void };

/** ROU-3: the user's own open co-executor assignments, each with the form to deliver his materials to the responsible executor. */
export function MaterialsForms({ assignments, responsibleOfParts, userId, onSubmitted }: Props) {
  const mine = assignments.filter((a) => a.executorUserId === userId && a.role === 'co-executor' && a.status === 'open');
  if (mine.length === 0) return null;
  return (
    <>
      {mine.map((a) => (
        <MaterialsForm key={a.id} assignment={a} responsible={assignments.find((x) => x.resolutionId === a.resolutionId && x.part === a.part && x.role === 'responsible')?.executorName ?? responsibleOfParts.find((x) => x.resolutionId === a.resolutionId && x.part === a.part)?.name ?? null} onSubmitted={onSubmitted} />
      ))}
    </>
  );
}

function MaterialsForm({ assignment: a, responsible, onSubmitted }: { assignment: AssignmentView; responsible: string | null; onSubmitted: () => void }) {
  const [text, setText] = useState('');
  const { busy, fieldErrors, setFieldErrors, run } = useSubmit('Непредвиденная ошибка. Повторите действие.', { notify: true });
  const id = `materials-${a.id}`;

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setFieldErrors({ text: 'Изложите материалы (что сделано, что предлагается).' });
      return;
    }
    modals.openConfirmModal({
      title: 'Представление материалов',
      children: (
        <Text size="sm">
          Представить материалы ответственному исполнителю{responsible ? ` (${responsible})` : ''}? Материалы представляются один раз: после этого поручение считается исполненным и
          текст не изменяется.
        </Text>
      ),
      labels: { confirm: 'Представить', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () => void send(),
    });
  }

  async function send() {
    await run(async () => {
      await api('POST', `/api/assignments/${a.id}/materials`, { text });
      showSuccess('Материалы представлены ответственному исполнителю.');
      onSubmitted();
    });
  }

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={`${id}-title`}>
      <form onSubmit={confirm} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h5" id={`${id}-title`}>
            Материалы соисполнителя по поручению {a.part}
          </Title>
          <Text size="sm">
            Представьте материалы ответственному исполнителю{responsible ? ` — ${responsible}` : ''}
            {a.materialsDue ? ` не позднее ${formatDateRu(a.materialsDue)}` : ''}.
          </Text>
          <Textarea
            label="Материалы"
            description="Что сделано, что установлено, что предлагается включить в ответ"
            required
            autosize
            minRows={3}
            maxLength={20000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setFieldErrors({});
            }}
            error={fieldErrors.text}
          />
          <div>
            <Button type="submit" loading={busy}>
              Представить материалы
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
