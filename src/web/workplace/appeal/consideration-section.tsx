import { useState, type ReactNode } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection, Facts } from './facts';
import { effectiveUserId, formatMoment, type ConsiderationView } from './consideration-model';
import { HandOverDialog } from './hand-over-dialog';
import { ComplainedSubjectDialog } from './complained-subject-dialog';
import { ResolutionDialog } from './resolution-dialog';
import { ResolutionsView } from './resolutions-view';
import { MaterialsForms } from './materials-form';
import { ResultsForm } from './results-form';
import { ControlActions } from './control-actions';
import { Evaluations } from './evaluation-dialog';
import { ExtensionSection } from './extension-section';
import { AnswersSection } from './answers-section';
import { OwnAssignmentActions, useAssignmentNames } from './own-assignment-actions';
import { ComplaintReturnDialog } from './complaint-return-dialog';
import { AdditionalControlSection } from './additional-control-section';

type Props = { appealId: number; appealNumber: string | null; timeZone: string; onChanged: () => void };
type Dialog = 'hand-over' | 'complained' | 'resolution' | 'complaint-return' | null;

/**
 * «Рассмотрение» on the case page (ROU-1…8, CTL-2…4): where the appeal is, who holds it, the
 * resolutions and their executors, the results per question, control and the author's evaluation —
 * and the actions the user's roles and relation to the case allow.
 */
export function ConsiderationSection({ appealId, appealNumber, timeZone, onChanged }: Props) {
  const query = useQuery<ConsiderationView>(`/api/appeals/${appealId}/consideration`);
  return (
    <CaseSection title="Рассмотрение" id="case-consideration">
      <LoadState query={query}>
        {(v) => (
          <ConsiderationBody
            view={v}
            appealId={appealId}
            appealNumber={appealNumber}
            timeZone={timeZone}
            onChanged={() => {
              query.reload();
              onChanged();
            }}
          />
        )}
      </LoadState>
    </CaseSection>
  );
}

