import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { api, ApiError } from '../../api/client';
import { LoadState } from '../../components/load-state';
import { DeadlineExplanation, formatDeadline, type ExplanationStepView } from '../../components/deadline-explanation';
import { useSession } from '../../session/session';
import { localDate } from '../../../domain/time/local-date';
import { zonedToInstant } from './zoned-time';
import { DateField } from '../../components/date-field';

type Rule = { id: string; title: string; source: string; amount: number; unit: 'calendar' | 'working'; direction: 'after' | 'before'; fromLabel: string; maxAmount: number | null };
type Preview = { rule: Rule; date: string; steps: ExplanationStepView[]; unconfirmedYears: number[] };
type Cutoff = { date: string; text: string };

const unitText = (r: Rule) => `${r.amount} ${r.unit === 'working' ? 'раб. дн.' : 'дн.'}${r.direction === 'before' ? ' до срока' : ''}`;

/** «Калькулятор сроков»: every statutory deadline of the organisation's procedure, with its explanation. */
export function DeadlinesPage() {
  const rules = useQuery<Rule[]>('/api/deadlines/rules');
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone ?? 'Europe/Moscow';
  const today = localDate(new Date(), timeZone);
  return (
    <Stack>
      <Title order={1} size="h2">
        Калькулятор сроков
      </Title>
      <Text c="dimmed" size="sm">
        Сроки рассчитываются по производственному календарю и порядку рассмотрения обращений организации. Каждый шаг расчёта показан с правовым основанием.
      </Text>
      <LoadState query={rules} isEmpty={(r) => r.length === 0} empty="Для профиля организации сроки не настроены.">
        {(list) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <DeadlineForm rules={list} today={today} />
            <CutoffForm today={today} timeZone={timeZone} />
          </SimpleGrid>
        )}
      </LoadState>
    </Stack>
  );
}

function DeadlineForm({ rules, today }: { rules: Rule[]; today: string }) {
  const [ruleId, setRuleId] = useState<string | null>('consideration');
  const [start, setStart] = useState<string | null>(today);
  const [amount, setAmount] = useState<number | string>('');
  const [result, setResult] = useState<Preview>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const rule = rules.find((r) => r.id === ruleId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      setResult(await api<Preview>('POST', '/api/deadlines/preview', { ruleId, start, ...(amount === '' ? {} : { amount: Number(amount) }) }));
    } catch (err) {
      setResult(undefined);
      const apiError = err instanceof ApiError ? err : undefined;
      setFields(apiError?.fields ?? {});
      setError(apiError?.message ?? 'Срок не рассчитан.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calc-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="calc-title">
            Расчёт срока
          </Title>
          <Select
            label="Вид срока"
            searchable
            required
            value={ruleId}
            onChange={(v) => {
              setRuleId(v);
              setResult(undefined);
            }}
            data={rules.map((r) => ({ value: r.id, label: `${r.title} — ${unitText(r)}` }))}
            error={fields.ruleId}
            nothingFoundMessage="Нет такого срока"
          />
          {rule && (
            <Text size="xs" c="dimmed">
              Основание: {rule.source}
            </Text>
          )}
          <DateField
            label={rule?.direction === 'before' ? 'Дата, до которой исчисляется срок' : 'Дата, от которой исчисляется срок'}
            description={rule ? `${rule.fromLabel}` : undefined}
            required
            value={start}
            onChange={(v) => setStart(v)}
            error={fields.start}
          />
          <NumberInput
            label="Количество дней"
            description={
              rule?.direction === 'before'
                ? `Не менее ${rule.amount} (оставьте пустым — ${rule.amount})`
                : rule?.maxAmount
                  ? `Не более ${rule.maxAmount} (оставьте пустым — ${rule.amount})`
                  : `Можно установить более короткий срок (оставьте пустым — ${rule?.amount ?? ''})`
            }
            min={rule?.direction === 'before' ? rule.amount : 0}
            max={rule?.direction === 'before' ? undefined : (rule?.maxAmount ?? rule?.amount)}
            allowDecimal={false}
            value={amount}
            onChange={setAmount}
            error={fields.amount}
          />
          <Group>
            <Button type="submit" loading={busy}>
              Рассчитать
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {result && (
            <Stack gap="xs" aria-live="polite">
              <Text size="sm">{result.rule.title}</Text>
              <Text size="xl" fw={700} data-testid="deadline-result">
                {formatDeadline(result.date)}
              </Text>
              <DeadlineExplanation steps={result.steps} />
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function CutoffForm({ today, timeZone }: { today: string; timeZone: string }) {
  const [date, setDate] = useState<string | null>(today);
  const [time, setTime] = useState('16:30');
  const [result, setResult] = useState<Cutoff>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!date || !/^\d{2}:\d{2}$/.test(time)) {
      setError('Укажите дату и время поступления (ЧЧ:ММ).');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api<Cutoff>('POST', '/api/deadlines/internet-registration', { receivedAt: zonedToInstant(date, time, timeZone) }));
    } catch (err) {
      setResult(undefined);
      setError(err instanceof ApiError ? err.message : 'Не рассчитано.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="cutoff-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="cutoff-title">
            Обращение из интернет-приёмной
          </Title>
          <Text size="sm" c="dimmed">
            Поступившее до окончания рабочего времени регистрируется в тот же рабочий день, позже — в следующий (REG-1). Время — местное, часовой пояс организации.
          </Text>
          <Group grow align="flex-start">
            <DateField label="Дата поступления" required value={date} onChange={setDate} />
            <TextInput label="Время поступления" placeholder="ЧЧ:ММ" required value={time} onChange={(e) => setTime(e.currentTarget.value)} type="time" />
          </Group>
          <Group>
            <Button type="submit" variant="light" loading={busy}>
              Определить день регистрации
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {result && (
            <Stack gap={4} aria-live="polite">
              <Text size="xl" fw={700} data-testid="cutoff-result">
                {formatDeadline(result.date)}
              </Text>
              <Text size="sm">{result.text}</Text>
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}
