import { useState, type FormEvent } from 'react';
import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { ListLoadError } from '../../components/load-state';
import { useQuery } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { DateField } from '../../components/date-field';
import { formatDateRu } from '../../../domain/time/local-date';
import { personLabel, type ConsiderationView, type StaffPerson } from './consideration-model';

type Props = { appealId: number; label: string; view: ConsiderationView; today: string; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * CTL-1 (DUKI 7.3–7.4): the answer promised a solution within some period — the head (or a deputy)
 * puts the appeal on additional control instead of removing it: the control date (in the future),
 * what was promised and who reports the final solution. A registered notice with the control date
 * goes to the one who considered it, and an assignment appears in his «Мои поручения».
 */
export function AdditionalControlDialog({ appealId, label, view, today, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={label ? `Дополнительный контроль по обращению ${label}` : 'Дополнительный контроль'} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <ControlForm appealId={appealId} view={view} today={today} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

/** The responsible executor of the latest resolution: who considered the appeal (DUKI 7.3). */
function considered(view: ConsiderationView): number | null {
  const responsible = view.assignments.filter((a) => a.role === 'responsible' && a.status !== 'cancelled' && a.status !== 'handed-over');
  return responsible.at(-1)?.executorUserId ?? null;
}

function ControlForm({ appealId, view, today, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const executors = useQuery<StaffPerson[]>('/api/consideration/executors');
  const [controlDate, setControlDate] = useState<string | null>(null);
  const [promise, setPromise] = useState('');
  const [executorUserId, setExecutorUserId] = useState<number | null>(() => considered(view));
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Обращение не поставлено на дополнительный контроль. Повторите действие.');

  function clear(key: string) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!controlDate) missing.controlDate = 'Укажите контрольный срок.';
    else if (controlDate <= today) missing.controlDate = 'Контрольный срок должен быть позже сегодняшнего дня.';
    if (promise.trim().length < 5) missing.promise = 'Укажите, что и в какой срок обещано автору в ответе.';
    if (executorUserId === null) missing.executorUserId = 'Выберите, кто доложит об окончательном решении вопроса.';
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    await run(async () => {
      const r = await api<{ controlDate: string; outgoingNumber: string; outgoingDate: string }>('POST', `/api/appeals/${appealId}/additional-control`, { controlDate, promise, executorUserId });
      showSuccess(`Обращение поставлено на дополнительный контроль до ${formatDateRu(r.controlDate)}. Уведомление зарегистрировано: исх. № ${r.outgoingNumber} от ${formatDateRu(r.outgoingDate)}.`);
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Если в ответе сообщено, что вопрос будет решён в течение определённого периода, обращение вместо снятия с контроля ставится на дополнительный контроль. Тому, кто
          рассматривал обращение, направляется уведомление с контрольным сроком для доклада об окончательном решении вопроса.
        </Text>
        <DateField
          label="Контрольный срок"
          description="Дата, не позднее которой доложить об окончательном решении вопроса; позже сегодняшнего дня"
          required
          data-autofocus
          value={controlDate}
          onChange={(d) => {
            setControlDate(d);
            clear('controlDate');
          }}
          error={fieldErrors.controlDate}
          w={260}
        />
        <Textarea
          label="Что обещано в ответе"
          description="Например: ремонт дороги будет выполнен до 1 февраля 2027 года"
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={promise}
          onChange={(e) => {
            setPromise(e.currentTarget.value);
            clear('promise');
          }}
          error={fieldErrors.promise}
        />
        <Select<number>
          label="Кто докладывает об окончательном решении"
          description="Исполнитель (подразделение), рассматривавший обращение"
          required
          searchable
          placeholder={executors.error ? 'Список не загрузился' : executors.data ? 'Выберите исполнителя' : 'Загрузка списка…'}
          data={(executors.data ?? []).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={executorUserId}
          onChange={(v) => {
            setExecutorUserId(v);
            clear('executorUserId');
          }}
          error={fieldErrors.executorUserId}
        />
        <ListLoadError query={executors} title="Список исполнителей не загрузился" />
        <Text size="sm" data-testid="additional-control-confirm">
          Уведомление о постановке на дополнительный контроль будет зарегистрировано с исходящим номером и приобщено к делу; исполнителю будет дано поручение «Доложить об
          окончательном решении вопроса» со сроком{controlDate ? ` до ${formatDateRu(controlDate)}` : ', равным контрольному'} — оно появится в его разделе «Мои поручения».
        </Text>
        <DialogFooter error={error} errorTitle="Обращение не поставлено на дополнительный контроль" errorTestId="additional-control-refusal" busy={busy} onCancel={onClose} submitLabel="Поставить на дополнительный контроль" />
      </Stack>
    </form>
  );
}
