import type { PlaceholderValues } from '../../../domain/documents/placeholders';
import { dativeFullName, dativeShort, salutation, type Gender } from '../../../domain/documents/inflect';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu } from '../../../domain/time/local-date';

export type NoticeRecipient = {
  kind: 'person' | 'organisation';
  surname: string | null;
  firstName: string | null;
  patronymic: string | null;
  organisationName: string | null;
  gender: Gender | null;
  postalAddress: string;
  email: string;
};

export type NoticeSources = {
  appeal: { number: string; receivedDate: string; registrationDate: string; annotation: string; considerationDeadline: string };
  recipient: NoticeRecipient;
  organisation: { fullName: string; shortName: string; postalAddress: string; phones: { number: string }[]; email: string; site: string; headTitle: string };
  head: { surname: string; firstName: string; patronymic: string | null } | null;
  executor: { surname: string; firstName: string; patronymic: string | null; phone: string | null } | null;
  legalBasis: string;
  /** The day the document is made, 'YYYY-MM-DD' in the organisation's time zone. */
  today: string;
};

/** «А. В. Петров» — the signature's transcript (ГОСТ Р 7.0.97-2016: initials before the surname). */
function initialsFirst(p: { surname: string; firstName: string; patronymic: string | null }): string {
  const initials = [p.firstName, p.patronymic].filter((x): x is string => Boolean(x)).map((x) => `${x.charAt(0).toUpperCase()}.`).join(' ');
  return initials ? `${initials} ${p.surname}` : p.surname;
}

/** The appeal's part of the fields, from its card (the consideration deadline as it stands, or the one given). */
export function appealSources(card: { number: string; receivedDate: string; registrationDate: string; annotation: string; considerationDeadline: string }, considerationDeadline = card.considerationDeadline): NoticeSources['appeal'] {
  return { number: card.number, receivedDate: card.receivedDate, registrationDate: card.registrationDate, annotation: card.annotation, considerationDeadline };
}

/** ADM-4: every field of the catalogue filled from the card, the organisation and the executor. */
export function noticeValues(s: NoticeSources): PlaceholderValues {
  const r = s.recipient;
  const person = { surname: r.surname, firstName: r.firstName, patronymic: r.patronymic, gender: r.gender };
  const isOrganisation = r.kind === 'organisation';
  const orgName = r.organisationName ?? '';
  const orgPhone = s.organisation.phones[0]?.number ?? '';
  return {
    номер: s.appeal.number,
    дата_регистрации: formatDateRu(s.appeal.registrationDate),
    дата_поступления: formatDateRu(s.appeal.receivedDate),
    краткое_содержание: s.appeal.annotation,
    срок_рассмотрения: formatDateRu(s.appeal.considerationDeadline),
    основание: s.legalBasis,
    адресат: isOrganisation ? orgName : fullName({ surname: r.surname ?? '', firstName: r.firstName ?? '', patronymic: r.patronymic }),
    адресат_дательный: isOrganisation ? orgName : dativeFullName(person),
    адресат_кратко: isOrganisation ? orgName : dativeShort(person),
    // An organisation (an association of citizens, a legal entity) is addressed without a name.
    обращение: isOrganisation ? 'Уважаемый заявитель!' : salutation(person),
    почтовый_адрес: r.postalAddress,
    эл_почта: r.email,
    организация: s.organisation.fullName,
    организация_кратко: s.organisation.shortName,
    адрес_организации: s.organisation.postalAddress,
    телефон_организации: orgPhone,
    эл_почта_организации: s.organisation.email,
    сайт_организации: s.organisation.site,
    должность_руководителя: s.organisation.headTitle,
    руководитель: s.head ? initialsFirst(s.head) : '',
    исполнитель: s.executor ? fullName({ surname: s.executor.surname, firstName: s.executor.firstName, patronymic: s.executor.patronymic }) : '',
    телефон_исполнителя: s.executor?.phone || orgPhone,
    дата_документа: formatDateRu(s.today),
  };
}
