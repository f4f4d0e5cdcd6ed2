import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { channelLabels, formLabels, typeLabels } from '../../../domain/appeal/labels';
import { multiplicityLabels } from '../../../domain/appeal/multiplicity';
import { formatDateRu } from '../../../domain/time/local-date';
import { DeadlineDate, type ExplanationStepView } from '../../components/deadline-explanation';
import { controlTypeLabels, type AppealCard } from '../registration/form-model';
import { CaseSection, Facts } from './facts';

export type CaseDeadlines = { registration: { date: string; steps: ExplanationStepView[] }; consideration: { date: string; steps: ExplanationStepView[] } };

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
const roleLabels: Record<AppealCard['authors'][number]['role'], string> = { author: 'Автор', signatory: 'Подписавший', representative: 'Представитель автора' };

function dateTime(iso: string, timeZone: string) {
  return new Date(iso).toLocaleString('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

type Props = { card: AppealCard; deadlines: CaseDeadlines | undefined; timeZone: string; today: string; officialName: (id: number) => string };

/** The registration card (REG-3) in readable sections. */
export function AppealCardView({ card, deadlines, timeZone, today, officialName }: Props) {
  const overdue = card.status === 'registered' && card.considerationDeadline < today;
  const repeatOf = card.links.filter((l) => l.kind === 'repeat-of');
  const copies = card.links.filter((l) => l.kind === 'copy-to-executor');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CaseSection title="Номер и сроки" id="case-dates">
          <Facts
            items={[
              ['Регистрационный номер', <Text span fw={700} key="n" data-testid="case-number">{card.number}</Text>],
              ['Дата регистрации', formatDateRu(card.registrationDate)],
              ['Поступило', dateTime(card.receivedAt, timeZone)],
              ['Срок регистрации', deadlines ? <DeadlineDate date={deadlines.registration.date} steps={deadlines.registration.steps} label="Как рассчитан срок регистрации" /> : formatDateRu(card.registrationDeadline)],
              [
                'Срок рассмотрения',
                <Group gap="xs" key="c">
                  {deadlines ? <DeadlineDate date={deadlines.consideration.date} steps={deadlines.consideration.steps} label="Как рассчитан срок рассмотрения" /> : formatDateRu(card.considerationDeadline)}
                  {overdue && <Badge color="red">срок истёк</Badge>}
                </Group>,
              ],
              ['Учтено как', card.registeredAs === 'appeal' ? 'Обращение гражданина (59-ФЗ)' : 'Входящая корреспонденция (не обращение по 59-ФЗ)'],
            ]}
          />
        </CaseSection>
        <CaseSection title="Поступление" id="case-intake">
          <Facts
            items={[
              ['Форма', formLabels[card.form]],
              ['Канал поступления', channelLabels[card.channel]],
              ['Вид обращения', typeLabels[card.type]],
              ['Адресат', card.addressee],
              [
                'Поступило из другого органа',
                card.forwarded ? (
                  <Stack gap={0} key="f">
                    <Text size="sm">{card.forwarded.bodyName}</Text>
                    {(card.forwarded.letterDate || card.forwarded.letterNumber) && (
                      <Text size="sm">
                        Сопроводительное письмо{card.forwarded.letterDate ? ` от ${formatDateRu(card.forwarded.letterDate)}` : ''}
                        {card.forwarded.letterNumber ? ` № ${card.forwarded.letterNumber}` : ''}
                      </Text>
                    )}
                    {card.forwarded.isControl && <Text size="sm">Контрольное: орган просит сообщить о результатах</Text>}
                  </Stack>
                ) : (
                  'Нет'
                ),
              ],
              ['Количество листов', card.pages === null ? '' : String(card.pages)],
            ]}
          />
        </CaseSection>
      </SimpleGrid>

      <CaseSection title={card.collective ? 'Авторы (коллективное обращение)' : 'Авторы'} id="case-authors">
        {card.authors.length === 0 ? (
          <Text size="sm">Автор не указан (анонимное обращение).</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {card.authors.map((a, i) => (
              <Card key={`${a.id}-${i}`} withBorder padding="sm">
                <Stack gap={6}>
                  <Group gap="xs">
                    <Text fw={600}>{a.name}</Text>
                    <Badge variant="light">{roleLabels[a.role]}</Badge>
                    {a.receivesAnswer && (
                      <Badge variant="light" color="indigo">
                        получает ответ
                      </Badge>
                    )}
                  </Group>
                  <Facts
                    items={[
                      ['Почтовый адрес', a.postalAddress],
                      ['Электронная почта', a.email],
                      ['Телефон', a.phone],
                      ['Территория', a.territory],
                      ...(a.kind === 'person' && !card.collective
                        ? ([
                            ['Социальное положение', a.socialStatus],
                            ['Льготная категория', a.benefitCategory],
                          ] as [string, string][])
                        : []),
                      ...(a.kind === 'person' ? ([['Пол', a.gender === 'm' ? 'мужской' : a.gender === 'f' ? 'женский' : '']] as [string, string][]) : []),
                    ]}
                  />
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
        {card.authors.some((a) => a.role === 'representative') && <Facts items={[['Документ, подтверждающий полномочия', card.authorityDocument ?? '']]} />}
      </CaseSection>

      <CaseSection title="Вопросы по классификатору ТОТК" id="case-questions">
        <List type="ordered" spacing="xs" size="sm">
          {card.questions.map((q) => (
            <List.Item key={q.position}>
              <Text span size="sm" fw={600}>
                {q.totkCode}
              </Text>{' '}
              {q.totkName}
              {q.annotation && (
                <Text size="sm" c="dimmed">
                  {q.annotation}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </CaseSection>

      <CaseSection title="Аннотация и текст" id="case-content">
        <Facts
          items={[
            ['Аннотация', <Text key="a" size="sm" data-testid="case-annotation" style={{ whiteSpace: 'pre-wrap' }}>{card.annotation}</Text>],
            ['Текст обращения', card.text ? <Text key="t" size="sm" style={{ whiteSpace: 'pre-wrap' }}>{card.text}</Text> : ''],
          ]}
        />
      </CaseSection>

      <CaseSection title="Кратность, связи и контроль" id="case-links">
        <Facts
          items={[
            ['Кратность', capital(multiplicityLabels[card.multiplicity])],
            [
              'Повторное к',
              repeatOf.length > 0 || card.previous ? (
                <Stack gap={0} key="r">
                  {(repeatOf.length > 0 ? repeatOf.map((l) => ({ id: l.appealId, number: l.number, date: l.registrationDate })) : [{ id: card.previous!.id, number: card.previous!.number, date: card.previous!.registrationDate }]).map((l) => (
                    <Anchor key={l.id} component={Link} to={`/app/appeals/${l.id}`} size="sm">
                      № {l.number}
                      {l.date ? ` от ${formatDateRu(l.date)}` : ''}
                    </Anchor>
                  ))}
                </Stack>
              ) : (
                ''
              ),
            ],
            [
              'Копия исполнителю',
              copies.length > 0 ? (
                <Stack gap={0} key="c">
                  {copies.map((l) => (
                    <Text key={l.appealId} size="sm">
                      Копия направляется исполнителю обращения{' '}
                      <Anchor component={Link} to={`/app/appeals/${l.appealId}`} size="sm">
                        № {l.number}
                      </Anchor>{' '}
                      для рассмотрения вместе (REG-7, HMR 3.11)
                    </Text>
                  ))}
                </Stack>
              ) : (
                ''
              ),
            ],
            ['Вид контроля', controlTypeLabels[card.controlType]],
            ['Контроль осуществляет', card.controlOfficialId === null ? '' : officialName(card.controlOfficialId)],
          ]}
        />
      </CaseSection>

      {card.warnings.length > 0 && (
        <Alert color="yellow" title="Предупреждения" data-testid="case-warnings">
          <List size="sm" spacing={2}>
            {card.warnings.map((w) => (
              <List.Item key={w.code}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
