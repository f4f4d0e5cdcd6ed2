import type { AppealCard } from '../../../server/features/registry/queries';
import type { RegisterAppealInput } from '../../../server/features/registry/schemas';
import { localDate } from '../../../domain/time/local-date';
import { zonedToInstant } from '../deadlines/zoned-time';

export type { AppealCard };
export type AppealForm = RegisterAppealInput['form'];
export type AppealChannel = RegisterAppealInput['channel'];
export type AppealType = RegisterAppealInput['type'];
export type Multiplicity = RegisterAppealInput['multiplicity'];
export type ControlType = RegisterAppealInput['controlType'];
export type AuthorRole = 'author' | 'signatory' | 'representative';

/** DUKI 3.2: the kinds of control. */
export const controlTypeLabels: Record<ControlType, string> = { internal: 'Внутренний', special: 'Особый', emergency: 'Чрезвычайная ситуация' };

/** One author as typed in the form (REG-3). `id` is an existing author record the registrar chose (REG-5). */
export type AuthorValues = {
  key: string;
  id: number | null;
  kind: 'person' | 'organisation';
  surname: string;
  firstName: string;
  patronymic: string;
  organisationName: string;
  postalAddress: string;
  email: string;
  phone: string;
  territory: string;
  socialStatus: string;
  benefitCategory: string;
  gender: 'm' | 'f' | null;
  role: AuthorRole;
  receivesAnswer: boolean;
};

export type QuestionValues = { key: string; totkCode: string | null; totkName: string; annotation: string };

export type PreviousAppeal = { id: number; number: string; registrationDate: string | null };

/** Everything the registration card form holds; names and addresses stay exactly as typed. */
export type AppealFormValues = {
  receivedDate: string | null;
  receivedTime: string;
  form: AppealForm | null;
  channel: AppealChannel | null;
  type: AppealType | null;
  addressee: string;
  forwarded: boolean;
  forwardedBodyId: number | null;
  forwardedBodyName: string;
  letterDate: string | null;
  letterNumber: string;
  isControl: boolean;
  collective: boolean;
  authors: AuthorValues[];
  authorityDocument: string;
  questions: QuestionValues[];
  annotation: string;
  text: string;
  pages: number | string;
  multiplicity: Multiplicity;
  previous: PreviousAppeal | null;
  controlType: ControlType;
  controlOfficialId: number | null;
};

let counter = 0;
const page = Date.now().toString(36);
/** A key for a row of a list in the form (React keys; never sent); unique also against a restored draft. */
export const rowKey = () => `row-${page}-${++counter}`;

export function emptyAuthor(role: AuthorRole = 'author'): AuthorValues {
  return {
    key: rowKey(), id: null, kind: 'person', surname: '', firstName: '', patronymic: '', organisationName: '', postalAddress: '', email: '', phone: '',
    territory: '', socialStatus: '', benefitCategory: '', gender: null, role, receivesAnswer: false,
  };
}

export const emptyQuestion = (): QuestionValues => ({ key: rowKey(), totkCode: null, totkName: '', annotation: '' });

