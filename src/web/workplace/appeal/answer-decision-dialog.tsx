import { useState, type FormEvent } from 'react';
import { Modal, Stack, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';

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
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Решение не сохранено. Повторите действие.');
  const returning = mode === 'return';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (returning && !comment.trim()) {
      setFieldErrors({ comment: 'Укажите, что доработать.' });
      return;
    }
    await run(async () => {
      await api('POST', `/api/answers/${answerId}/decision`, { decision: returning ? 'returned' : 'approved', comment });
      showSuccess(returning ? 'Проект ответа возвращён на доработку.' : 'Проект ответа согласован.');
      onClose();
      onDone();
    });
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
            setFieldErrors({});
          }}
          error={fieldErrors.comment}
        />
        <DialogFooter
          error={error}
          errorTitle={returning ? 'Проект не возвращён' : 'Проект не согласован'}
          busy={busy}
          onCancel={onClose}
          submitLabel={returning ? 'Вернуть на доработку' : 'Согласовать'}
          submitColor={returning ? 'red' : undefined}
        />
      </Stack>
    </form>
  );
}
