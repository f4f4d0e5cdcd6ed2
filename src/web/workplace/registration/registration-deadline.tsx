import { useEffect, useState } from 'react';
import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api, ApiError } from '../../api/client';
import { DeadlineDate, formatDeadline, type ExplanationStepView } from '../../components/deadline-explanation';
import { zonedToInstant } from '../deadlines/zoned-time';
import type { AppealChannel } from './form-model';

type Preview = { date: string; steps: ExplanationStepView[] };
type Cutoff = { date: string; cutoff: string; beforeCutoff: boolean; text: string };
type Shown = { date: string; steps: ExplanationStepView[]; cutoff: Cutoff | null };

type Props = {
  receivedDate: string | null;
  receivedTime: string;
  channel: AppealChannel | null;
  timeZone: string;
  /** The day the appeal is (or was) registered: today for a new card. */
  registrationDate: string;
};

/**
 * REG-1: by when the appeal must be registered — 3 days from receipt (59-FZ art. 8 ч. 2), or for the
 * internet reception the same working day before the cut-off (HMR 3.5) — computed by the server's
 * deadline engine, and a warning when today is already past it (the card gets «late-registration»).
 */
export function RegistrationDeadline({ receivedDate, receivedTime, channel, timeZone, registrationDate }: Props) {
  const internet = channel === 'internet-reception';
  const validTime = /^\d{2}:\d{2}$/.test(receivedTime);
  const request = receivedDate ? JSON.stringify({ internet, receivedDate, receivedTime: internet ? receivedTime : '' }) : null;
  const [debounced] = useDebouncedValue(request, 300);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!debounced) return;
    const q = JSON.parse(debounced) as { internet: boolean; receivedDate: string; receivedTime: string };
    if (q.internet && !/^\d{2}:\d{2}$/.test(q.receivedTime)) return;
    let cancelled = false;
    setLoading(true);
    const load = async (): Promise<Shown> => {
      if (q.internet) {
        const c = await api<Cutoff>('POST', '/api/deadlines/internet-registration', { receivedAt: zonedToInstant(q.receivedDate, q.receivedTime, timeZone) });
        return { date: c.date, steps: [{ kind: 'result', date: c.date, text: c.text }], cutoff: c };
      }
      const p = await api<Preview>('POST', '/api/deadlines/preview', { ruleId: 'registration', start: q.receivedDate });
      return { date: p.date, steps: p.steps, cutoff: null };
    };
    load()
      .then((s) => {
        if (cancelled) return;
        setShown(s);
        setError(null);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setShown(null);
        setError(e instanceof ApiError ? e.message : 'Срок регистрации не рассчитан.');
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [debounced, timeZone]);

  if (!receivedDate || (internet && !validTime)) return null;
  const late = shown !== null && registrationDate > shown.date;
  return (
    <Stack gap={6} aria-live="polite">
      {internet && (
        <Text size="sm" c="dimmed">
          Интернет-приёмная: обращение, поступившее до {shown?.cutoff?.cutoff ?? '16:00'} (время местное), регистрируется в тот же рабочий день, поступившее позже — на следующий рабочий
          день (REG-1, HMR 3.5).
        </Text>
      )}
      <Group gap="xs" align="center">
        <Text size="sm">Срок регистрации:</Text>
        {shown ? <DeadlineDate date={shown.date} steps={shown.steps} label="Как рассчитан срок регистрации" /> : loading ? <Loader size="xs" aria-label="Расчёт срока" /> : null}
        {shown?.cutoff && <Text size="sm">({shown.cutoff.beforeCutoff ? 'поступило до окончания времени приёма' : 'поступило после окончания времени приёма'})</Text>}
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {late && shown && (
        <Alert color="yellow" role="status" p="xs" data-testid="late-registration">
          <Text size="sm">
            Срок регистрации истёк {formatDeadline(shown.date)}. Обращение будет зарегистрировано с отметкой о нарушении срока регистрации (59-ФЗ ст. 8 ч. 2).
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
