import { useEffect } from 'react';
import { Alert, Anchor, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Tag } from '../admin/tag';
import { Link } from 'react-router';
import type { MassActionView } from '../../../server/features/mass-actions/schemas';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu } from '../../../domain/time/local-date';
import { download } from '../postal/postal-model';
import { appealsCount } from '../../../domain/documents/plural';

export const statusLabels: Record<MassActionView['status'], string> = { running: 'Выполняется', done: 'Завершена', 'done-with-errors': 'Завершена с ошибками' };
const statusColors: Record<MassActionView['status'], string> = { running: 'blue', done: 'green', 'done-with-errors': 'orange' };

/**
 * REG-12 (HMR 7.14): the progress of a mass action, read again every second while it runs: how many
 * appeals are done of how many, the registry and the cover letter when it is over, and the appeals
 * that could not be redirected — with the retry.
 */
export function MassActionProgress({ id, onChanged }: { id: number; onChanged: () => void }) {
  const query = useQuery<MassActionView>(`/api/mass-actions/${id}`);
  const submit = useSubmit('Повторное направление не запущено. Повторите действие.');
  const running = query.data?.status === 'running';
  const { reload } = query;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 1000);
    return () => clearInterval(timer);
  }, [running, reload]);

  // The list beside shows the new state once the action is over.
  useEffect(() => {
    if (query.data && query.data.status !== 'running') onChanged();
  }, [query.data?.status, onChanged, query.data]);

  return (
    <LoadState query={query}>
      {(a) => {
        const processed = a.done + a.failed;
        const percent = a.total === 0 ? 100 : Math.round((processed / a.total) * 100);
        return (
          <Stack gap="sm" data-testid="mass-action-progress">
            <Group justify="space-between" align="flex-start">
              <Title order={2} size="h4">
                Акция от {formatDateRu(a.registrationDate)}: {a.totkName}
              </Title>
              <Tag color={statusColors[a.status]}>{statusLabels[a.status]}</Tag>
            </Group>
            <Text size="sm">
              Орган: {a.bodyName}. Срок направления по компетенции (59-ФЗ ст. 8 ч. 3): {formatDateRu(a.redirectDue)}.
            </Text>
            {a.redirectLate && (
              <Alert color="orange" title="Срок направления по компетенции нарушен">
                {running ? 'Срок направления по компетенции истёк: обращения, которые ещё не обработаны, будут направлены с нарушением срока.' : 'Обращения направлены по компетенции с нарушением семидневного срока (все или часть из них).'}
              </Alert>
            )}
            <Progress value={percent} size="lg" animated={running} aria-label={`Обработано обращений: ${processed} из ${a.total}`} />
            <Text size="sm" aria-live="polite" role="status">
              Обработано {processed} из {a.total} ({percent} %): направлено {a.done}, не удалось {a.failed}, уведомлений авторам {a.notices}
              {running ? '. Обработка продолжается; страницу можно закрыть — после перезапуска сервера акция продолжится с места остановки.' : '.'}
            </Text>
            {a.letters.map((l) => (
              <Alert key={l.id} color="blue" title={`Сопроводительное письмо ${l.outgoingNumber ?? ''}${l.outgoingDate ? ` от ${formatDateRu(l.outgoingDate)}` : ''}: реестр на ${appealsCount(l.appeals)}`}>
                <Text size="sm" mb="xs">
                  Письмо направляется почтой: приложите к нему реестр и обращения согласно реестру ({appealsCount(l.appeals)}).
                </Text>
                <Group gap="sm">
                  <Button size="compact-sm" variant="light" onClick={() => download(`/api/mass-actions/${a.id}/letters/${l.id}/registry`, l.registryFileName)}>
                    Скачать реестр
                  </Button>
                  <Button size="compact-sm" variant="light" onClick={() => download(`/api/outgoing-documents/${l.coverLetterId}/file`, 'Сопроводительное письмо.docx')}>
                    Скачать сопроводительное письмо
                  </Button>
                  <Anchor component={Link} to={`/app/appeals/${l.leadAppealId}`} size="sm" c="var(--mantine-color-text)" underline="always">
                    Обращение, к которому приобщено письмо
                  </Anchor>
                </Group>
              </Alert>
            ))}
            {a.errors.length > 0 && (
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3} size="h5">
                    Не удалось направить ({a.failed})
                  </Title>
                  <Button
                    size="compact-sm"
                    disabled={running}
                    loading={submit.busy}
                    onClick={() =>
                      void submit.run(async () => {
                        const r = await api<{ retried: number }>('POST', `/api/mass-actions/${a.id}/retry`);
                        showSuccess(`Повторное направление запущено: обращений ${r.retried}.`);
                        reload();
                      })
                    }
                  >
                    Повторить направление
                  </Button>
                </Group>
                {submit.error && (
                  <Alert color="red" role="alert">
                    {submit.error}
                  </Alert>
                )}
                <Table striped aria-label="Обращения, которые не удалось направить">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Обращение</Table.Th>
                      <Table.Th>Причина</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.errors.map((e) => (
                      <Table.Tr key={e.appealId}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={`/app/appeals/${e.appealId}`} size="sm">
                            № {e.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.error}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
          </Stack>
        );
      }}
    </LoadState>
  );
}
