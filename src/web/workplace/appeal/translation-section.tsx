import { useState, type FormEvent } from 'react';
import { Button, Group, List, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { api } from '../../api/client';
import { showSuccess, showWarning } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { ListLoadError } from '../../components/load-state';
import { useSubmit } from '../../components/use-submit';
import { DateField } from '../../components/date-field';
import { ExternalBodySelect } from '../../components/external-body-select';
import { DeadlineDate, type ExplanationStepView } from '../../components/deadline-explanation';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { formatMoment } from './consideration-model';

type TranslationRow = {
  id: number;
  language: string;
  status: 'sent' | 'received';
  dueDate: string;
  late: boolean;
  requestedAt: string;
  requestedBy: string;
  bodyName: string;
  letter: { id: number; outgoingNumber: string | null; outgoingDate: string | null; route: string; status: string } | null;
  receivedOn: string | null;
  text: string | null;
};
type Term = { date: string | null; steps: ExplanationStepView[] };
type Props = { appealId: number; appealNumber: string; status: string; timeZone: string; onChanged: () => void };

/**
 * REG-11 (HMR 7.15) on the case page: «Перевод обращения» — the copy sent for translation the same
 * day (the letter's number, the body, the term) and the translation once it arrives; for the
 * registrar, «Направить на перевод» and «Внести перевод». Nothing is shown to others while empty.
 */
export function TranslationSection({ appealId, appealNumber, status, timeZone, onChanged }: Props) {
  const { session } = useSession();
  const mayRequest = can(session?.user?.roles ?? [], 'appeals.register');
  const list = useQuery<TranslationRow[]>(`/api/appeals/${appealId}/translations`);
  const [requesting, setRequesting] = useState(false);
  const [receiving, setReceiving] = useState<TranslationRow | null>(null);
  const rows = list.data ?? [];
  const awaited = rows.some((r) => r.status === 'sent');
  const offer = mayRequest && isOpen(status) && !awaited;
  if (!list.error && rows.length === 0 && !offer) return null;

  const changed = () => {
    list.reload();
    onChanged();
  };

  return (
    <CaseSection title="Перевод обращения на русский язык" id="case-translation">
      <Stack gap="sm">
        <ListLoadError query={list} title="Не удалось загрузить сведения о переводе" />
        {rows.length > 0 && (
          <Table data-testid="translations" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Язык, орган</Table.Th>
                <Table.Th>Направлено</Table.Th>
                <Table.Th>Перевод</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm">{r.language}</Text>
                    <Text size="sm" c="dimmed">
                      {r.bodyName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.letter?.outgoingNumber ? `исх. № ${r.letter.outgoingNumber} от ${formatDateRu(r.letter.outgoingDate!)}` : formatMoment(r.requestedAt, timeZone)}
                    </Text>
                    <Text size="sm" c={r.late ? 'red.9' : 'dimmed'}>
                      Срок направления: {formatDateRu(r.dueDate)}
                      {r.late ? ' — направлено с нарушением срока' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.status === 'received' ? (
                      <Stack gap={4}>
                        <Tag color="green">Получен {r.receivedOn ? formatDateRu(r.receivedOn) : ''}</Tag>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="translation-text">
                          {r.text}
                        </Text>
                      </Stack>
                    ) : (
                      <Group gap="xs">
                        <Tag color="yellow">Ожидается</Tag>
                        {mayRequest && (
                          <Button size="xs" variant="light" onClick={() => setReceiving(r)}>
                            Внести перевод
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {offer && (
          <div>
            <Button variant="light" onClick={() => setRequesting(true)}>
              Направить на перевод
            </Button>
          </div>
        )}
        {requesting && <RequestDialog appealId={appealId} appealNumber={appealNumber} timeZone={timeZone} onClose={() => setRequesting(false)} onDone={changed} />}
        {receiving && <ReceiptDialog row={receiving} timeZone={timeZone} onClose={() => setReceiving(null)} onDone={changed} />}
      </Stack>
    </CaseSection>
  );
}

function RequestDialog({ appealId, appealNumber, timeZone, onClose, onDone }: { appealId: number; appealNumber: string; timeZone: string; onClose: () => void; onDone: () => void }) {
  const [language, setLanguage] = useState('');
  const [bodyId, setBodyId] = useState<number | null>(null);
  const term = useQuery<Term>(`/api/appeals/${appealId}/translation-term`);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Копия обращения на перевод не направлена. Повторите действие.');
  const today = localDate(new Date(), timeZone);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const r = await api<{ outgoingNumber: string; warnings: string[] }>('POST', `/api/appeals/${appealId}/translation`, { language, bodyId });
      showSuccess(`Копия обращения направлена на перевод: сопроводительное письмо зарегистрировано, исх. № ${r.outgoingNumber}.`);
      for (const w of r.warnings) showWarning(w);
      onClose();
      onDone();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`Направление обращения № ${appealNumber} на перевод`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {term.data?.date && (
            <Group gap="xs" data-testid="translation-due">
              <Text size="sm">Срок — в день поступления (HMR 7.15):</Text>
              <DeadlineDate date={term.data.date} steps={term.data.steps} label="Как рассчитан срок" />
              {term.data.date < today && (
                <Text size="sm" c="red.9" fw={700}>
                  срок истёк — письмо будет направлено с отметкой о пропуске срока
                </Text>
              )}
            </Group>
          )}
          <TextInput
            label="Язык обращения"
            description="Например: татарский, английский"
            required
            data-autofocus
            value={language}
            onChange={(e) => {
              setLanguage(e.currentTarget.value);
              setFieldErrors({});
            }}
            error={fieldErrors.language}
          />
          <ExternalBodySelect
            label="Кто выполняет перевод"
            description="Орган из справочника внешних организаций"
            required
            value={bodyId}
            onChange={(id) => {
              setBodyId(id);
              setFieldErrors({});
            }}
            error={fieldErrors.bodyId}
          />
          <Text size="sm">После подтверждения:</Text>
          <List size="sm" spacing={2}>
            <List.Item>будет сформировано и зарегистрировано сопроводительное письмо с исходящим номером;</List.Item>
            <List.Item>письмо направляется почтой — или по электронной почте с копией обращения и его файлами, если у органа указан только адрес электронной почты;</List.Item>
            <List.Item>срок рассмотрения обращения не меняется (ст. 12 59-ФЗ).</List.Item>
          </List>
          <DialogFooter error={error} errorTitle="Копия на перевод не направлена" busy={busy} onCancel={onClose} submitLabel="Направить на перевод" />
        </Stack>
      </form>
    </Modal>
  );
}

function ReceiptDialog({ row, timeZone, onClose, onDone }: { row: TranslationRow; timeZone: string; onClose: () => void; onDone: () => void }) {
  const [receivedOn, setReceivedOn] = useState<string | null>(localDate(new Date(), timeZone));
  const [text, setText] = useState('');
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Перевод не внесён. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api('POST', `/api/translations/${row.id}/received`, { receivedOn, text });
      showSuccess('Перевод внесён в дело.');
      onClose();
      onDone();
    });
  }

  return (
    <Modal opened onClose={onClose} title="Полученный перевод" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            Перевод с языка: {row.language} ({row.bodyName}). Текст перевода сохраняется в деле, исполнители рассматривают обращение по нему.
          </Text>
          <DateField
            label="Дата получения"
            required
            value={receivedOn}
            onChange={(d) => {
              setReceivedOn(d);
              setFieldErrors({});
            }}
            error={fieldErrors.receivedOn}
            w={260}
          />
          <Textarea
            label="Текст перевода"
            required
            autosize
            minRows={6}
            data-autofocus
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setFieldErrors({});
            }}
            error={fieldErrors.text}
          />
          <DialogFooter error={error} errorTitle="Перевод не внесён" busy={busy} onCancel={onClose} submitLabel="Внести перевод" />
        </Stack>
      </form>
    </Modal>
  );
}
