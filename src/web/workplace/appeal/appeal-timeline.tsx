import { useState } from 'react';
import { Box, Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { actionLabel } from '../admin/event-labels';
import { describeSnapshotChanges, type Change } from './card-changes';
import { discrepancyTexts, type Discrepancy } from '../../../domain/intake/mail-opening-act';

export type TimelineEvent = {
  id: number;
  occurredAt: string;
  action: string;
  entityType: string;
  actor: string;
  actingFor: string | null;
  legalGround: string | null;
  before: unknown;
  after: unknown;
};

/** The case's own actions, until the audit log's list names them. */
const caseActions: Record<string, string> = {
  'appeal.registered': 'Регистрация обращения',
  'appeal.updated': 'Исправление регистрационной карточки',
  'appeal.annulled': 'Аннулирование обращения',
  'attachment.added': 'Добавление приложения',
  'attachment.removed': 'Удаление приложения',
  'notice.queued': 'Уведомление о регистрации поставлено в очередь',
  'document.printed': 'Печать документа',
};

export function caseActionLabel(action: string): string {
  const label = actionLabel(action);
  return label === action ? (caseActions[action] ?? action) : label;
}

type Props = { events: TimelineEvent[]; timeZone: string; officialName: (id: number) => string };

/** «Ход работы»: who did what and when, for whom and on what ground (ARCHITECTURE principle 3). */
export function AppealTimeline({ events, timeZone, officialName }: Props) {
  if (events.length === 0) return <Text size="sm">Событий нет.</Text>;
  return (
    <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Ход работы с обращением" data-testid="timeline">
      {events.map((e) => (
        <TimelineItem key={e.id} event={e} timeZone={timeZone} officialName={officialName} />
      ))}
    </Box>
  );
}

function TimelineItem({ event: e, timeZone, officialName }: { event: TimelineEvent; timeZone: string; officialName: (id: number) => string }) {
  const [open, setOpen] = useState(false);
  const changes: Change[] = e.action === 'appeal.updated' ? describeSnapshotChanges(e.before, e.after, timeZone, officialName) : [];
  const when = new Date(e.occurredAt).toLocaleString('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const detailsId = `event-${e.id}-changes`;
  return (
    <Box component="li" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={2}>
        <Group gap="sm" align="baseline" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {when}
          </Text>
          <Text size="sm" fw={600}>
            {caseActionLabel(e.action)}
          </Text>
        </Group>
        <Text size="sm">
          {e.actor}
          {e.actingFor ? ` — за ${e.actingFor} (замещение)` : ''}
        </Text>
        {e.legalGround && (
          <Text size="sm">
            {e.action === 'appeal.annulled' ? 'Причина' : 'Основание'}: {e.legalGround}
          </Text>
        )}
        {e.action === 'mail-opening-act.drawn-up' && <ActFindings after={e.after} />}
        {e.action === 'appeal.kept-on-control' && typeof (e.after as { reason?: unknown } | null)?.reason === 'string' && <Text size="sm">Причина: {(e.after as { reason: string }).reason}</Text>}
        {e.action === 'appeal.updated' && (
          <>
            <Group>
              <Button variant="default" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={detailsId}>
                {open ? 'Скрыть изменения' : `Что изменено${changes.length ? ` (${changes.length})` : ''}`}
              </Button>
            </Group>
            <Collapse expanded={open} id={detailsId}>
              {changes.length === 0 ? (
                <Text size="sm">Сохранено без изменения полей карточки.</Text>
              ) : (
                <ChangesTable changes={changes} />
              )}
            </Collapse>
          </>
        )}
      </Stack>
    </Box>
  );
}

/** INT-4: what the act records as missing or found. */
function ActFindings({ after }: { after: unknown }) {
  const list = ((after as { discrepancies?: Discrepancy[] } | null)?.discrepancies ?? []).filter((d) => d.kind in discrepancyTexts);
  if (list.length === 0) return null;
  return (
    <Box component="ul" m={0} pl="md" aria-label="Выявлено при вскрытии">
      {list.map((d, i) => (
        <Text component="li" size="sm" key={i}>
          {discrepancyTexts[d.kind].act}: {d.description}
        </Text>
      ))}
    </Box>
  );
}

/** «Поле — было — стало». */
export function ChangesTable({ changes }: { changes: Change[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Поле</Table.Th>
            <Table.Th scope="col">Было</Table.Th>
            <Table.Th scope="col">Стало</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.field}>
              <Table.Th scope="row" fw={500}>
                {c.field}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.before}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.after}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
