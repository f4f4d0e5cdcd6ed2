import type { FormedRegisterView, PostalItemView, RegisterView } from '../../../server/features/postal/schemas';
import { downloadFile } from '../journal/download-file';
import { showApiError } from '../../components/form-errors';

export type { FormedRegisterView, PostalItemView, RegisterView };

/** «20.11.2026, 11:00» in the organisation's time zone. */
export function formatMoment(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Downloads a file the server builds; a refusal (409, the session gone) is shown in Russian. */
export function download(url: string, fallbackName: string): void {
  void downloadFile(url, fallbackName).catch((e: unknown) => showApiError(e));
}

export const envelopeUrl = (id: number) => `/api/outgoing-documents/${id}/envelope`;
export const letterUrl = (id: number) => `/api/outgoing-documents/${id}/file`;
export const registerFileUrl = (id: number) => `/api/postal-registers/${id}/file`;

/** The selection kept to what is still listed (after a reload, formed items disappear). */
export function keepListed(selected: ReadonlySet<number>, items: readonly { id: number }[]): Set<number> {
  const listed = new Set(items.map((i) => i.id));
  return new Set([...selected].filter((id) => listed.has(id)));
}

/** «1 документ», «2 документа», «5 документов». */
export function documentsWord(n: number): string {
  const last2 = n % 100;
  const last = n % 10;
  if (last2 >= 11 && last2 <= 14) return `${n} документов`;
  if (last === 1) return `${n} документ`;
  if (last >= 2 && last <= 4) return `${n} документа`;
  return `${n} документов`;
}