function ConsiderationBody({ view: v, appealId, appealNumber, timeZone, onChanged }: { view: ConsiderationView } & Props) {
  const { session } = useSession();
  const user = session?.user;
  const roles = user?.roles ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = localDate(new Date(), timeZone);
  const leader = roles.includes('head') || roles.includes('deputy');
  const active = v.status !== 'annulled' && v.status !== 'closed';

  const canHandOver = can(roles, 'appeals.hand-over') && (v.status === 'registered' || v.status === 'on-resolution');
  const canComplained = can(roles, 'appeals.complained-subject') && active;
  // ROU-1, ROU-6: the one it was passed to decides; the head may decide on any appeal.
  const canResolve = can(roles, 'appeals.resolve') && isOpen(v.status) && (roles.includes('head') || (user !== undefined && user !== null && v.handedToUserId === effectiveUserId(user)));
  // CTL-3: the responsible executor, or the head or a deputy, once the appeal is in work.
  const canResults = (leader || v.viewer === 'responsible') && (v.status === 'in-work' || v.status === 'answered');
  // ROU-8 (59-ФЗ ст. 8 ч. 6): a complaint nobody but the one complained about could consider goes back to its author.
  const canReturn = canResolve && (v.complained.officialId !== null || v.complained.unitId !== null);
  const resolutionOverdue = v.status === 'on-resolution' && v.resolutionDeadline !== null && v.resolutionDeadline < today;
  const complained = [v.complained.officialName, v.complained.unitName].filter(Boolean).join('; ');
  const label = appealNumber ? `№ ${appealNumber}` : '';
  const names = useAssignmentNames(v.assignments, can(roles, 'assignments.work'));

  const facts: [string, ReactNode][] = [['Состояние', <Tag key="s" color={active ? 'blue' : 'gray'}><span data-testid="consideration-status">{v.statusLabel}</span></Tag>]];
  if (v.handedTo) facts.push(['Передано на резолюцию', `${v.handedTo}${v.handedOverAt ? `, ${formatMoment(v.handedOverAt, timeZone)}` : ''}`]);
  if (v.resolutionDeadline) {
    facts.push([
      'Срок вынесения резолюции',
      resolutionOverdue ? (
        <Text key="r" span size="sm" c="red.9" fw={700}>
          {formatDateRu(v.resolutionDeadline)} — срок истёк
        </Text>
      ) : (
        formatDateRu(v.resolutionDeadline)
      ),
    ]);
  }
  facts.push(['Срок рассмотрения', formatDateRu(v.considerationDeadline)]);
  if (v.urgent) facts.push(['Безотлагательно', <Tag key="u" color="red">рассматривается безотлагательно</Tag>]);
  if (v.controlDate) facts.push(['Контрольный срок', formatDateRu(v.controlDate)]);
  if (complained) facts.push(['Обжалуется решение или действие', complained]);
  if (v.keptOnControlReason) facts.push(['Оставлено на контроле', v.keptOnControlReason]);
  if (v.complaintReturn) {
    const r = v.complaintReturn;
    facts.push([
      'Жалоба возвращена автору',
      <span key="cr" data-testid="complaint-returned">
        исх. № {r.outgoingNumber} от {formatDateRu(r.outgoingDate)} (59-ФЗ ст. 8 ч. 6); срок возврата {formatDateRu(r.dueDate)}
        {r.late ? (
          <Text span size="sm" c="red.9" fw={700}>
            {' '}
            — возвращена с пропуском срока
          </Text>
        ) : null}
      </span>,
    ]);
  }
  if (v.removedFromControlAt) facts.push(['Снято с контроля', formatMoment(v.removedFromControlAt, timeZone)]);

  return (
    <Stack gap="md">
      {(canHandOver || canComplained || canResolve || canReturn) && (
        <Group gap="sm">
          {canResolve && <Button onClick={() => setDialog('resolution')}>{v.assignments.length > 0 ? 'Вынести новую резолюцию' : 'Вынести резолюцию'}</Button>}
          {canHandOver && (
            <Button variant={canResolve ? 'light' : 'filled'} onClick={() => setDialog('hand-over')}>
              {v.status === 'on-resolution' ? 'Передать на резолюцию другому' : 'Передать на резолюцию'}
            </Button>
          )}
          {canComplained && (
            <Button variant="light" onClick={() => setDialog('complained')}>
              Жалоба на действия…
            </Button>
          )}
          {canReturn && (
            <Button variant="light" color="orange" onClick={() => setDialog('complaint-return')}>
              Вернуть жалобу автору
            </Button>
          )}
        </Group>
      )}

      <Facts items={facts} />

      <ResolutionsView assignments={v.assignments} viewer={v.viewer} timeZone={timeZone} today={today} names={names} />
      {/* The report on additional control is given in its own section, not returned or redrafted (CTL-1). */}
      {user && can(roles, 'assignments.work') && <OwnAssignmentActions assignments={v.assignments.filter((a) => a.id !== v.additionalControl?.assignmentId)} userId={effectiveUserId(user)} onChanged={onChanged} />}
      {user && <MaterialsForms assignments={v.assignments} responsibleOfParts={v.responsibleOfParts} userId={effectiveUserId(user)} onSubmitted={onChanged} />}
      <ExtensionSection appealId={appealId} label={label} view={v} timeZone={timeZone} onChanged={onChanged} />
      <AnswersSection appealId={appealId} label={label} view={v} timeZone={timeZone} onChanged={onChanged} />
      <ResultsForm key={v.questions.map((q) => q.result ?? '').join('|')} appealId={appealId} questions={v.questions} editable={canResults} onSaved={onChanged} />
      <AdditionalControlSection view={v} userId={user ? effectiveUserId(user) : null} timeZone={timeZone} onChanged={onChanged} />
      {can(roles, 'appeals.control') && <ControlActions appealId={appealId} label={label} view={v} today={today} onDecided={onChanged} />}
      <Evaluations appealId={appealId} view={v} canRecord={can(roles, 'appeals.evaluate') && v.status !== 'annulled'} timeZone={timeZone} onRecorded={onChanged} />

      {canHandOver && <HandOverDialog appealId={appealId} label={label} opened={dialog === 'hand-over'} onClose={() => setDialog(null)} onDone={onChanged} />}
      {canComplained && <ComplainedSubjectDialog appealId={appealId} current={v.complained} opened={dialog === 'complained'} onClose={() => setDialog(null)} onDone={onChanged} />}
      {canResolve && <ResolutionDialog appealId={appealId} label={label} view={v} opened={dialog === 'resolution'} onClose={() => setDialog(null)} onDone={onChanged} onReturnComplaint={canReturn ? () => setDialog('complaint-return') : undefined} />}
      {canReturn && <ComplaintReturnDialog appealId={appealId} label={label} view={v} today={today} opened={dialog === 'complaint-return'} onClose={() => setDialog(null)} onDone={onChanged} />}
    </Stack>
  );
}
