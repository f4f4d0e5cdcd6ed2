import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Alert, Checkbox, List, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { LoadState } from '../../components/load-state';
import { useSubmit } from '../../components/use-submit';
import { findPersonalData, personalDataKindLabels, type PersonalDataSubject } from '../../../domain/special-cases/depersonalise';
import type { PublicationRow } from './publication-section';

type Draft = { answerId: number; title: string; questions: { code: string; name: string }[]; body: string; removedCount: number; subjects: PersonalDataSubject[] };

/** SPC-11 (HMR 7.8–7.9; 59-ФЗ ст. 6 ч. 2): the proposal — title, questions, the text without personal data (prefilled, editable). */
export function PublicationDialog({ answerId, onClose, onDone }: { answerId: number; onClose: () => void; onDone: () => void }) {
  const draft = useQuery<Draft>(`/api/answers/${answerId}/publication-draft`);
  return (
    <Modal opened onClose={onClose} title="Предложить ответ к опубликованию" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <LoadState query={draft}>{(d) => <ProposalForm draft={d} onClose={onClose} onDone={onDone} />}</LoadState>
    </Modal>
  );
}

function ProposalForm({ draft, onClose, onDone }: { draft: Draft; onClose: () => void; onDone: () => void }) {
  const [title, setTitle] = useState(draft.title);
  const [codes, setCodes] = useState<string[]>(draft.questions.map((q) => q.code));
  const [body, setBody] = useState(draft.body);
  const { busy, error, fieldErrors, run } = useSubmit('Предложение не направлено. Повторите действие.');
  const found = useMemo(() => [...findPersonalData(title, draft.subjects), ...findPersonalData(body, draft.subjects)], [title, body, draft.subjects]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api('POST', `/api/answers/${draft.answerId}/publication`, { title, totkCodes: codes, body });
      showSuccess('Текст ответа направлен главе на согласование публикации.');
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Ответ размещается на официальном сайте в разделе «Ответы на обращения, затрагивающие интересы неопределенного круга лиц» после согласования текста главой (HMR 7.9).
          Персональные данные автора публиковать нельзя (ч. 2 ст. 6 Федерального закона № 59-ФЗ): фамилия, имя, отчество, адрес, электронная почта и телефон автора из текста
          удалены{draft.removedCount > 0 ? ` (удалено фрагментов: ${draft.removedCount})` : ''} — проверьте текст.
        </Text>
        <TextInput label="Заголовок публикации" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldErrors.title} />
        <Checkbox.Group label="Вопросы обращения, на которые дан ответ" withAsterisk value={codes} onChange={setCodes} error={fieldErrors.totkCodes}>
          <Stack gap={4} mt={4}>
            {draft.questions.map((q) => (
              <Checkbox key={q.code} value={q.code} label={`${q.name} (${q.code})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label="Текст для публикации" required autosize minRows={6} maxRows={16} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={fieldErrors.body} />
        {found.length > 0 && (
          <Alert color="red" role="status" title="В тексте остались персональные данные автора" data-testid="publication-personal-data">
            <List size="sm">
              {found.map((f) => (
                <List.Item key={`${f.start}-${f.kind}`}>
                  {personalDataKindLabels[f.kind]}: «{f.text.trim()}»
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <DialogFooter error={error} errorTitle="Предложение не направлено" busy={busy} onCancel={onClose} submitLabel="Направить главе на согласование" />
      </Stack>
    </form>
  );
}

/** SPC-11 (HMR 7.9): the head does not approve — the text goes back to the executor with what to rework. */
const reasonModes = {
  return: {
    title: 'Вернуть текст исполнителю', label: 'Что доработать', submit: 'Вернуть исполнителю', failed: 'Текст не возвращён', path: 'return',
    done: 'Текст ответа возвращён исполнителю на доработку.',
    explain: (title: string) => `«${title}» не публикуется и возвращается исполнителю на доработку (срок возврата — 1 день, HMR 7.9).`,
  },
  withdraw: {
    title: 'Снять ответ с публикации', label: 'Причина снятия', submit: 'Снять с публикации', failed: 'Ответ не снят с публикации', path: 'withdraw',
    done: 'Ответ снят с публикации.',
    explain: (title: string) => `«${title}» перестанет показываться на портале, и его адрес больше не будет сообщаться авторам последующих обращений. Запись о публикации сохранится в деле; исправленный текст предлагается к опубликованию заново.`,
  },
} as const;

/** SPC-11 (HMR 7.9): the head returns a proposed text to the executor, or withdraws a published answer — with the reason. */
export function PublicationReasonDialog({ publication, mode, onClose, onDone }: { publication: PublicationRow; mode: keyof typeof reasonModes; onClose: () => void; onDone: () => void }) {
  const m = reasonModes[mode];
  const [reason, setReason] = useState('');
  const { busy, error, fieldErrors, run } = useSubmit(`${m.failed}. Повторите действие.`);
  useEffect(() => setReason(''), [publication.id]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api('POST', `/api/publications/${publication.id}/${m.path}`, { reason });
      showSuccess(m.done);
      onClose();
      onDone();
    });
  }

  return (
    <Modal opened onClose={onClose} title={m.title} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{m.explain(publication.title)}</Text>
          <Textarea label={m.label} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} data-autofocus />
          <DialogFooter error={error} errorTitle={m.failed} busy={busy} onCancel={onClose} submitLabel={m.submit} />
        </Stack>
      </form>
    </Modal>
  );
}
