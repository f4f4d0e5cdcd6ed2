import { useState, type FormEvent } from 'react';
import { Alert, Modal, Stack, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';

/** draft — the first draft of an appeal; edit — a new version of a draft; edition — a new edition of a signed answer. */
export type AnswerTextMode = 'draft' | 'edit' | 'edition';

type Props = { mode: AnswerTextMode; appealId: number; answerId: number | null; initial: string; label: string; opened: boolean; onClose: () => void; onDone: () => void };

const titles: Record<AnswerTextMode, string> = {
  draft: 'Проект ответа',
  edit: 'Изменение проекта ответа',
  edition: 'Новая редакция ответа',
};

const submitLabels: Record<AnswerTextMode, string> = {
  draft: 'Подготовить проект',
  edit: 'Сохранить изменения',
  edition: 'Подготовить новую редакцию',
};

/**
 * ANS-3, ANS-4: the text of the answer written by the responsible executor; the letter itself (the
 * appeal's details, the salutation, the right to appeal, the executor's name and phone) is made from
 * the template «Ответ на обращение». A signed answer is never changed (KCSON 2.8.8): its change is a
 * new edition that goes the whole route again. The server's refusals stay inside the dialog.
 */
export function AnswerTextDialog({ mode, label, opened, onClose, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `${titles[mode]} по обращению ${label}` : titles[mode]} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <AnswerTextForm mode={mode} onClose={onClose} {...rest} />
    </Modal>
  );
}

function AnswerTextForm({ mode, appealId, answerId, initial, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const [body, setBody] = useState(initial);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Проект ответа не сохранён. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (body.trim().length < 20) {
      setFieldErrors({ body: 'Изложите ответ по существу каждого поставленного вопроса (не менее 20 знаков).' });
      return;
    }
    await run(async () => {
      const res =
        mode === 'draft'
          ? await api<{ id: number; version: number }>('POST', `/api/appeals/${appealId}/answers`, { body })
          : await api<{ id: number; version: number }>(mode === 'edit' ? 'PUT' : 'POST', mode === 'edit' ? `/api/answers/${answerId}` : `/api/answers/${answerId}/new-edition`, { body });
      showSuccess(
        mode === 'draft'
          ? 'Проект ответа подготовлен. Проверьте документ и направьте его на согласование.'
          : mode === 'edit'
            ? `Проект ответа изменён (версия ${res.version}).`
            : `Подготовлена новая редакция ответа (версия ${res.version}). Направьте её на согласование.`,
      );
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {mode === 'edition' && (
          <Alert color="blue" title="Подписанный ответ не изменяется">
            Новая редакция станет проектом ответа и пройдёт согласование и подписание заново. Прежняя подписанная редакция сохраняется.
          </Alert>
        )}
        <Textarea
          label="Текст ответа"
          description="Ответ по существу каждого поставленного вопроса. Номер и дата обращения, обращение к автору, право на обжалование и сведения об исполнителе войдут в документ из шаблона."
          required
          data-autofocus
          autosize
          minRows={8}
          maxRows={24}
          maxLength={50_000}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setFieldErrors({});
          }}
          error={fieldErrors.body}
        />
        <DialogFooter error={error} errorTitle="Проект ответа не сохранён" busy={busy} onCancel={onClose} submitLabel={submitLabels[mode]} />
      </Stack>
    </form>
  );
}
