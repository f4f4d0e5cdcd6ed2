import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { api, ApiError } from '../../api/client';
import { bodyFromForm, formErrorPaths, type AppealBody, type AppealFormValues, type AuthorValues } from './form-model';
import { useAppealForm } from './use-appeal-form';
import { IntakeFields } from './intake-fields';
import { AuthorFields } from './author-fields';
import { QuestionFields } from './question-fields';
import { ControlFields } from './control-fields';
import { AuthorHistoryPanel, useAuthorHistory, type Candidate } from './author-history';
import { ContentWarnings, ErrorSummary, type Conflict } from './form-messages';
import { DraftSuggestions } from '../../components/special-case-suggestions';

type Props = {
  initial: () => AppealFormValues;
  mode: 'register' | 'correct';
  timeZone: string;
  /** The registration day: today for a new card, the card's own day for a correction. */
  registrationDate: string;
  submitLabel: string;
  failureTitle: string;
  /** Saves the card; throws the server's ApiError when it refuses. */
  onSubmit: (body: AppealBody, values: AppealFormValues) => Promise<void>;
  onCancel?: () => void;
  /** Every change of the values (the registration screen keeps a draft). */
  onValuesChange?: (values: AppealFormValues) => void;
  extraActions?: ReactNode;
};

type Failure = { message: string; conflict: Conflict | null };

/** REG-6: «…уже зарегистрировано: № 12. …» — the appeal it collides with, found by its number. */
async function findConflict(e: ApiError): Promise<Conflict | null> {
  if (e.status !== 409) return null;
  const number = /№\s*([^\s,;]+?)\.?(\s|$)/.exec(e.message)?.[1];
  if (!number) return null;
  try {
    const page = await api<{ rows: { id: number; number: string }[] }>('GET', `/api/appeals?${new URLSearchParams({ q: number, pageSize: '5' }).toString()}`);
    return { number, id: page.rows.find((r) => r.number === number)?.id ?? null };
  } catch {
    return { number, id: null };
  }
}

/**
 * The registration card (REG-3) in the order of the paper card, for registering and for
 * correcting alike. Ctrl+Enter submits from any field; on an error everything typed stays, the
 * messages stand under their fields and in a summary at the button.
 */
export function AppealFormView({ initial, mode, timeZone, registrationDate, submitLabel, failureTitle, onSubmit, onCancel, onValuesChange, extraActions }: Props) {
  const state = useAppealForm(initial);
  const { values: v } = state;
  const initialValues = useRef(v);
  const dirty = v !== initialValues.current;
  const onValuesChangeRef = useRef(onValuesChange);
  useEffect(() => {
    onValuesChangeRef.current = onValuesChange;
  });
  useEffect(() => {
    if (dirty) onValuesChangeRef.current?.(v);
  }, [v, dirty]);
  // A correction has no draft: leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty || onValuesChange) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, onValuesChange]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const firstIndex = v.authors.findIndex((a) => a.role !== 'representative');
  const first = firstIndex >= 0 ? v.authors[firstIndex] : undefined;
  const codes = v.questions.map((q) => q.totkCode).filter((c): c is string => c !== null);
  const history = useAuthorHistory(mode === 'register' ? first : undefined, codes);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { body, authorRows } = bodyFromForm(v, timeZone);
    setBusy(true);
    setFailure(null);
    state.setErrors({});
    try {
      await onSubmit(body, v);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Непредвиденная ошибка. Повторите действие.');
      state.setErrors(formErrorPaths(err.fields, authorRows));
      setFailure({ message: err.message, conflict: await findConflict(err) });
      requestAnimationFrame(() => summaryRef.current?.scrollIntoView({ block: 'center' }));
    } finally {
      setBusy(false);
    }
  }

  // Ctrl+Enter registers from any field; a plain Enter in a one-line field (a date just typed, a
  // name) must not register a half-filled card.
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    } else if (e.target instanceof HTMLInputElement) {
      e.preventDefault();
    }
  }

  // REG-5: the registrar confirms it is the same person: his record is reused; the name as on file,
  // the contacts as typed now (people move) or, where nothing is typed, as on file.
  function sameAuthor(c: Candidate) {
    if (firstIndex < 0) return;
    const a = c.author;
    const typed = (now: string, onFile: string) => (now.trim() ? now : onFile);
    const current = v.authors[firstIndex]!;
    const p: Partial<AuthorValues> = {
      id: a.id,
      kind: a.kind,
      surname: a.surname ?? '',
      firstName: a.firstName ?? '',
      patronymic: a.patronymic ?? '',
      organisationName: a.organisationName ?? '',
      postalAddress: typed(current.postalAddress, a.postalAddress),
      email: typed(current.email, a.email),
      phone: typed(current.phone, a.phone),
      territory: typed(current.territory, a.territory),
      socialStatus: typed(current.socialStatus, a.socialStatus),
      benefitCategory: typed(current.benefitCategory, a.benefitCategory),
      gender: current.gender ?? a.gender,
    };
    state.setAuthor(firstIndex, p);
  }

  const sections = (
    <Stack gap="md">
      <IntakeFields state={state} timeZone={timeZone} registrationDate={registrationDate} autoFocus={mode === 'register'} />
      <AuthorFields state={state} historyFound={history.candidates.length} />
      <QuestionFields state={state} />
      <ControlFields state={state} />
      <ContentWarnings values={v} />
      {mode === 'register' && <DraftSuggestions body={bodyFromForm(v, timeZone).body} />}
      {failure && (
        <div ref={summaryRef}>
          <ErrorSummary title={failureTitle} message={failure.message} fields={state.errors} conflict={failure.conflict} />
        </div>
      )}
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          Ctrl+Enter — {submitLabel.toLocaleLowerCase('ru')} из любого поля
        </Text>
        <Group gap="sm">
          {extraActions}
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Отмена
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Group>
    </Stack>
  );

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-label="Регистрационная карточка обращения">
      {mode === 'register' ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>{sections}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Box pos="sticky" top={72} style={{ maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' }}>
              <AuthorHistoryPanel
                history={history}
                linkedAuthorId={first?.id ?? null}
                previousAppealId={v.previous?.id ?? null}
                questionsChosen={codes.length > 0}
                onSameAuthor={sameAuthor}
                onRepeatOf={(_c, appeal, multiplicity) => state.patch({ multiplicity, previous: { id: appeal.id, number: appeal.number, registrationDate: appeal.registrationDate || null } })}
              />
            </Box>
          </Grid.Col>
        </Grid>
      ) : (
        sections
      )}
    </form>
  );
}
