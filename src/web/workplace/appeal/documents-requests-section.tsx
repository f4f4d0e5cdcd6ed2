import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { DateField } from '../../components/date-field';
import { ExternalBodySelect } from '../../components/external-body-select';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';
import type { AppealStatus } from '../../../domain/appeal/lifecycle';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { formatMoment, type ConsiderationView } from './consideration-model';

/** A row of GET /api/appeals/:id/documents-requests. */
export type DocumentsRequestRow = {
  id: number;
  direction: 'outgoing' | 'incoming';
  bodyName: string;
  text: string;
  letterDate: string | null;
  letterNumber: string | null;
  outgoingNumber: string | null;
  registeredDate: string;
  dueDate: string;
  answeredAt: string | null;
  answerNote: string | null;
  overdue: boolean;
};

type Props = { appealId: number; appealNumber: string; status: AppealStatus; timeZone: string; onChanged: () => void };
type Dialog = { kind: 'outgoing' | 'incoming' } | { kind: 'answered'; row: DocumentsRequestRow } | null;

const directionLabels: Record<DocumentsRequestRow['direction'], string> = { outgoing: 'Наш запрос', incoming: 'Запрос к нам' };

/**
 * «Запросы документов» on the case page (ANS-1, DL-3, ANS-11): our requests to other bodies and
 * other bodies' requests to us, each due in 15 days; kept by the registrar, the head, a deputy and
 * the responsible executor.
 */
export function DocumentsRequestsSection(props: Props) {
  const { session } = useSession();
  const roles = session?.user?.roles ?? [];
  const staff = roles.includes('registrar') || roles.includes('head') || roles.includes('deputy');
  // An executor keeps the requests only as the responsible executor of the appeal.
  const view = useQuery<ConsiderationView>(staff ? null : `/api/appeals/${props.appealId}/consideration`);
  if (!staff && view.data?.viewer !== 'responsible') return null;
  return <DocumentsRequests {...props} />;
}

