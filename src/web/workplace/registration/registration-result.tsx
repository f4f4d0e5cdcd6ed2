import { useEffect, useRef } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateRu } from '../../../domain/time/local-date';
import { formatDeadline } from '../../components/deadline-explanation';
import { AppealAttachments } from '../../components/appeal-attachments';
import type { AppealCard } from './form-model';

export type Registered = { id: number; number: string; created: boolean; card: AppealCard };

/** After «Зарегистрировать»: the number and date, what the card warns about, the scan upload, and the next card. */
export function RegistrationResult({ result, onNext }: { result: Registered; onNext: () => void }) {
  const { card } = result;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = card.links.find((l) => l.kind === 'copy-to-executor');
  return (
    <Stack>
      <Card withBorder padding="lg" component="section" aria-labelledby="result-title" data-testid="registration-result">
        <Stack gap="sm">
          <Title order={2} size="h3" id="result-title" ref={heading} tabIndex={-1} c="green.9">
            Обращение зарегистрировано: № {result.number} от {formatDateRu(card.registrationDate)}
          </Title>
          {!result.created && <Text size="sm">Эта карточка уже была зарегистрирована при предыдущем нажатии кнопки: повторно обращение не регистрировалось.</Text>}
          <Text size="sm">
            Срок регистрации — {formatDeadline(card.registrationDeadline)}; срок рассмотрения — {formatDeadline(card.considerationDeadline)}.
          </Text>
          {copy && (
            <Text size="sm">
              Предыдущее обращение № {copy.number} ещё на рассмотрении: копия этого обращения будет направлена его исполнителю (REG-7, HMR 3.11).
            </Text>
          )}
          {card.warnings.length > 0 && (
            <Alert color="yellow" title="Отметки в карточке" data-testid="result-warnings">
              <List size="sm" spacing={2}>
                {card.warnings.map((w) => (
                  <List.Item key={w.code}>{w.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group gap="sm">
            <Button component={Link} to={`/app/appeals/${result.id}`}>
              Открыть карточку
            </Button>
            <Button variant="light" onClick={onNext}>
              Зарегистрировать следующее
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="result-files-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="result-files-title">
            Электронный образ и приложения
          </Title>
          <Text size="sm" c="dimmed">
            Загрузите скан бумажного обращения (DUKI 3.4) и приложенные документы, отметьте бумажные приложения.
          </Text>
          <AppealAttachments appealId={result.id} canEdit />
        </Stack>
      </Card>
    </Stack>
  );
}
