import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { api } from '../api/client';
import { useQuery } from '../api/use-query';
import type { Suggestion } from '../../domain/special-cases/suggestions';

/**
 * Issue 6: «Suggestions, never automatic decisions». The yellow panel lists what may be a special
 * case (59-FZ art. 11, art. 8 ч. 3.1; DL-4), each with its reason and legal ground; the person the
 * procedure names decides.
 */
export function SpecialCaseSuggestions({ suggestions }: { suggestions: Suggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <Alert color="yellow" title="Обратите внимание" role="status" data-testid="special-case-suggestions">
      <Stack gap="sm">
        {suggestions.map((s, i) => (
          <Stack key={`${s.code}-${i}`} gap={2} data-testid={`suggestion-${s.code}`}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={700}>
                {s.title}
              </Text>
              <Badge color="dark" variant="outline" size="sm">
                {s.legalGround}
              </Badge>
            </Group>
            <Text size="sm">
              <Text span size="sm" fw={600}>
                Причина:
              </Text>{' '}
              {s.reason}
            </Text>
            {s.url && (
              <Anchor href={s.url} target="_blank" rel="noreferrer" size="sm" c="inherit" fw={600} td="underline">
                Страница с опубликованным ответом
              </Anchor>
            )}
            <Text size="xs">{s.hint}</Text>
          </Stack>
        ))}
        <Text size="sm" fw={600}>
          Это подсказка, а не решение. Решение принимает ответственное лицо.
        </Text>
      </Stack>
    </Alert>
  );
}

/** The case page: suggestions for the registered appeal; read again whenever the card is (a correction may change them). */
export function AppealSuggestions({ appealId, card }: { appealId: number; card: unknown }) {
  const query = useQuery<{ suggestions: Suggestion[] }>(`/api/appeals/${appealId}/suggestions`);
  const { reload } = query;
  const firstCard = useRef(card);
  useEffect(() => {
    if (card !== firstCard.current) reload();
  }, [card, reload]);
  return <SpecialCaseSuggestions suggestions={query.data?.suggestions ?? []} />;
}

/** What the registration form sends: the body of POST /api/appeals as far as it is typed. */
export type DraftBody = { annotation?: string; text?: string; authors?: unknown[] } & Record<string, unknown>;

const DEBOUNCE_MS = 600;

/** The registration form: the draft is asked about 600 ms after the registrar stops typing (nothing is saved). */
export function DraftSuggestions({ body }: { body: DraftBody }) {
  const key = JSON.stringify(body);
  const blank = !body.annotation?.trim() && !body.text?.trim() && (body.authors?.length ?? 0) === 0;
  const [found, setFound] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (blank) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      api<{ suggestions: Suggestion[] }>('POST', '/api/appeals/suggestions', JSON.parse(key) as unknown)
        .then((r) => {
          if (!cancelled) setFound(r.suggestions);
        })
        // A suggestion is a help, not a step of registration: a failed request leaves the last answer.
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, blank]);
  return <SpecialCaseSuggestions suggestions={blank ? [] : found} />;
}
