import { useCallback, useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery, type QueryState } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { AppealAttachments } from '../../components/appeal-attachments';
import { AppealDocuments } from '../../components/appeal-documents';
import { useSession } from '../../session/session';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { mailOpeningRefusal } from '../../../domain/intake/mail-opening-act';
import { appealStatusLabels, onControlStatuses } from '../../../domain/appeal/lifecycle';
import type { AppealCard } from '../registration/form-model';
import { AppealCardView, type CaseDeadlines } from './appeal-card-view';
import { AppealTimeline, type TimelineEvent } from './appeal-timeline';
import { AnnulDialog } from './annul-dialog';
import { CorrectCard } from './correct-card';
import { CaseSection } from './facts';
import { announceDrawnUpAct, MailOpeningActDialog } from './mail-opening-act-dialog';
import { ConsiderationSection } from './consideration-section';
import { RedirectSection } from './redirect-section';
import { SpecialCaseSection } from './special-case-section';
import { TerminatedCorrespondence } from './terminated-correspondence';
import { PublicationSection } from './publication-section';
import { TranslationSection } from './translation-section';
import { DocumentsRequestsSection } from './documents-requests-section';
import { StatementSection } from './statement-section';
import { AppealSuggestions } from '../../components/special-case-suggestions';

type Official = { id: number; fullName: string };

/** /app/appeals/:id — the case of one appeal: the card, its deadlines, files, documents and the course of work. */
export function AppealPage() {
  const { id } = useParams();
  const appealId = Number(id);
  if (!Number.isInteger(appealId) || appealId <= 0) return <AppealNotFound />;
  return <AppealCase key={appealId} id={appealId} />;
}

function AppealNotFound() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Обращение не найдено
      </Title>
      <Text>Проверьте номер в адресе страницы или найдите обращение в журнале регистрации.</Text>
      <Anchor component={Link} to="/app">
        На главную
      </Anchor>
    </Stack>
  );
}

