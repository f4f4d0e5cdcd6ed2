import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { formatDateRu } from '../../../domain/time/local-date';
import { multiplicityLabels } from '../../../domain/appeal/multiplicity';
import type { AuthorValues, Multiplicity } from './form-model';

type HistoryAppeal = { id: number; number: string; registrationDate: string; annotation: string; status: 'registered' | 'annulled'; questions: { totkCode: string; name: string }[] };
export type Candidate = {
  author: {
    id: number; kind: 'person' | 'organisation'; name: string; surname: string | null; firstName: string | null; patronymic: string | null; organisationName: string | null;
    postalAddress: string; email: string; phone: string; territory: string; socialStatus: string; benefitCategory: string; gender: 'm' | 'f' | null;
  };
  matchedBy: string[];
  appeals: HistoryAppeal[];
  suggestion: { multiplicity: Multiplicity; previousAppealId: number | null; previousNumber: string | null; openPrevious: boolean };
};

const matchLabels: Record<string, string> = { address: 'почтовый адрес', email: 'e-mail', phone: 'телефон' };
const statusLabels: Record<HistoryAppeal['status'], string> = { registered: 'на рассмотрении', annulled: 'аннулировано' };
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/**
 * REG-5…7: the earlier appeals of the author being typed — asked 300 ms after the typing stops,
 * once the name has at least three letters; the chosen questions give the suggested multiplicity.
 */
export function useAuthorHistory(author: AuthorValues | undefined, totkCodes: string[]) {
  const ask = author && author.kind === 'person' && letters(`${author.surname}${author.firstName}${author.patronymic}`) >= 3;
  const query = ask
    ? new URLSearchParams({
        surname: author.surname.trim(),
        firstName: author.firstName.trim(),
        patronymic: author.patronymic.trim(),
        postalAddress: author.postalAddress.trim(),
        email: author.email.trim(),
        phone: author.phone.trim(),
        totkCodes: totkCodes.join(','),
      }).toString()
    : null;
  const [debounced] = useDebouncedValue(query, 300);
  const [result, setResult] = useState<{ query: string; candidates: Candidate[] } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!debounced) return;
    let cancelled = false;
    api<{ candidates: Candidate[] }>('GET', `/api/authors/history?${debounced}`)
      .then((r) => {
        if (cancelled) return;
        setResult({ query: debounced, candidates: r.candidates });
        setFailed(false);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [debounced]);
  const current = query !== null && result !== null && result.query === query;
  return { asked: query !== null, loading: query !== null && !current && !failed, failed, candidates: query === null ? [] : (result?.candidates ?? []) };
}

type PanelProps = {
  history: ReturnType<typeof useAuthorHistory>;
  linkedAuthorId: number | null;
  previousAppealId: number | null;
  questionsChosen: boolean;
  onSameAuthor: (c: Candidate) => void;
  onRepeatOf: (c: Candidate, appeal: { id: number; number: string; registrationDate: string }, multiplicity: Multiplicity) => void;
};

/** «История автора» beside the form: who it may be, what matched, the earlier appeals, and the suggestion — the registrar decides (REG-5). */
export function AuthorHistoryPanel({ history, linkedAuthorId, previousAppealId, questionsChosen, onSameAuthor, onRepeatOf }: PanelProps) {
  return (
    <Card withBorder padding="md" component="aside" aria-labelledby="history-title" data-testid="author-history">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="history-title" tabIndex={-1}>
            История автора
          </Title>
          {history.loading && <Loader size="xs" aria-label="Поиск прежних обращений" />}
        </Group>
        <div aria-live="polite">
          {!history.asked ? (
            <Text size="sm" c="dimmed">
              Введите фамилию, имя и адрес (e-mail, телефон) первого автора: здесь появятся его прежние обращения.
            </Text>
          ) : history.failed ? (
            <Text size="sm" c="red">
              Не удалось проверить прежние обращения. Продолжайте ввод — проверка повторится.
            </Text>
          ) : history.candidates.length === 0 ? (
            history.loading ? null : (
              <Text size="sm" c="dimmed">
                Прежних обращений этого автора не найдено (совпадение имени и адреса, e-mail или телефона).
              </Text>
            )
          ) : (
            <Text size="sm">Возможно, этот автор уже обращался: совпадений — {history.candidates.length}.</Text>
          )}
        </div>
        {history.candidates.map((c) => (
          <CandidateView
            key={c.author.id}
            candidate={c}
            linked={linkedAuthorId === c.author.id}
            previousAppealId={previousAppealId}
            questionsChosen={questionsChosen}
            onSameAuthor={() => onSameAuthor(c)}
            onRepeatOf={(appeal, m) => onRepeatOf(c, appeal, m)}
          />
        ))}
      </Stack>
    </Card>
  );
}

