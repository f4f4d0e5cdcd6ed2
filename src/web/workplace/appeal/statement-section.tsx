import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { routeLabels } from '../../../domain/documents/delivery-route';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import { formatMoment } from './consideration-model';
import { termText, type StatementRow } from './statement-model';
import { DecideStatementDialog, RegisterStatementDialog } from './statement-dialogs';

type Props = { appealId: number; appealNumber: string; annulled: boolean; timeZone: string; onChanged: () => void };

/**
 * «Заявления и дополнительные документы» on the case page (SPC-8…10; HMR 6.2–6.6): what the citizen
 * wrote about this appeal — «не направлял», «прошу прекратить рассмотрение», additional documents —
 * with the term (days left or overdue, computed), the outcome, the letters and the enclosures; the
 * registrar registers a statement and decides the comparison.
 */
export function StatementSection({ appealId, appealNumber, annulled, timeZone, onChanged }: Props) {
  const { session } = useSession();
  const mayRegister = can(session?.user?.roles ?? [], 'appeals.register') && !annulled;
  const list = useQuery<StatementRow[]>(`/api/appeals/${appealId}/statements`);
  const [registering, setRegistering] = useState(false);
  const [deciding, setDeciding] = useState<StatementRow | null>(null);
  const today = localDate(new Date(), timeZone);
  const changed = () => {
    list.reload();
    onChanged();
  };

  return (
    <CaseSection
      title="Заявления и дополнительные документы"
      id="case-statements"
      actions={
        mayRegister && (
          <Button variant="light" onClick={() => setRegistering(true)}>
            Зарегистрировать заявление
          </Button>
        )
      }
    >
      <LoadState query={list} isEmpty={(rows) => rows.length === 0} empty="Заявлений гражданина и дополнительных документов по обращению не поступало.">
        {(rows) => (
          <Table data-testid="statements" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Заявление</Table.Th>
                <Table.Th>Заявитель</Table.Th>
                <Table.Th>Срок</Table.Th>
                <Table.Th>Решение</Table.Th>
                <Table.Th>Документы</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => {
                const term = termText(s, today, timeZone);
                return (
                  <Table.Tr key={s.id} data-testid={`statement-${s.id}`}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        № {s.number} от {formatDateRu(s.registrationDate)}
                      </Text>
                      <Text size="sm">
                        {s.spc}. {s.kindTitle}
                      </Text>
                      <Text size="sm" c="dimmed">
                        Поступило {formatDateRu(s.receivedDate)}. {s.content}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.citizen}</Text>
                      <Text size="sm" c="dimmed">
                        {[s.postalAddress, s.email].filter(Boolean).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {term ? (
                        <Text size="sm" c={term.overdue ? 'red.9' : undefined} fw={term.overdue ? 700 : undefined}>
                          {term.text}
                        </Text>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text size="sm">{s.outcomeLabel ?? s.routeLabel}</Text>
                        {s.author && s.outcome && <Text size="sm" c="dimmed">Автор обращения, с которым сопоставлен заявитель: {s.author.name}</Text>}
                        {s.bodies.length > 0 && <Text size="sm">Направлено: {s.bodies.join('; ')}</Text>}
                        {s.newAppeal && (
                          <Anchor component={Link} to={`/app/appeals/${s.newAppeal.id}`} size="sm">
                            Новое обращение № {s.newAppeal.number}
                          </Anchor>
                        )}
                        {s.decidedAt && (
                          <Text size="sm" c="dimmed">
                            {s.decidedBy}, {formatMoment(s.decidedAt, timeZone)} {s.late && <Tag color="red">с нарушением срока</Tag>}
                          </Text>
                        )}
                        {s.status === 'registered' && mayRegister && (
                          <Group>
                            <Button size="xs" onClick={() => setDeciding(s)}>
                              Решение по итогам сопоставления
                            </Button>
                          </Group>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {s.documents.map((d) => (
                          <Text size="sm" key={d.id}>
                            исх. № {d.outgoingNumber} от {d.outgoingDate ? formatDateRu(d.outgoingDate) : '—'}: {routeLabels[d.route as keyof typeof routeLabels] ?? d.route}, {d.address}
                          </Text>
                        ))}
                        {s.enclosures.map((a) => (
                          <Text size="sm" key={a.id}>
                            {a.kind === 'file' ? `Файл: ${a.fileName ?? ''}` : `${a.description}, ${a.pages ?? '?'} л.`}
                          </Text>
                        ))}
                        {s.documents.length === 0 && s.enclosures.length === 0 && '—'}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </LoadState>
      {mayRegister && <RegisterStatementDialog appealId={appealId} appealNumber={appealNumber} opened={registering} onClose={() => setRegistering(false)} onDone={changed} />}
      {deciding && <DecideStatementDialog statement={deciding} appealId={appealId} appealNumber={appealNumber} onClose={() => setDeciding(null)} onDone={changed} />}
    </CaseSection>
  );
}
