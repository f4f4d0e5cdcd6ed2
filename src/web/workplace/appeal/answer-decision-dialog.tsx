import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { showSuccess } from '../../components/form-errors';

export type ApprovalMode = 'approve' | 'return';

type Props = { mode: ApprovalMode; answerId: number; label: string; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * ANS-5: the approver whose turn it is approves the draft (a remark is optional) or returns it for
 * rework — then what to rework is required. The signature is asked for separately (a confirmation).
 */
export function AnswerDecisionDialog({ mode, label, opened, onClose, ...rest }: Props) {
  const title = mode === 'approve' ? 'Согласование проекта ответа' : 'Возврат проекта ответа на доработку';
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `${title} по обращению ${label}` : title} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <DecisionForm mode={mode} onClose={onClose} {...rest} />
    </Modal>
  );
}

function DecisionForm({ mode, answerId, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const returning = mode === 'return';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (returning && !comment.trim()) {
      setFieldError('Укажите, что доработать.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', `/api/answers/${answerId}/decision`, { decision: returning ? 'returned' : 'approved', comment });
      showSuccess(returning ? 'Проект ответа возвращён на доработку.' : 'Проект ответа согласован.');
      onClose();
      onDone();
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Решение не сохранено. Повторите действие.');
      setFieldError(apiError.fields.comment);
      setError(apiError.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Textarea
          label={returning ? 'Что доработать' : 'Замечания'}
          description={returning ? 'Исполнитель увидит этот комментарий; проект вернётся к нему для изменения' : 'Необязательно'}
          required={returning}
          data-autofocus
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setFieldError(undefined);
          }}
          error={fieldError}
        />
        {error && (
          <Alert color="red" role="alert" title={returning ? 'Проект не возвращён' : 'Проект не согласован'}>
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Отмена
          </Button>
          <Button type="submit" loading={busy} color={returning ? 'red' : undefined}>
            {returning ? 'Вернуть на доработку' : 'Согласовать'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