type CandidateProps = {
  candidate: Candidate;
  linked: boolean;
  previousAppealId: number | null;
  questionsChosen: boolean;
  onSameAuthor: () => void;
  onRepeatOf: (appeal: { id: number; number: string; registrationDate: string }, multiplicity: Multiplicity) => void;
};

function CandidateView({ candidate: c, linked, previousAppealId, questionsChosen, onSameAuthor, onRepeatOf }: CandidateProps) {
  const s = c.suggestion;
  const previous = c.appeals.find((a) => a.id === s.previousAppealId);
  const suggested = multiplicityLabels[s.multiplicity];
  const titleId = `candidate-${c.author.id}`;
  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)" role="group" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} id={titleId}>
            {c.author.name}
          </Text>
          {linked && <Badge variant="light">выбран</Badge>}
        </Group>
        <Text size="sm">{[c.author.postalAddress, c.author.email, c.author.phone].filter(Boolean).join(' · ') || 'Контакты не указаны'}</Text>
        <Text size="xs">Совпало: {c.matchedBy.map((m) => matchLabels[m] ?? m).join(', ')}, имя похоже.</Text>
        <Text size="sm" fw={600} mt={4}>
          Прежние обращения ({c.appeals.length})
        </Text>
        {c.appeals.length === 0 ? (
          <Text size="sm" c="dimmed">
            Нет (обращения с ролью представителя не учитываются).
          </Text>
        ) : (
          <List spacing={6} size="sm" listStyleType="none" p={0}>
            {c.appeals.slice(0, 10).map((a) => (
              <List.Item key={a.id}>
                <Stack gap={0}>
                  <Group gap={6}>
                    {/* Opens in a new tab: what is typed in the form stays. */}
                    <Anchor component={Link} to={`/app/appeals/${a.id}`} target="_blank" size="sm" fw={600}>
                      № {a.number} от {formatDateRu(a.registrationDate)}
                    </Anchor>
                    <Badge size="xs" variant="light" color={a.status === 'registered' ? 'blue' : 'gray'}>
                      {statusLabels[a.status]}
                    </Badge>
                  </Group>
                  <Text size="sm">{a.annotation}</Text>
                  {a.questions.map((q) => (
                    <Text key={q.totkCode} size="xs" c="dimmed">
                      {q.totkCode} {q.name}
                    </Text>
                  ))}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
        <Alert color={s.multiplicity === 'primary' ? 'gray' : 'blue'} p="xs" title={`Рекомендуется: ${suggested}`} data-testid="history-suggestion">
          <Text size="sm">
            {!questionsChosen
              ? 'Выберите вопросы обращения: кратность определяется по совпадению вопросов.'
              : s.multiplicity === 'primary'
                ? 'По выбранным вопросам этот автор ранее не обращался.'
                : `По тому же вопросу автор уже обращался (№ ${s.previousNumber}${previous ? ` от ${formatDateRu(previous.registrationDate)}` : ''}). Обращение повторное, если автор не удовлетворён прежним ответом; если вопросы или доводы новые — первичное (REG-5, KCSON 2.6.3).`}
          </Text>
          {s.openPrevious && s.previousNumber && (
            <Text size="sm" mt={4}>
              Обращение № {s.previousNumber} ещё на рассмотрении: копия нового обращения будет направлена исполнителю предыдущего для рассмотрения вместе (REG-7, HMR 3.11).
            </Text>
          )}
        </Alert>
        <Group gap="xs">
          <Button size="xs" variant={linked ? 'light' : 'filled'} onClick={onSameAuthor} disabled={linked}>
            Это тот же автор
          </Button>
          {s.previousAppealId !== null && s.previousNumber !== null && (
            <Button
              size="xs"
              variant="light"
              disabled={previousAppealId === s.previousAppealId}
              onClick={() => onRepeatOf({ id: s.previousAppealId!, number: s.previousNumber!, registrationDate: previous?.registrationDate ?? '' }, s.multiplicity === 'primary' ? 'repeat' : s.multiplicity)}
            >
              {multiplicityLabels[s.multiplicity === 'primary' ? 'repeat' : s.multiplicity].replace(/^./, (ch) => ch.toLocaleUpperCase('ru'))} к № {s.previousNumber}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
