import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { DeadlineDate, type ExplanationStepView } from '../../components/deadline-explanation';
import { formatDateRu } from '../../../domain/time/local-date';
import type { ConsiderationView } from './consideration-model';

type Props = { appealId: number; label: string; view: ConsiderationView; today: string; opened: boolean; onClose: () => void; onDone: () => void };
type Due = { date: string; steps: ExplanationStepView[] };
type Result = { outgoingNumber: string; outgoingDate: string; dueDate: string; documents: { route: string; address: string }[]; warnings: string[] };

/**
 * ROU-8 (59-ФЗ ст. 8 ч. 6; HMR 7.11, DUKI 4.2.1): when the complaint can go to nobody but the one
 * whose decision or action it is about, the head (or the deputy who holds it) returns it to the
 * author. The dialog says what will happen — the deadline (7 days from registration, the engine's),
 * the letter with the explanation of the right to go to court registered and sent — and asks to confirm.
 */
export function ComplaintReturnDialog({ appealId, label, view, today, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Возврат жалобы ${label} автору` : 'Возврат жалобы автору'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <ReturnForm appealId={appealId} view={view} today={today} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function ReturnForm({ appealId, view, today, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const [explanation, setExplanation] = useState('');
  const due = useReturnDue(view.registrationDate);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Жалоба не возвращена. Повторите действие.');
  const complained = [view.complained.officialName, view.complained.unitName].filter(Boolean).join('; ');

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const r = await api<Result>('POST', `/api/appeals/${appealId}/complaint-return`, { explanation });
      showSuccess(`Жалоба возвращена автору: уведомление зарегистрировано, исх. № ${r.outgoingNumber} от ${formatDateRu(r.outgoingDate)}, и поставлено в очередь отправки.`);
      if (r.warnings.length > 0) notifications.show({ color: 'yellow', title: 'Жалоба возвращена с нарушением срока', message: r.warnings.join(' '), autoClose: false });
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Alert color="yellow" title="Направить жалобу на рассмотрение невозможно">
          <Text size="sm">
            Обжалуется решение или действие (бездействие): {complained}. Жалобу запрещается направлять на рассмотрение должностному лицу, решение или действие которого
            обжалуется; если иначе направить её невозможно, она возвращается автору с разъяснением права обжаловать решение или действие в суд (ч. 6 ст. 8 Федерального
            закона № 59-ФЗ).
          </Text>
        </Alert>
        <Stack gap={4} data-testid="complaint-return-confirm">
          {due && (
            <Group gap="xs" data-testid="complaint-return-due">
              <Text size="sm">Срок возврата — 7 дней со дня регистрации:</Text>
              <DeadlineDate date={due.date} steps={due.steps} label="Как рассчитан срок возврата" />
              {due.date < today && (
                <Text size="sm" c="red.9" fw={700}>
                  срок истёк — жалоба будет возвращена с отметкой о пропуске срока
                </Text>
              )}
            </Group>
          )}
          <Text size="sm">После подтверждения:</Text>
          <List size="sm" spacing={2}>
            <List.Item>будет сформировано уведомление о возврате жалобы с разъяснением права обжаловать решение или действие (бездействие) в суд (глава 22 КАС РФ);</List.Item>
            <List.Item>уведомление будет зарегистрировано с исходящим номером и направлено автору — по электронной почте, если обращение поступило в электронной форме, иначе почтой;</List.Item>
            <List.Item>вопросам обращения будет присвоен результат «Дан ответ автору», обращение перейдёт в состояние «Ответ направлен»; неисполненные поручения отменяются.</List.Item>
          </List>
        </Stack>
        <Textarea
          label="Пояснение для автора"
          description="Необязательно: почему рассмотреть жалобу иначе невозможно. Войдёт в текст уведомления."
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
          value={explanation}
          onChange={(e) => {
            setExplanation(e.currentTarget.value);
            setFieldErrors({});
          }}
          error={fieldErrors.explanation}
        />
        <DialogFooter error={error} errorTitle="Жалоба не возвращена" errorTestId="complaint-return-refusal" busy={busy} onCancel={onClose} submitLabel="Вернуть жалобу автору" />
      </Stack>
    </form>
  );
}

/** The term as the deadline engine computes it (rule `complaint-return` from the registration date). */
function useReturnDue(registrationDate: string): Due | null {
  const [due, setDue] = useState<Due | null>(null);
  useEffect(() => {
    let cancelled = false;
    api<Due>('POST', '/api/deadlines/preview', { ruleId: 'complaint-return', start: registrationDate })
      .then((p) => {
        if (!cancelled) setDue({ date: p.date, steps: p.steps });
      })
      // Without the preview the server still computes the term on returning and warns when it is missed.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [registrationDate]);
  return due;
}
