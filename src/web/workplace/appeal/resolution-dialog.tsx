import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { DateField } from '../../components/date-field';
import { formatDateRu } from '../../../domain/time/local-date';
import type { ConsiderationView, StaffPerson } from './consideration-model';
import { emptyPart, PartFields, type PartValues } from './resolution-part';
import { SuggestedExecutors } from './suggested-executors';

type Props = { appealId: number; label: string; view: ConsiderationView; opened: boolean; onClose: () => void; onDone: () => void; onReturnComplaint?: () => void };

/**
 * ROU-2, ROU-3, DL-4, DL-5: the head or the deputy the appeal was passed to gives a resolution — its
 * text, urgency with a control date, and one or more parts, each with an instruction, a deadline
 * (by default the consideration deadline or the control date) and executors, one of them
 * responsible (the first unless another is marked). The server's refusals (ROU-8 among them) are
 * shown inside the dialog; nothing typed is lost.
 */
export function ResolutionDialog({ appealId, label, view, opened, onClose, onDone, onReturnComplaint }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Резолюция по обращению ${label}` : 'Резолюция по обращению'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <ResolutionForm appealId={appealId} view={view} onClose={onClose} onDone={onDone} onReturnComplaint={onReturnComplaint} />
    </Modal>
  );
}

function ResolutionForm({ appealId, view, onClose, onDone, onReturnComplaint }: Omit<Props, 'opened' | 'label'>) {
  const executors = useQuery<StaffPerson[]>('/api/consideration/executors');
  const [text, setText] = useState('');
  const [urgent, setUrgent] = useState(view.urgent);
  const [controlDate, setControlDate] = useState<string | null>(view.controlDate);
  const [parts, setParts] = useState<PartValues[]>(() => [emptyPart()]);
  const { busy, error, fieldErrors, setFieldErrors, fieldError, run } = useSubmit('Резолюция не сохранена. Повторите действие.');

  const defaultDeadline = controlDate ?? view.considerationDeadline;
  const defaultText = `${formatDateRu(defaultDeadline)} (${controlDate ? 'контрольный срок' : 'срок рассмотрения'})`;

  function clear(...keys: string[]) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((key) => k === key || k.startsWith(`${key}.`)))));
  }

  function updatePart(index: number, patch: Partial<PartValues>) {
    setParts((ps) => ps.map((p, i) => (i === index ? { ...p, ...patch } : p)));
    clear(...Object.keys(patch).map((k) => `parts.${index}.${k === 'executorIds' || k === 'responsibleId' ? 'executors' : k}`), 'executors');
  }

  // ADM-2: the competence map's suggestion joins the executors of the first part.
  function addToFirstPart(ids: number[]) {
    const current = parts[0]?.executorIds ?? [];
    updatePart(0, { executorIds: [...current, ...ids.filter((id) => !current.includes(id))] });
  }

  function removePart(index: number) {
    setParts((ps) => ps.filter((_, i) => i !== index));
    // The server names parts by their place: after a removal the old messages point elsewhere.
    setFieldErrors({});
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api('POST', `/api/appeals/${appealId}/resolution`, {
        text,
        urgent,
        controlDate,
        parts: parts.map((p) => {
          const responsible = p.responsibleId !== null && p.executorIds.includes(p.responsibleId) ? p.responsibleId : p.executorIds[0];
          return { instruction: p.instruction, deadline: p.deadline, executors: p.executorIds.map((userId) => ({ userId, responsible: userId === responsible })) };
        }),
      });
      showSuccess('Резолюция вынесена. Поручения направлены исполнителям.');
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {view.assignments.some((a) => a.status === 'open') && (
          <Alert color="blue" title="По обращению уже есть резолюция">
            Новая резолюция заменит неисполненные поручения прежней; исполненные поручения и представленные материалы сохраняются.
          </Alert>
        )}
        {view.complained.officialName || view.complained.unitName ? (
          <Alert color="yellow" title="Жалоба">
            Обжалуется решение или действие: {[view.complained.officialName, view.complained.unitName].filter(Boolean).join('; ')}. Им поручать рассмотрение нельзя (ч. 6 ст. 8
            Федерального закона № 59-ФЗ).
          </Alert>
        ) : null}
        <Textarea
          label="Текст резолюции"
          description="Необязательно: общее указание ко всем поручениям"
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            clear('text');
          }}
          error={fieldErrors.text}
        />
        <Group align="flex-start" gap="xl">
          <Checkbox
            label="Рассмотреть безотлагательно"
            description="Угроза жизни и здоровью, права ребёнка, чрезвычайная ситуация"
            checked={urgent}
            onChange={(e) => {
              setUrgent(e.currentTarget.checked);
              clear('urgent', 'controlDate');
            }}
            error={fieldErrors.urgent}
            mt="xs"
          />
          <DateField
            label="Контрольный срок"
            description={`Не позднее срока рассмотрения ${formatDateRu(view.considerationDeadline)}`}
            required={urgent}
            clearable
            clearButtonProps={{ 'aria-label': 'Очистить контрольный срок' }}
            value={controlDate}
            onChange={(d) => {
              setControlDate(d);
              clear('controlDate');
            }}
            error={fieldErrors.controlDate}
            w={260}
          />
        </Group>

        <SuggestedExecutors appealId={appealId} questions={view.questions} onAdd={addToFirstPart} />
        {parts.map((p, i) => (
          <PartFields
            key={p.key}
            index={i}
            count={parts.length}
            values={p}
            executors={executors}
            defaultDeadlineText={defaultText}
            error={(key) => fieldError(`parts.${i}.${key}`)}
            onChange={(patch) => updatePart(i, patch)}
            onRemove={() => removePart(i)}
          />
        ))}
        <Group>
          <Button variant="light" onClick={() => setParts((ps) => [...ps, emptyPart()])} disabled={parts.length >= 10}>
            Добавить поручение
          </Button>
          {fieldErrors.parts && (
            <Text size="sm" c="red.8">
              {fieldErrors.parts}
            </Text>
          )}
        </Group>

        <DialogFooter error={error} errorTitle="Резолюция не сохранена" errorTestId="resolution-refusal" busy={busy} onCancel={onClose} submitLabel="Вынести резолюцию">
          {fieldErrors.executors && (
            <Text size="sm" mt={4}>
              {fieldErrors.executors}
            </Text>
          )}
          {/* ROU-8 (59-ФЗ ст. 8 ч. 6): the refusal names the barred executors (field «executors»); when nobody else can consider the complaint, it goes back to its author. */}
          {onReturnComplaint && fieldErrors.executors && (
            <Button
              mt="sm"
              size="xs"
              variant="white"
              onClick={() => {
                onClose();
                onReturnComplaint();
              }}
            >
              Вернуть жалобу автору
            </Button>
          )}
        </DialogFooter>
      </Stack>
    </form>
  );
}