function DocumentsRequests({ appealId, appealNumber, status, timeZone, onChanged }: Props) {
  const rows = useQuery<DocumentsRequestRow[]>(`/api/appeals/${appealId}/documents-requests`);
  const [dialog, setDialog] = useState<Dialog>(null);
  const active = status !== 'annulled' && status !== 'closed';
  const close = () => setDialog(null);
  const done = () => {
    rows.reload();
    onChanged();
  };

  return (
    <CaseSection
      title="Запросы документов"
      id="case-documents-requests"
      actions={
        active && (
          <Group gap="sm">
            <Button variant="light" onClick={() => setDialog({ kind: 'outgoing' })}>
              Запросить документы
            </Button>
            <Button variant="default" onClick={() => setDialog({ kind: 'incoming' })}>
              Записать поступивший запрос
            </Button>
          </Group>
        )
      }
    >
      <LoadState query={rows} isEmpty={(r) => r.length === 0} empty="Запросов документов по обращению нет.">
        {(list) => (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" withTableBorder aria-label={`Запросы документов по обращению № ${appealNumber}`} data-testid="documents-requests">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Вид</Table.Th>
                  <Table.Th>Орган</Table.Th>
                  <Table.Th>Содержание</Table.Th>
                  <Table.Th>Письмо</Table.Th>
                  <Table.Th>Срок ответа</Table.Th>
                  <Table.Th>Ответ</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id} style={{ verticalAlign: 'top' }} data-testid="documents-request">
                    <Table.Td>
                      <Tag color={r.direction === 'outgoing' ? 'blue' : 'grape'}>{directionLabels[r.direction]}</Tag>
                    </Table.Td>
                    <Table.Td>{r.bodyName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.text || <Text span size="sm" c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>
                      {r.direction === 'outgoing'
                        ? r.outgoingNumber
                          ? `исх. № ${r.outgoingNumber}`
                          : 'не зарегистрировано'
                        : `от ${r.letterDate ? formatDateRu(r.letterDate) : '—'} № ${r.letterNumber ?? '—'}`}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {r.overdue ? (
                        <Text size="sm" c="red.9" fw={700}>
                          {formatDateRu(r.dueDate)}
                          <br />
                          просрочено
                        </Text>
                      ) : (
                        <Text size="sm">{formatDateRu(r.dueDate)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.answeredAt ? (
                        <Stack gap={2}>
                          <Text size="xs" c="dimmed">
                            Ответ отмечен {formatMoment(r.answeredAt, timeZone)}
                          </Text>
                          {r.answerNote && (
                            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                              {r.answerNote}
                            </Text>
                          )}
                        </Stack>
                      ) : active ? (
                        <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'answered', row: r })} aria-label={`Отметить ответ: ${r.bodyName}`}>
                          Отметить ответ
                        </Button>
                      ) : (
                        <Text size="sm" c="dimmed">
                          ответа нет
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>

      <Modal
        opened={dialog?.kind === 'outgoing' || dialog?.kind === 'incoming'}
        onClose={close}
        title={dialog?.kind === 'incoming' ? 'Поступивший запрос документов' : 'Запрос документов и материалов'}
        closeButtonProps={{ 'aria-label': 'Закрыть' }}
        size="lg"
      >
        {(dialog?.kind === 'outgoing' || dialog?.kind === 'incoming') && <RequestForm appealId={appealId} direction={dialog.kind} onClose={close} onDone={done} />}
      </Modal>
      <Modal opened={dialog?.kind === 'answered'} onClose={close} title="Ответ на запрос" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        {dialog?.kind === 'answered' && <AnsweredForm row={dialog.row} onClose={close} onDone={done} />}
      </Modal>
    </CaseSection>
  );
}

function RequestForm({ appealId, direction, onClose, onDone }: { appealId: number; direction: 'outgoing' | 'incoming'; onClose: () => void; onDone: () => void }) {
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [letterDate, setLetterDate] = useState<string | null>(null);
  const [letterNumber, setLetterNumber] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Запрос не записан. Повторите действие.');
  const outgoing = direction === 'outgoing';

  function clear(key: string) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));
  }

  async function send() {
    await run(async () => {
      const body = outgoing ? { direction, bodyId, text } : { direction, bodyId, letterDate, letterNumber, text };
      const res = await api<{ id: number; dueDate: string; outgoingNumber: string | null }>('POST', `/api/appeals/${appealId}/documents-requests`, body);
      showSuccess(
        outgoing
          ? `Запрос документов зарегистрирован${res.outgoingNumber ? ` (исх. № ${res.outgoingNumber})` : ''} и поставлен в очередь отправки. Срок ответа — ${formatDateRu(res.dueDate)}.`
          : `Поступивший запрос записан. Ответ направляется до ${formatDateRu(res.dueDate)}.`,
      );
      onClose();
      onDone();
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const errors: Record<string, string> = {};
    if (bodyId === null) errors.bodyId = 'Выберите орган из справочника.';
    if (outgoing && text.trim().length < 5) errors.text = 'Укажите, какие документы и материалы запрашиваются.';
    if (!outgoing && !letterDate) errors.letterDate = 'Укажите дату письма.';
    if (!outgoing && !letterNumber.trim()) errors.letterNumber = 'Укажите номер письма.';
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      return;
    }
    if (!outgoing) {
      void send();
      return;
    }
    modals.openConfirmModal({
      title: 'Запрос документов',
      children: <Text size="sm">Зарегистрировать письмо-запрос с исходящим номером и поставить его в очередь отправки? Отозвать зарегистрированное письмо будет нельзя.</Text>,
      labels: { confirm: 'Зарегистрировать и отправить', cancel: 'Отмена' },
      onConfirm: () => void send(),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {outgoing
            ? 'Документы и материалы запрашиваются у другого органа или должностного лица (п. 2 ч. 1 ст. 10 Федерального закона № 59-ФЗ); у суда, органов дознания и предварительного следствия не запрашиваются. Срок ответа — 15 дней.'
            : 'Запрос другого органа о документах и материалах по обращению записывается по его письму; ответ направляется в течение 15 дней.'}
        </Text>
        <ExternalBodySelect
          label={outgoing ? 'Кому направляется запрос' : 'От кого поступил запрос'}
          required
          value={bodyId}
          onChange={(id) => {
            setBodyId(id);
            clear('bodyId');
          }}
          error={fieldErrors.bodyId}
        />
        {!outgoing && (
          <Group align="flex-start" grow>
            <DateField
              label="Дата письма"
              required
              value={letterDate}
              onChange={(d) => {
                setLetterDate(d);
                clear('letterDate');
              }}
              error={fieldErrors.letterDate}
            />
            <TextInput
              label="Номер письма"
              required
              maxLength={100}
              value={letterNumber}
              onChange={(e) => {
                setLetterNumber(e.currentTarget.value);
                clear('letterNumber');
              }}
              error={fieldErrors.letterNumber}
            />
          </Group>
        )}
        <Textarea
          label={outgoing ? 'Какие документы и материалы запрашиваются' : 'Что запрашивается'}
          required={outgoing}
          autosize
          minRows={3}
          maxLength={4000}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            clear('text');
          }}
          error={fieldErrors.text}
        />
        <DialogFooter error={error} errorTitle="Запрос не записан" errorTestId="documents-request-refusal" busy={busy} onCancel={onClose} submitLabel={outgoing ? 'Запросить' : 'Записать'} />
      </Stack>
    </form>
  );
}

function AnsweredForm({ row, onClose, onDone }: { row: DocumentsRequestRow; onClose: () => void; onDone: () => void }) {
  const [note, setNote] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Ответ не отмечен. Повторите действие.');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!note.trim()) {
      setFieldErrors({ note: 'Укажите, что получено или направлено.' });
      return;
    }
    modals.openConfirmModal({
      title: 'Отметка об ответе',
      children: <Text size="sm">Отметить ответ на запрос ({row.bodyName})? Изменить отметку после сохранения будет нельзя.</Text>,
      labels: { confirm: 'Отметить', cancel: 'Отмена' },
      onConfirm: () =>
        void run(async () => {
          await api('POST', `/api/documents-requests/${row.id}/answered`, { note });
          showSuccess('Ответ на запрос отмечен.');
          onClose();
          onDone();
        }),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {row.direction === 'outgoing' ? 'Запрос' : 'Поступивший запрос'}: {row.bodyName}, срок ответа — {formatDateRu(row.dueDate)}.
        </Text>
        <Textarea
          label={row.direction === 'outgoing' ? 'Что получено' : 'Что направлено'}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setFieldErrors({});
          }}
          error={fieldErrors.note}
        />
        <DialogFooter error={error} errorTitle="Ответ не отмечен" busy={busy} onCancel={onClose} submitLabel="Отметить ответ" />
      </Stack>
    </form>
  );
}
