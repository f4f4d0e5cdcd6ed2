import { sql, type Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import type { DB } from '../../platform/db/schema';
import type { FileStorage } from '../../platform/storage/file-storage';
import { channelLabels, formLabels } from '../../../domain/appeal/labels';
import { fullName } from '../../../domain/org/person-name';
import { formatDateRu, localDate } from '../../../domain/time/local-date';

/**
 * Letters that send the appeal itself to another body: the cover letter of a redirect by competence
 * (59-ФЗ ст. 8 ч. 3), of an anonymous appeal reporting an unlawful act (ст. 11 ч. 1), of an appeal sent
 * for translation (HMR 7.15). By post the registrar encloses the paper copy; by e-mail the copy goes
 * with the letter — its text and the files received with it.
 */
export const APPEAL_COPY_KINDS: readonly string[] = ['redirect-cover-letter', 'anonymous-forwarding-letter', 'translation-request-letter'];

/**
 * Letters that send a citizen's statement after the appeal already redirected (HMR 6.2 абз. 3, 6.4, 6.6):
 * the body has the appeal — the e-mail carries the statement's copy and its own files, not the appeal again.
 */
export const STATEMENT_COPY_KINDS: readonly string[] = ['statement-forwarding-letter'];

export type MailAttachment = { fileName: string; content: Uint8Array; contentType: string };

async function bytesOf(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

type FileRow = { id: number; kind: 'file' | 'paper'; file_name: string | null; mime_type: string | null; storage_key: string | null; description: string; pages: number | null };

/** The files to attach and the list for the copy: paper enclosures are named, a file missing from the storage too. */
async function filesOf(storage: FileStorage, files: readonly FileRow[]): Promise<{ out: MailAttachment[]; listed: string[] }> {
  const out: MailAttachment[] = [];
  const listed: string[] = [];
  for (const f of files) {
    if (f.kind === 'paper' || !f.storage_key) {
      listed.push(`${f.description || 'бумажное приложение'}${f.pages ? `, ${f.pages} л.` : ''} — на бумажном носителе`);
      continue;
    }
    try {
      out.push({ fileName: f.file_name ?? `приложение-${f.id}`, content: await bytesOf(await storage.get(f.storage_key)), contentType: f.mime_type ?? 'application/octet-stream' });
      listed.push(`${f.file_name ?? `приложение-${f.id}`} — файл приложен к письму`);
    } catch {
      listed.push(`${f.file_name ?? `приложение-${f.id}`} — файл не найден в хранилище, будет направлен дополнительно`);
    }
  }
  return { out, listed };
}

/**
 * «Копия обращения № N.txt» — the registration data, the authors as they wrote (forwarding to the
 * competent body is not a disclosure, 59-ФЗ ст. 6 ч. 2), the text — and every file attached to the
 * appeal and not removed from it. A file missing from the storage is named in the copy instead.
 */
export async function appealCopyAttachments(db: Kysely<DB>, storage: FileStorage, appealId: number, timeZone: string): Promise<MailAttachment[]> {
  const a = await db.selectFrom('appeals').select(['number', 'registration_date', 'received_at', 'form', 'channel', 'annotation', 'text']).where('id', '=', appealId).executeTakeFirstOrThrow();
  const authors = await db
    .selectFrom('appeal_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .select(['aa.role', 'au.kind', 'au.surname', 'au.first_name', 'au.patronymic', 'au.organisation_name', 'au.postal_address', 'au.email', 'au.phone'])
    .where('aa.appeal_id', '=', appealId)
    .orderBy('aa.position')
    .execute();
  const files = await db
    .selectFrom('attachments')
    .select(['id', 'kind', 'file_name', 'mime_type', 'storage_key', 'description', 'pages'])
    .where('appeal_id', '=', appealId)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();

  const { out, listed } = await filesOf(storage, files);

  const roles = { author: 'Автор', signatory: 'Подписант', representative: 'Представитель' } as const;
  const lines = [
    `Копия обращения № ${a.number}`,
    '',
    `Поступило: ${formatDateRu(localDate(a.received_at, timeZone))}; зарегистрировано: ${formatDateRu(a.registration_date)} за № ${a.number}.`,
    `Форма: ${formLabels[a.form].toLowerCase()}; канал поступления: ${channelLabels[a.channel].toLowerCase()}.`,
    '',
    ...(authors.length === 0
      ? ['Автор: не указан.']
      : authors.map((x) => {
          const name = x.kind === 'organisation' ? (x.organisation_name ?? '') : fullName({ surname: x.surname ?? '', firstName: x.first_name ?? '', patronymic: x.patronymic ?? '' });
          const contacts = [x.postal_address && `почтовый адрес: ${x.postal_address}`, x.email && `электронная почта: ${x.email}`, x.phone && `телефон: ${x.phone}`].filter(Boolean).join('; ');
          return `${roles[x.role]}: ${name || 'фамилия не указана'}${contacts ? ` (${contacts})` : ' (адрес не указан)'}.`;
        })),
    '',
    `Краткое содержание: ${a.annotation}`,
    '',
    'Текст обращения:',
    a.text || '(текст обращения содержится в приложенных файлах)',
    '',
    `Приложения: ${listed.length ? '' : 'нет.'}`,
    ...listed.map((l, i) => `${i + 1}. ${l}`),
    '',
  ];
  return [{ fileName: `Копия обращения № ${a.number}.txt`.replace(/[\\/]/g, '-'), content: Buffer.from(lines.join('\r\n'), 'utf8'), contentType: 'text/plain; charset=utf-8' }, ...out];
}

/**
 * «Копия заявления № N.txt» for the letter `documentId` (the statement whose letters include it): its
 * number and dates, what it is, the citizen as he wrote, its content — and its own files (attachments
 * marked with the statement, not removed). A file missing from the storage is named in the copy instead.
 */
export async function statementCopyAttachments(db: Kysely<DB>, storage: FileStorage, documentId: number): Promise<MailAttachment[]> {
  const s = await db
    .selectFrom('statements')
    .select(['id', 'appeal_id', 'kind', 'number', 'received_date', 'registration_date', 'surname', 'first_name', 'patronymic', 'postal_address', 'email', 'content', 'comment'])
    .where(sql<boolean>`document_ids @> ${JSON.stringify([documentId])}::jsonb`)
    .executeTakeFirst();
  if (!s) return [];
  const files = await db
    .selectFrom('attachments')
    .select(['id', 'kind', 'file_name', 'mime_type', 'storage_key', 'description', 'pages'])
    .where('statement_id', '=', s.id)
    .where('appeal_id', '=', s.appeal_id)
    .where('removed_at', 'is', null)
    .orderBy('id')
    .execute();
  const { out, listed } = await filesOf(storage, files);
  const titles = { 'not-sent': 'Заявление об отсутствии факта направления обращения', withdrawal: 'Заявление о прекращении рассмотрения обращения', 'additional-documents': 'Дополнительные документы и материалы (часть 1 статьи 5 Федерального закона от 02.05.2006 № 59-ФЗ)' } as const;
  const contacts = [s.postal_address && `почтовый адрес: ${s.postal_address}`, s.email && `электронная почта: ${s.email}`].filter(Boolean).join('; ');
  const lines = [
    `Копия заявления № ${s.number}`,
    '',
    `${titles[s.kind]}.`,
    `Поступило: ${formatDateRu(s.received_date)}; зарегистрировано: ${formatDateRu(s.registration_date)} за № ${s.number}.`,
    '',
    `Заявитель: ${fullName({ surname: s.surname, firstName: s.first_name, patronymic: s.patronymic ?? '' })}${contacts ? ` (${contacts})` : ''}.`,
    '',
    'Содержание заявления:',
    s.content,
    ...(s.comment ? ['', `Пояснение: ${s.comment}`] : []),
    '',
    `Приложения: ${listed.length ? '' : 'нет.'}`,
    ...listed.map((l, i) => `${i + 1}. ${l}`),
    '',
  ];
  return [{ fileName: `Копия заявления № ${s.number}.txt`.replace(/[\\/]/g, '-'), content: Buffer.from(lines.join('\r\n'), 'utf8'), contentType: 'text/plain; charset=utf-8' }, ...out];
}
