import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { CaseSection } from './facts';

/** A row of an author's registry (GET /api/authors/:id/terminated-correspondence). */
type RegistryRow = {
  id: number;
  authorId: number;
  totkCode: string;
  totkName: string;
  open: boolean;
  appeal: { id: number; number: string };
  decidedAt: string;
  decidedBy: string;
  notice: { outgoingNumber: string; outgoingDate: string } | null;
  resumedAt: string | null;
  resumedBy: string | null;
  resumptionReason: string | null;
  resumedOnAppeal: { id: number; number: string } | null;
};

type Props = { appealId: number; authorIds: number[]; timeZone: string; onChanged: () => void };

/**
 * SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15) on the case page: the questions on which the
 * correspondence with the appeal's author is terminated, and — for the head — «Возобновить переписку»
 * when the appeal brings new arguments or circumstances. Nothing is shown when the registry is empty.
 */
export function TerminatedCorrespondence({ appealId, authorIds, timeZone, onChanged }: Props) {
  const { session } = useSession();
  const roles = session?.user?.roles ?? [];
  const mayRead = can(roles, 'appeals.read');
  const mayResume = can(roles, 'appeals.correspondence');
  const [rows, setRows] = useState<RegistryRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [resuming, setResuming] = useState<RegistryRow | null>(null);
  const key = authorIds.join(',');

  const load = useCallback(() => {
    if (!mayRead || key === '') return;
    void Promise.all(key.split(',').map((id) => api<RegistryRow[]>('GET', `/api/authors/${id}/terminated-correspondence`)))
      .then((lists) => {
        setRows(lists.flat());
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(e instanceof Error ? e.message : 'Ошибка сети.'));
  }, [key, mayRead]);
  useEffect(load, [load]);

  const open = rows.filter((r) => r.open);
  const resumed = rows.filter((r) => !r.open);
  if (loadError) {
    // The registry decides what may be answered on the merits (59-ФЗ ст. 11 ч. 5): a failed load is said, never shown as «empty».
    return (
      <CaseSection title="Прекращённая переписка (ст. 11 ч. 5)" id="case-terminated-correspondence">
        <Alert color="red" role="alert" title="Не удалось загрузить реестр прекращённой переписки">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{loadError}</Text>
            <Button size="xs" variant="light" onClick={load}>
              Повторить
            </Button>
          </Stack>
        </Alert>
      </CaseSection>
    );
  }
  if (rows.length === 0) return null;
  const day = (iso: string) => formatDateRu(localDate(new Date(iso), timeZone));

  return (
    <CaseSection title="Прекращённая переписка (ст. 11 ч. 5)" id="case-terminated-correspondence">
      <Stack gap="xs" data-testid="terminated-correspondence">
        {open.length > 0 && <Text size="sm">Переписка с автором прекращена по вопросам:</Text>}
        {open.length > 0 && (
          <List spacing="xs" size="sm">
            {open.map((r) => (
              <List.Item key={r.id} data-testid="terminated-question">
                <Group gap="xs" wrap="wrap">
                  <Text size="sm">
                    «{r.totkName}» ({r.totkCode}) — решение от {day(r.decidedAt)} по обращению{' '}
                    <Anchor component={Link} to={`/app/appeals/${r.appeal.id}`} size="sm">
                      № {r.appeal.number}
                    </Anchor>
                    {r.notice ? `, уведомление исх. № ${r.notice.outgoingNumber} от ${formatDateRu(r.notice.outgoingDate)}` : ''}; принял {r.decidedBy}.
                  </Text>
                  {mayResume && (
                    <Button size="xs" variant="light" onClick={() => setResuming(r)}>
                      Возобновить переписку
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {resumed.map((r) => (
          <Text key={r.id} size="sm" c="dimmed">
            Переписка по вопросу «{r.totkName}» возобновлена {r.resumedAt ? day(r.resumedAt) : ''}
            {r.resumedOnAppeal ? ` по обращению № ${r.resumedOnAppeal.number}` : ''}: {r.resumptionReason} ({r.resumedBy}).
          </Text>
        ))}
      </Stack>
      <Modal opened={resuming !== null} onClose={() => setResuming(null)} title="Возобновление переписки" closeButtonProps={{ 'aria-label': 'Закрыть' }}>
        {resuming && (
          <ResumeForm
            row={resuming}
            appealId={appealId}
            onClose={() => setResuming(null)}
            onDone={() => {
              load();
              onChanged();
            }}
          />
        )}
      </Modal>
    </CaseSection>
  );
}

function ResumeForm({ row, appealId, onClose, onDone }: { row: RegistryRow; appealId: number; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Переписка не возобновлена. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setFieldErrors({ reason: 'Укажите, какие новые доводы или обстоятельства приведены.' });
      return;
    }
    await run(async () => {
      await api('POST', `/api/authors/${row.authorId}/terminated-correspondence/${row.id}/resume`, { reason, appealId });
      showSuccess(`Переписка по вопросу «${row.totkName}» возобновлена. Обращение рассматривается по существу.`);
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          Переписка возобновляется, если в обращении приведены новые доводы или обстоятельства (DUKI 5.15). Вопрос: «{row.totkName}» ({row.totkCode}).
        </Text>
        <Textarea
          label="Новые доводы или обстоятельства"
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrors.reason}
        />
        <DialogFooter error={error} errorTitle="Переписка не возобновлена" errorTestId="resume-refusal" busy={busy} onCancel={onClose} submitLabel="Возобновить переписку" />
      </Stack>
    </form>
  );
}
