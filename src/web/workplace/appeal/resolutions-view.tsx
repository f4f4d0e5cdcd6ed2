import { Box, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { assignmentStatusLabels, formatMoment, type AssignmentView, type ConsiderationView } from './consideration-model';
import type { AssignmentNames } from './own-assignment-actions';

type Resolution = { id: number; date: string; author: string; text: string; parts: { part: number; instruction: string; deadline: string; executors: AssignmentView[] }[] };

/** The assignments as the server lists them (resolution, part, the responsible first) → resolutions with their parts. */
export function groupResolutions(assignments: AssignmentView[]): Resolution[] {
  const resolutions: Resolution[] = [];
  for (const a of assignments) {
    let r = resolutions.find((x) => x.id === a.resolutionId);
    if (!r) {
      r = { id: a.resolutionId, date: a.resolutionDate, author: a.resolutionAuthor, text: a.resolutionText, parts: [] };
      resolutions.push(r);
    }
    let p = r.parts.find((x) => x.part === a.part);
    if (!p) {
      p = { part: a.part, instruction: a.instruction, deadline: a.deadline, executors: [] };
      r.parts.push(p);
    }
    p.executors.push(a);
  }
  return resolutions;
}

type Props = { assignments: AssignmentView[]; viewer: ConsiderationView['viewer']; timeZone: string; today: string; names?: AssignmentNames };

/** ROU-2, ROU-3: each resolution — author, date, text — and its parts: instruction, executors (the responsible marked «отв.»), deadline, co-executors' materials. */
export function ResolutionsView({ assignments, viewer, timeZone, today, names }: Props) {
  const resolutions = groupResolutions(assignments);
  if (resolutions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Резолюция по обращению ещё не вынесена.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {viewer === 'co-executor' && (
        <Text size="sm" c="dimmed">
          Показаны поручения, направленные вам как соисполнителю.
        </Text>
      )}
      {resolutions.map((r) => {
        const replaced = r.parts.every((p) => p.executors.every((e) => e.status === 'cancelled'));
        return (
          <Stack key={r.id} gap="xs" data-testid="resolution">
            <Group gap="xs">
              <Title order={3} size="h5">
                Резолюция от {formatDateRu(r.date)}, {r.author}
              </Title>
              {replaced && <Tag color="gray">заменена новой резолюцией</Tag>}
            </Group>
            {r.text && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.text}
              </Text>
            )}
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" withTableBorder aria-label={`Поручения по резолюции от ${formatDateRu(r.date)}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40}>№</Table.Th>
                    <Table.Th>Поручение</Table.Th>
                    <Table.Th>Исполнители</Table.Th>
                    <Table.Th>Срок</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.parts.map((p) => {
                    const overdue = p.deadline < today && p.executors.some((e) => e.status === 'open');
                    return (
                      <Table.Tr key={p.part} style={{ verticalAlign: 'top' }} data-testid="resolution-part">
                        <Table.Td>{p.part}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.instruction}</Table.Td>
                        <Table.Td>
                          <List listStyleType="none" spacing="xs" size="sm">
                            {p.executors.map((e) => (
                              <List.Item key={e.id}>
                                <ExecutorLine a={e} timeZone={timeZone} today={today} names={names} />
                              </List.Item>
                            ))}
                          </List>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {overdue ? (
                            <Text size="sm" c="red.9" fw={700}>
                              {formatDateRu(p.deadline)}
                              <br />
                              просрочено
                            </Text>
                          ) : (
                            <Text size="sm">{formatDateRu(p.deadline)}</Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}

function ExecutorLine({ a, timeZone, today, names }: { a: AssignmentView; timeZone: string; today: string; names?: AssignmentNames }) {
  const materialsLate = a.role === 'co-executor' && a.status === 'open' && a.materialsDue !== null && a.materialsDue < today;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={a.role === 'responsible' ? 600 : undefined}>
          {a.executorName}
        </Text>
        {a.role === 'responsible' ? (
          <Tag color="indigo">
            <abbr title="ответственный исполнитель" style={{ textDecoration: 'none' }}>
              отв.
            </abbr>
          </Tag>
        ) : (
          <Text span size="xs" c="dimmed">
            соисполнитель
          </Text>
        )}
        {a.status !== 'open' && <Tag color={a.status === 'cancelled' ? 'gray' : 'green'}>{assignmentStatusLabels[a.status]}</Tag>}
      </Group>
      {a.role === 'co-executor' && a.materialsDue && (
        <Text size="xs" c={materialsLate ? 'red.9' : 'dimmed'} fw={materialsLate ? 700 : undefined}>
          Материалы ответственному исполнителю — до {formatDateRu(a.materialsDue)}
          {materialsLate ? ', срок истёк' : ''}
        </Text>
      )}
      {a.drafterUserId !== null && (
        <Text size="xs" data-testid="drafter">
          Исполнитель проекта ответа: {names?.person(a.drafterUserId) ?? 'назначен'}
        </Text>
      )}
      {a.returnReason && (
        <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-orange-4)' }} data-testid="return-reason">
          <Text size="xs" c="dimmed">
            Возвращено как не относящееся к компетенции:
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.returnReason}
          </Text>
          {a.proposedUserId !== null && <Text size="xs">Предложен исполнитель: {names?.person(a.proposedUserId) ?? 'указан в поручении'}</Text>}
          {a.proposedUnitId !== null && <Text size="xs">Подразделение по компетенции: {names?.unit(a.proposedUnitId) ?? 'указано в поручении'}</Text>}
        </Box>
      )}
      {a.materials && (
        <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }} data-testid="materials">
          <Text size="xs" c="dimmed">
            Материалы соисполнителя{a.materialsSubmittedAt ? ` от ${formatMoment(a.materialsSubmittedAt, timeZone)}` : ''}:
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.materials}
          </Text>
        </Box>
      )}
    </Stack>
  );
}
