import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Checkbox, FileInput, Group, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { api, ApiError, uploadFiles } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { routeLabels, type Delivery, type DeliveryRoute } from '../../../domain/documents/delivery-route';
import { formatDateRu } from '../../../domain/time/local-date';
import { formatMoment } from './consideration-model';

type Recipient = { authorId: number; name: string; route: DeliveryRoute; address: string; other: Delivery | null };
type DispatchPlan = {
  answerId: number;
  recipients: Recipient[];
  scan: { fileName: string; mimeType: string; attachedAt: string; attachedBy: string | null } | null;
  scanRequired: boolean;
  controlBody: { name: string; route: 'post' | 'email'; address: string } | null;
};

type Props = { answerId: number; label: string; timeZone: string; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * ANS-6, ANS-7 (HMR 8.5–8.6, DUKI 5.21, 6.4): before the signed answer is registered and sent the
 * registrar sees who receives it and how, attaches the scan of the signed paper answer that the
 * e-mail carries, and ticks the authors who asked for a copy by the other route as well.
 */
export function AnswerDispatchDialog({ label, opened, onClose, ...rest }: Props) {
  const title = `Регистрация и направление ответа${label ? ` по обращению ${label}` : ''}`;
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <DispatchForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function DispatchForm({ answerId, timeZone, onClose, onDone }: Omit<Props, 'opened' | 'label'>) {
  const plan = useQuery<DispatchPlan>(`/api/answers/${answerId}/dispatch-plan`);
  const [copies, setCopies] = useState<number[]>([]);
  const { busy, error, run } = useSubmit('Ответ не зарегистрирован. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    await run(async () => {
      const res = await api<{ outgoingNumber: string; outgoingDate: string; documents: unknown[] }>('POST', `/api/answers/${answerId}/dispatch`, { copyByOtherRoute: copies });
      showSuccess(`Ответ зарегистрирован: исх. № ${res.outgoingNumber} от ${formatDateRu(res.outgoingDate)}. Сформировано документов для отправки: ${res.documents.length}.`);
      onClose();
      onDone();
    });
  }

  return (
    <LoadState query={plan}>
      {(p) => {
        return (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              <Text size="sm">
                Ответу будет присвоен исходящий номер, обращение получит состояние «Ответ направлен». Отменить регистрацию и отправку нельзя.
              </Text>
              <Table.ScrollContainer minWidth={560}>
                <Table withTableBorder verticalSpacing="xs" aria-label="Получатели ответа" data-testid="dispatch-recipients">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Получатель</Table.Th>
                      <Table.Th>Способ и адрес</Table.Th>
                      <Table.Th>Копия по просьбе автора (HMR 8.6)</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.recipients.map((r) => (
                      <Table.Tr key={r.authorId} style={{ verticalAlign: 'top' }}>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{routeLabels[r.route]}</Text>
                          <Text size="xs" c="dimmed">
                            {r.address || '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {r.other ? (
                            <Checkbox
                              label={`Также: ${routeLabels[r.other.route].toLowerCase()} — ${r.other.address}`}
                              checked={copies.includes(r.authorId)}
                              onChange={(e) => {
                                const on = e.currentTarget.checked;
                                setCopies((c) => (on ? [...c, r.authorId] : c.filter((id) => id !== r.authorId)));
                              }}
                            />
                          ) : (
                            <Text size="xs" c="dimmed">
                              Второй адрес не указан
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {p.recipients.length === 0 && (
                <Alert color="red" title="Ответ направить некуда">
                  <Text size="sm">У получателя ответа нет ни почтового адреса, ни адреса электронной почты (59-ФЗ ст. 11 ч. 1). Дополните карточку обращения.</Text>
                </Alert>
              )}
              {p.controlBody && (
                <Text size="sm" data-testid="dispatch-control-body">
                  Обращение на контроле органа «{p.controlBody.name}»: сопроводительное письмо и копия ответа будут направлены ему ({routeLabels[p.controlBody.route].toLowerCase()}, {p.controlBody.address}) — HMR 8.3.
                </Text>
              )}
              {/* DUKI 6.4: an e-mail copy on request carries the scan as well. */}
              <ScanPanel plan={{ ...p, scanRequired: p.scanRequired || p.recipients.some((r) => r.other?.route === 'email' && copies.includes(r.authorId)) }} answerId={answerId} timeZone={timeZone} onChanged={plan.reload} />
              <DialogFooter
                error={error}
                errorTitle="Ответ не зарегистрирован"
                errorTestId="dispatch-refusal"
                busy={busy}
                onCancel={onClose}
                submitLabel="Зарегистрировать и направить"
              />
            </Stack>
          </form>
        );
      }}
    </LoadState>
  );
}

/** DUKI 6.4: the scan of the signed paper answer — attached here, replaced by a new one until dispatch. */
function ScanPanel({ plan, answerId, timeZone, onChanged }: { plan: DispatchPlan; answerId: number; timeZone: string; onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string>();

  async function upload() {
    if (!file) return setError('Выберите файл со сканом подписанного ответа.');
    setError(undefined);
    setUploading(true);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      await uploadFiles(`/api/answers/${answerId}/scan`, form);
      showSuccess('Скан подписанного ответа приложен.');
      setFile(null);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Скан не приложен. Повторите действие.');
    } finally {
      setUploading(false);
    }
  }

  return (
    <Stack gap="xs" data-testid="dispatch-scan">
      <Text size="sm" fw={600}>
        Скан подписанного ответа {plan.scanRequired ? '(для отправки по электронной почте)' : '(не обязателен: ответ направляется почтой)'}
      </Text>
      {plan.scan ? (
        <Text size="sm">
          <Anchor href={`/api/answers/${answerId}/scan`} download={plan.scan.fileName}>
            {plan.scan.fileName}
          </Anchor>{' '}
          — приложен {formatMoment(plan.scan.attachedAt, timeZone)}
          {plan.scan.attachedBy ? `, ${plan.scan.attachedBy}` : ''}
        </Text>
      ) : plan.scanRequired ? (
        <Alert color="yellow" p="xs">
          <Text size="sm">По электронной почте направляется скан подписанного ответа (DUKI 6.4): приложите его до регистрации.</Text>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          Скан не приложен.
        </Text>
      )}
      <Group align="flex-end" gap="sm">
        <FileInput
          label={plan.scan ? 'Заменить скан' : 'Файл скана (PDF, JPEG, PNG или TIFF)'}
          accept="application/pdf,image/jpeg,image/png,image/tiff"
          value={file}
          onChange={setFile}
          clearable
          style={{ flex: 1 }}
          error={error}
        />
        <Button variant="light" onClick={() => void upload()} loading={uploading} disabled={!file}>
          Приложить скан
        </Button>
      </Group>
    </Stack>
  );
}
