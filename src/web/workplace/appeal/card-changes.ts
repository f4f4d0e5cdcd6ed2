import { channelLabels, formLabels, typeLabels } from '../../../domain/appeal/labels';
import { multiplicityLabels } from '../../../domain/appeal/multiplicity';
import { formatDateRu } from '../../../domain/time/local-date';
import { controlTypeLabels, formFromCard, type AppealCard, type AppealFormValues, type AuthorValues } from '../registration/form-model';

export type Change = { field: string; before: string; after: string };

const none = '—';
const orNone = (s: string | null | undefined) => (s && s.trim() ? s.trim() : none);
const roleLabels: Record<AuthorValues['role'], string> = { author: 'автор', signatory: 'подписавший', representative: 'представитель' };

function author(a: AuthorValues): string {
  const name = a.kind === 'organisation' ? a.organisationName.trim() : [a.surname, a.firstName, a.patronymic].map((s) => s.trim()).filter(Boolean).join(' ');
  const parts = [
    `${name || 'имя не указано'} (${roleLabels[a.role]}${a.receivesAnswer ? ', получает ответ' : ''})`,
    a.postalAddress.trim(),
    a.email.trim(),
    a.phone.trim(),
    a.territory.trim() && `территория: ${a.territory.trim()}`,
    a.socialStatus.trim() && `соц. положение: ${a.socialStatus.trim()}`,
    a.benefitCategory.trim() && `льготная категория: ${a.benefitCategory.trim()}`,
    a.gender && `пол: ${a.gender === 'm' ? 'мужской' : 'женский'}`,
  ];
  return parts.filter(Boolean).join('; ');
}

type Field = { label: string; format: (v: AppealFormValues, officialName: (id: number) => string) => string };

/** The card's fields as the staff name them, each with how its value reads (for «what changed»). */
const fields: Field[] = [
  { label: 'Дата и время поступления', format: (v) => (v.receivedDate ? `${formatDateRu(v.receivedDate)} ${v.receivedTime}` : none) },
  { label: 'Форма обращения', format: (v) => (v.form ? formLabels[v.form] : none) },
  { label: 'Канал поступления', format: (v) => (v.channel ? channelLabels[v.channel] : none) },
  { label: 'Вид обращения', format: (v) => (v.type ? typeLabels[v.type] : none) },
  { label: 'Адресат', format: (v) => orNone(v.addressee) },
  {
    label: 'Поступило из другого органа',
    format: (v) =>
      v.forwarded
        ? [orNone(v.forwardedBodyName), v.letterDate && `письмо от ${formatDateRu(v.letterDate)}`, v.letterNumber.trim() && `№ ${v.letterNumber.trim()}`, v.isControl && 'контрольное'].filter(Boolean).join(', ')
        : 'нет',
  },
  { label: 'Коллективное обращение', format: (v) => (v.collective ? 'да' : 'нет') },
  { label: 'Авторы', format: (v) => (v.authors.length ? v.authors.map(author).join('\n') : 'не указаны (анонимное)') },
  { label: 'Документ, подтверждающий полномочия', format: (v) => orNone(v.authorityDocument) },
  { label: 'Вопросы (ТОТК)', format: (v) => v.questions.map((q) => `${q.totkCode ?? ''} ${q.totkName}${q.annotation.trim() ? ` — ${q.annotation.trim()}` : ''}`.trim()).join('\n') || none },
  { label: 'Аннотация', format: (v) => orNone(v.annotation) },
  { label: 'Текст обращения', format: (v) => orNone(v.text) },
  { label: 'Количество листов', format: (v) => (v.pages === '' ? none : String(v.pages)) },
  { label: 'Кратность', format: (v) => multiplicityLabels[v.multiplicity] },
  { label: 'Предыдущее обращение', format: (v) => (v.previous ? `№ ${v.previous.number}${v.previous.registrationDate ? ` от ${formatDateRu(v.previous.registrationDate)}` : ''}` : none) },
  { label: 'Вид контроля', format: (v) => controlTypeLabels[v.controlType] },
  { label: 'Контроль осуществляет', format: (v, officialName) => (v.controlOfficialId === null ? none : officialName(v.controlOfficialId)) },
];

/** What a correction changes, field by field, in the words of the card. */
export function describeChanges(before: AppealFormValues, after: AppealFormValues, officialName: (id: number) => string = (id) => `должностное лицо (код ${id})`): Change[] {
  return fields
    .map((f) => ({ field: f.label, before: f.format(before, officialName), after: f.format(after, officialName) }))
    .filter((c) => c.before !== c.after);
}

/** The changes recorded in an «appeal.updated» event (the card before and after); none when the snapshot cannot be read. */
export function describeSnapshotChanges(before: unknown, after: unknown, timeZone: string, officialName?: (id: number) => string): Change[] {
  try {
    return describeChanges(formFromCard(before as AppealCard, timeZone), formFromCard(after as AppealCard, timeZone), officialName);
  } catch {
    return [];
  }
}