function AppealCase({ id }: { id: number }) {
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone ?? 'Europe/Moscow';
  const roles = session?.user?.roles ?? [];
  const isRegistrar = roles.includes('registrar');
  const isAdministrator = roles.includes('administrator');

  const card = useQuery<AppealCard>(`/api/appeals/${id}`);
  const deadlines = useQuery<CaseDeadlines>(`/api/appeals/${id}/deadlines`);
  const timeline = useQuery<TimelineEvent[]>(`/api/appeals/${id}/timeline`);
  const officials = useQuery<Official[]>('/api/structure/officials');
  const [editing, setEditing] = useState(false);
  const [annulling, setAnnulling] = useState(false);
  // INT-4: the mail-opening act; a new act reloads the documents list (its own query).
  const [drawingAct, setDrawingAct] = useState(false);
  const [documentsVersion, setDocumentsVersion] = useState(0);
  // A redirect changes the questions' results and the state: the consideration part is read again.
  const [considerationVersion, setConsiderationVersion] = useState(0);

  const officialName = useCallback((officialId: number) => officials.data?.find((o) => o.id === officialId)?.fullName ?? `должностное лицо (код ${officialId})`, [officials.data]);
  const reloadAll = () => {
    card.reload();
    deadlines.reload();
    timeline.reload();
  };
  // A decision that moves the appeal (a redirect, a special case, a statement): its state, questions and letters change.
  const reloadCase = () => {
    reloadAll();
    setConsiderationVersion((v) => v + 1);
    setDocumentsVersion((v) => v + 1);
  };

  if (card.error?.status === 404) return <AppealNotFound />;
  // An executor reads the appeal through his assignment: if the card itself is not available to him, the consideration part still is.
  if (card.error) return <CaseWithoutCard id={id} timeZone={timeZone} card={card} />;
  if (!card.data) {
    return (
      <Center py="xl">
        <Loader aria-label="Загрузка карточки" />
      </Center>
    );
  }
  const c = card.data;
  const annulled = c.status === 'annulled';
  const today = localDate(new Date(), timeZone);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Обращение № {c.number} от {formatDateRu(c.registrationDate)}
          </Title>
          <Group gap="xs">
            {annulled ? (
              <Badge color="gray" variant="filled" data-testid="status-badge">
                Аннулировано
              </Badge>
            ) : (
              <Badge color="blue" variant="light" data-testid="status-badge">
                {appealStatusLabels[c.status]}
                {onControlStatuses.includes(c.status) ? ', на контроле' : ''}
              </Badge>
            )}
            {c.registeredAs === 'correspondence' && (
              <Badge color="yellow" variant="light">
                Входящая корреспонденция
              </Badge>
            )}
          </Group>
        </Stack>
        {!editing && !annulled && (
          <Group gap="sm">
            {isRegistrar && <Button onClick={() => setEditing(true)}>Исправить карточку</Button>}
            {isRegistrar && mailOpeningRefusal(c) === null && (
              <Button variant="light" onClick={() => setDrawingAct(true)}>
                Составить акт вскрытия
              </Button>
            )}
            {isAdministrator && (
              <Button color="red" variant="light" onClick={() => setAnnulling(true)}>
                Аннулировать
              </Button>
            )}
          </Group>
        )}
      </Group>

      {annulled && (
        <Alert color="gray" title="Обращение аннулировано" role="status" data-testid="annulled">
          Причина: {c.annulledReason}. Карточка сохраняется и не изменяется.
        </Alert>
      )}

      {editing ? (
        <CorrectCard
          card={c}
          timeZone={timeZone}
          officialName={officialName}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reloadAll();
            showSuccess(`Карточка обращения № ${c.number} исправлена.`);
          }}
        />
      ) : (
        <>
          <AppealCardView card={c} deadlines={deadlines.data} timeZone={timeZone} today={today} officialName={officialName} />
          {/* Issue 6: special cases suggested with their reasons; the responsible person decides. */}
          {!annulled && <AppealSuggestions appealId={c.id} card={c} />}
          <ConsiderationSection
            key={considerationVersion}
            appealId={c.id}
            appealNumber={c.number}
            timeZone={timeZone}
            onChanged={() => {
              reloadAll();
              // An answer dispatched, an extension or a redirect decided: new outgoing documents (ANS-6).
              setDocumentsVersion((v) => v + 1);
            }}
          />
          <RedirectSection
            appealId={c.id}
            appealNumber={c.number}
            registrationDate={c.registrationDate}
            status={c.status}
            timeZone={timeZone}
            onChanged={reloadCase}
          />
          {/* REG-11 (HMR 7.15): the copy sent for translation into Russian and the translation received. */}
          <TranslationSection
            appealId={c.id}
            appealNumber={c.number}
            status={c.status}
            timeZone={timeZone}
            onChanged={() => {
              timeline.reload();
              setDocumentsVersion((v) => v + 1);
            }}
          />
          {/* SPC-11 (59-ФЗ ст. 10 ч. 4): publication of the signed answer for an indefinite circle of persons. */}
          <PublicationSection appealId={c.id} timeZone={timeZone} onChanged={timeline.reload} />
          {/* Issue 6 (59-ФЗ ст. 11): special-case dispositions and «Особый случай (ст. 11)». */}
          <SpecialCaseSection
            appealId={c.id}
            appealNumber={c.number}
            status={c.status}
            timeZone={timeZone}
            onChanged={reloadCase}
          />
          {/* SPC-5 (59-ФЗ ст. 11 ч. 5): the author's questions with terminated correspondence; read again after a disposition. */}
          <TerminatedCorrespondence
            key={`terminated-${documentsVersion}`}
            appealId={c.id}
            authorIds={c.authors.filter((a) => a.role !== 'representative').map((a) => a.id)}
            timeZone={timeZone}
            onChanged={() => {
              reloadAll();
              setConsiderationVersion((v) => v + 1);
            }}
          />
          {/* SPC-8…10 (HMR 6.2–6.6): the citizen's statements and additional documents about this appeal. */}
          <StatementSection
            appealId={c.id}
            appealNumber={c.number}
            annulled={annulled}
            timeZone={timeZone}
            onChanged={reloadCase}
          />
          <DocumentsRequestsSection
            appealId={c.id}
            appealNumber={c.number}
            status={c.status}
            timeZone={timeZone}
            onChanged={() => {
              reloadAll();
              setDocumentsVersion((v) => v + 1);
            }}
          />
          <CaseSection title="Электронный образ и приложения" id="case-attachments">
            <AppealAttachments appealId={c.id} canEdit={isRegistrar && !annulled} />
          </CaseSection>
          <CaseSection title="Документы" id="case-documents">
            <AppealDocuments key={documentsVersion} appealId={c.id} />
          </CaseSection>
          <CaseSection title="Ход работы" id="case-timeline">
            <LoadState query={timeline}>{(events) => <AppealTimeline events={events} timeZone={timeZone} officialName={officialName} />}</LoadState>
          </CaseSection>
        </>
      )}

      {isRegistrar && !annulled && (
        <MailOpeningActDialog
          card={c}
          opened={drawingAct}
          onClose={() => setDrawingAct(false)}
          onDrawnUp={(act) => {
            setDrawingAct(false);
            setDocumentsVersion((v) => v + 1);
            timeline.reload();
            announceDrawnUpAct(act);
          }}
        />
      )}

      {isAdministrator && (
        <AnnulDialog
          card={c}
          opened={annulling}
          onClose={() => setAnnulling(false)}
          onAnnulled={() => {
            setAnnulling(false);
            reloadAll();
            showSuccess(`Обращение № ${c.number} аннулировано.`);
          }}
        />
      )}
    </Stack>
  );
}

/** The case page when the card could not be read: its error, and the consideration part (which has its own access check). */
function CaseWithoutCard({ id, timeZone, card }: { id: number; timeZone: string; card: QueryState<AppealCard> }) {
  const number = (useLocation().state as { number?: string } | null)?.number ?? null;
  return (
    <Stack>
      <Title order={1} size="h2">
        {number ? `Обращение № ${number}` : 'Рассмотрение обращения'}
      </Title>
      <LoadState query={card}>{() => null}</LoadState>
      <ConsiderationSection appealId={id} appealNumber={number} timeZone={timeZone} onChanged={card.reload} />
    </Stack>
  );
}
