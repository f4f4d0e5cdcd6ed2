import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { Facts } from './facts';
import { formatMoment, type ConsiderationView } from './consideration-model';

type Props = { view: ConsiderationView; userId: number | null; timeZone: string; onChanged: () => void };

/**
 * CTL-1 (DUKI 7.3; KHV прил. 5 «Кто поставил на контроль»): «На дополнительном контроле до …» — who
 * set it and when, what the answer promised, who reports and the registered notice; overdue when the
 * control date passed without a report (computed by the server). The executor who must report gives
 * his report here.
 */
export function AdditionalControlSection({ view, userId, timeZone, onChanged }: Props) {
  const c = view.additionalControl;
  if (!c) return null;
  const open = c.closedAt === null;
  const status: ReactNode = c.overdue ? (
    <Text span size="sm" c="red.9" fw={700} data-testid="additional-control-status">
      На дополнительном контроле до {formatDateRu(c.controlDate)} — срок доклада истёк
    </Text>
  ) : (
    <Tag color={open ? 'orange' : 'gray'}>
      <span data-testid="additional-control-status">{open ? `На дополнительном контроле до ${formatDateRu(c.controlDate)}` : `Был на дополнительном контроле до ${formatDateRu(c.controlDate)}`}</span>
    </Tag>
  );
  const facts: [string, ReactNode][] = [
    ['Дополнительный контроль', status],
    ['Поставил на контроль', `${c.setBy}${c.setActingFor ? ` (за ${c.setActingFor})` : ''}, ${formatMoment(c.setAt, timeZone)}`],
    ['Обещано в ответе', c.promise],
    ['Докладывает', [c.executorName, c.unit].filter(Boolean).join(', ')],
  ];
  if (c.noticeNumber && c.noticeDate) facts.push(['Уведомление', `исх. № ${c.noticeNumber} от ${formatDateRu(c.noticeDate)}`]);
  if (c.report) facts.push(['Доклад об окончательном решении', <span key="r" style={{ whiteSpace: 'pre-wrap' }}>{`${c.report}${c.reportedAt ? ` (${formatMoment(c.reportedAt, timeZone)})` : ''}`}</span>]);
  const mayReport = open && c.report === null && userId !== null && c.executorUserId === userId && c.assignmentId !== null;
  return (
    <Stack gap="xs" data-testid="additional-control">
      <Title order={3} size="h5">
        Дополнительный контроль
      </Title>
      <Facts items={facts} />
      {mayReport && <ReportForm assignmentId={c.assignmentId!} onDone={onChanged} />}
    </Stack>
  );
}

function ReportForm({ assignmentId, onDone }: { assignmentId: number; onDone: () => void }) {
  const [opened, setOpened] = useState(false);
  const [text, setText] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Доклад не сохранён. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (text.trim().length < 5) {
      setFieldErrors({ text: 'Изложите, как окончательно решён вопрос.' });
      return;
    }
    await run(async () => {
      const r = await api<{ late: boolean; warnings: string[] }>('POST', `/api/assignments/${assignmentId}/control-report`, { text });
      showSuccess('Доклад об окончательном решении вопроса представлен.');
      if (r.warnings.length > 0) notifications.show({ color: 'yellow', message: r.warnings.join(' '), autoClose: false });
      setOpened(false);
      onDone();
    });
  }

  return (
    <Card withBorder padding="sm">
      {!opened && (
        <Button variant="light" onClick={() => setOpened(true)} style={{ alignSelf: 'flex-start' }}>
          Доложить об окончательном решении вопроса
        </Button>
      )}
      {opened && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Textarea
              label="Доклад об окончательном решении вопроса"
              description="Что сделано, когда, подтверждающие документы"
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
            <DialogFooter error={error} errorTitle="Доклад не сохранён" busy={busy} onCancel={() => setOpened(false)} submitLabel="Представить доклад" />
          </Stack>
        </form>
      )}
    </Card>
  );
}