/** 'HH:MM' of a moment in the organisation's time zone. */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** A new card: received now (the organisation's wall clock), a written appeal by post, one author, one question. */
export function emptyForm(now: Date, timeZone: string): AppealFormValues {
  return {
    receivedDate: localDate(now, timeZone),
    receivedTime: localTime(now, timeZone),
    form: 'written',
    channel: 'post',
    type: null,
    addressee: '',
    forwarded: false,
    forwardedBodyId: null,
    forwardedBodyName: '',
    letterDate: null,
    letterNumber: '',
    isControl: false,
    collective: false,
    authors: [emptyAuthor()],
    authorityDocument: '',
    questions: [emptyQuestion()],
    annotation: '',
    text: '',
    pages: '',
    multiplicity: 'primary',
    previous: null,
    controlType: 'internal',
    controlOfficialId: null,
  };
}

/** A registered card opened for correction (and a timeline snapshot read for comparison). */
export function formFromCard(card: Omit<AppealCard, 'id'>, timeZone: string): AppealFormValues {
  const received = new Date(card.receivedAt);
  return {
    receivedDate: localDate(received, timeZone),
    receivedTime: localTime(received, timeZone),
    form: card.form,
    channel: card.channel,
    type: card.type,
    addressee: card.addressee,
    forwarded: card.forwarded !== null,
    forwardedBodyId: card.forwarded?.bodyId ?? null,
    forwardedBodyName: card.forwarded?.bodyName ?? '',
    letterDate: card.forwarded?.letterDate ?? null,
    letterNumber: card.forwarded?.letterNumber ?? '',
    isControl: card.forwarded?.isControl ?? false,
    collective: card.collective,
    authors: card.authors.map((a) => ({
      key: rowKey(), id: a.id, kind: a.kind, surname: a.surname ?? '', firstName: a.firstName ?? '', patronymic: a.patronymic ?? '', organisationName: a.organisationName ?? '',
      postalAddress: a.postalAddress, email: a.email, phone: a.phone, territory: a.territory, socialStatus: a.socialStatus, benefitCategory: a.benefitCategory, gender: a.gender,
      role: a.role, receivesAnswer: a.receivesAnswer,
    })),
    authorityDocument: card.authorityDocument ?? '',
    questions: card.questions.map((q) => ({ key: rowKey(), totkCode: q.totkCode, totkName: q.totkName, annotation: q.annotation })),
    annotation: card.annotation,
    text: card.text,
    pages: card.pages ?? '',
    multiplicity: card.multiplicity,
    previous: card.previous ? { id: card.previous.id, number: card.previous.number, registrationDate: card.previous.registrationDate } : null,
    controlType: card.controlType,
    controlOfficialId: card.controlOfficialId,
  };
}

/** A patronymic says the gender for the letters' inflection: «…вич» — мужской, «…вна» — женский. */
export function genderFromPatronymic(patronymic: string): 'm' | 'f' | null {
  const p = patronymic.trim().toLocaleLowerCase('ru');
  if (/(ич|оглы|улы)$/.test(p)) return 'm';
  if (/(на|кызы|гызы)$/.test(p)) return 'f';
  return null;
}

/** Social status and benefit category are not kept for organisations and collective appeals (REG-3). */
export const keepsPersonalCategories = (v: AppealFormValues, a: AuthorValues) => a.kind === 'person' && !v.collective;

/** An author row nothing was typed in: not sent (the appeal is then anonymous). */
export const isBlankAuthor = (a: AuthorValues) =>
  [a.surname, a.firstName, a.patronymic, a.organisationName, a.postalAddress, a.email, a.phone, a.territory, a.socialStatus, a.benefitCategory].every((s) => s.trim() === '') && a.id === null;

export type AppealBody = Omit<RegisterAppealInput, 'idempotencyKey'>;

/**
 * The request body (POST and PUT alike) and, for the server's field messages, which form row each
 * body author came from (an untouched empty author row is not sent: the appeal is then anonymous).
 * Strings are sent as typed; the server trims them.
 */
export function bodyFromForm(v: AppealFormValues, timeZone: string): { body: AppealBody; authorRows: number[] } {
  const authorRows = v.authors.map((a, i) => (isBlankAuthor(a) ? -1 : i)).filter((i) => i >= 0);
  const sent = authorRows.map((i) => v.authors[i]!);
  // The answer goes to the one chosen; by default to the first who is not a representative.
  const answerTo = sent.some((a) => a.receivesAnswer) ? null : (sent.find((a) => a.role !== 'representative') ?? sent[0]);
  const validTime = /^\d{2}:\d{2}$/.test(v.receivedTime);
  const body = {
    receivedAt: v.receivedDate && validTime ? zonedToInstant(v.receivedDate, v.receivedTime, timeZone) : '',
    form: v.form,
    channel: v.channel,
    type: v.type,
    addressee: v.addressee,
    forwarded: v.forwarded ? { bodyId: v.forwardedBodyId, letterDate: v.letterDate, letterNumber: v.letterNumber.trim() === '' ? null : v.letterNumber, isControl: v.isControl } : null,
    pages: v.pages === '' ? null : Number(v.pages),
    annotation: v.annotation,
    text: v.text,
    collective: v.collective,
    authors: sent.map((a) => {
      const personal = keepsPersonalCategories(v, a);
      const person = a.kind === 'person';
      return {
        ...(a.id !== null ? { id: a.id } : {}),
        kind: a.kind,
        surname: person ? a.surname : null,
        firstName: person ? a.firstName : null,
        patronymic: person ? a.patronymic : null,
        organisationName: person ? null : a.organisationName,
        postalAddress: a.postalAddress,
        email: a.email.trim(),
        phone: a.phone,
        territory: a.territory,
        socialStatus: personal ? a.socialStatus : '',
        benefitCategory: personal ? a.benefitCategory : '',
        gender: person ? a.gender : null,
        role: a.role,
        receivesAnswer: a.receivesAnswer || a === answerTo,
      };
    }),
    authorityDocument: v.authors.some((a) => a.role === 'representative') && v.authorityDocument.trim() !== '' ? v.authorityDocument : null,
    questions: v.questions.map((q) => ({ totkCode: q.totkCode ?? '', annotation: q.annotation })),
    multiplicity: v.multiplicity,
    previousAppealId: v.previous?.id ?? null,
    controlType: v.controlType,
    controlOfficialId: v.controlOfficialId,
  };
  // Missing choices (null) go to the server as they are: its Russian message appears under the field.
  return { body: body as AppealBody, authorRows };
}

/**
 * The server names fields by the body path (`authors.0.surname`); the form by its own rows.
 * `receivedAt` belongs to the date field.
 */
export function formErrorPaths(fields: Record<string, string>, authorRows: number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^authors\.(\d+)(\..*)?$/.exec(path);
    if (m) {
      const row = authorRows[Number(m[1])];
      out[row === undefined ? 'authors' : `authors.${row}${m[2] ?? ''}`] = message;
    } else {
      out[path] = message;
    }
  }
  return out;
}
