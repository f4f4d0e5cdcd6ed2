import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Code, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import type { QueryState } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError } from '../../components/form-errors';
import { useSession } from '../../session/session';
import type { AuditEvent } from './types';
import { useDialog } from './use-dialog';
import { actionLabel, entityLabel, entityLabels } from './event-labels';

const pageSize = 50;
type Filter = { entityType: string | null; entityId: string };

function eventsUrl(filter: Filter, beforeId?: number): string {
  const q = new URLSearchParams({ limit: String(pageSize) });
  if (filter.entityType) q.set('entityType', filter.entityType);
  if (filter.entityId.trim()) q.set('entityId', filter.entityId.trim());
  if (beforeId !== undefined) q.set('beforeId', String(beforeId));
  return `/api/admin/events?${q.toString()}`;
}

/** SEC-2: the audit log, newest first, read in pages of 50. */
export function EventsPage() {
  const [filter, setFilter] = useState<Filter>({ entityType: null, entityId: '' });
  const [entityIdInput, setEntityIdInput] = useState('');
  const [rows, setRows] = useState<AuditEvent[]>();
  const [error, setError] = useState<ApiError>();
  const [hasMore, setHasMore] = useState(false);
  const [moreLoading, setMoreLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const request = useRef(0);
  const details = useDialog<AuditEvent>();
  const timeZone = useSession().session?.organisation?.timeZone;

  useEffect(() => {
    const id = ++request.current;
    setRows(undefined);
    setError(undefined);
    api<AuditEvent[]>('GET', eventsUrl(filter))
      .then((page) => {
        if (id !== request.current) return;
        setRows(page);
        setHasMore(page.length === pageSize);
      })
      .catch((e: unknown) => {
        if (id === request.current) setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Не удалось загрузить журнал.'));
      });
  }, [filter, tick]);

  async function showMore() {
    const last = rows?.at(-1);
    if (!last) return;
    const id = request.current;
    setMoreLoading(true);
    try {
      const page = await api<AuditEvent[]>('GET', eventsUrl(filter, last.id));
      if (id !== request.current) return;
      setRows((r) => [...(r ?? []), ...page]);
      setHasMore(page.length === pageSize);
    } catch (e) {
      showApiError(e);
    } finally {
      setMoreLoading(false);
    }
  }

  function applyEntityId(e: FormEvent) {
    e.preventDefault();
    setFilter((f) => ({ ...f, entityId: entityIdInput }));
  }

  const query: QueryState<AuditEvent[]> = { data: rows, error, loading: rows === undefined, reload: () => setTick((t) => t + 1) };
  const when = (iso: string) => {
    try {
      return new Date(iso).toLocaleString('ru-RU', { timeZone });
    } catch {
      return new Date(iso).toLocaleString('ru-RU');
    }
  };

  return (
    <Stack>
      <form onSubmit={applyEntityId} aria-label="Отбор событий">
        <Group align="flex-end">
          <Select
            label="Вид объекта"
            placeholder="Все объекты"
            clearable
            data={Object.entries(entityLabels).map(([value, label]) => ({ value, label }))}
            value={filter.entityType}
            onChange={(v) => setFilter((f) => ({ ...f, entityType: v }))}
            w={240}
          />
          <TextInput label="Номер объекта" placeholder="Любой" value={entityIdInput} onChange={(e) => setEntityIdInput(e.currentTarget.value)} w={160} />
          <Button type="submit" variant="light">
            Показать
          </Button>
        </Group>
      </form>
      <LoadState query={query} isEmpty={(d) => d.length === 0} empty={filter.entityType || filter.entityId.trim() ? 'Событий, отвечающих условиям отбора, нет.' : 'В журнале пока нет событий.'}>
        {(list) => (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Дата и время</Table.Th>
                    <Table.Th>Пользователь</Table.Th>
                    <Table.Th>Действие</Table.Th>
                    <Table.Th>Объект</Table.Th>
                    <Table.Th>Основание</Table.Th>
                    <Table.Th>Подробности</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((ev) => (
                    <Table.Tr key={ev.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(ev.occurredAt)}</Table.Td>
                      <Table.Td>
                        {ev.actorLogin ?? (
                          <Text span c="dimmed" size="sm">
                            {ev.action.startsWith('auth.') ? '—' : 'система'}
                          </Text>
                        )}
                        {ev.actingForLogin && (
                          <Text size="xs" c="dimmed">
                            за: {ev.actingForLogin}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{actionLabel(ev.action)}</Table.Td>
                      <Table.Td>
                        {entityLabel(ev.entityType)}
                        {ev.entityId !== '-' && `\u00a0№\u00a0${ev.entityId}`}
                      </Table.Td>
                      <Table.Td>{ev.legalGround ?? '—'}</Table.Td>
                      <Table.Td>
                        {(ev.before != null || ev.after != null) && (
                          <Button size="compact-sm" variant="subtle" aria-label={`Подробности события от ${when(ev.occurredAt)}`} onClick={() => details.open(ev)}>
                            Подробнее
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Показано событий: {list.length}
              </Text>
              {hasMore && (
                <Button variant="default" loading={moreLoading} onClick={() => void showMore()}>
                  Показать ещё
                </Button>
              )}
            </Group>
          </>
        )}
      </LoadState>
      <Modal opened={details.opened} onClose={details.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={details.target ? `${actionLabel(details.target.action)} — ${when(details.target.occurredAt)}` : 'Событие'} size="xl">
        {details.target && <EventDetails event={details.target} />}
      </Modal>
    </Stack>
  );
}

function EventDetails({ event }: { event: AuditEvent }) {
  return (
    <Stack>
      <Text size="sm">
        Код действия: <Code>{event.action}</Code>, объект: {entityLabel(event.entityType)} {event.entityId}
      </Text>
      {event.before != null && <Snapshot title="До изменения" value={event.before} />}
      {event.after != null && <Snapshot title="После изменения (или сведения о действии)" value={event.after} />}
    </Stack>
  );
}

function Snapshot({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      <Code block style={{ maxHeight: 320, overflow: 'auto' }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    </div>
  );
}
