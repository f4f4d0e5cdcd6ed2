/**
 * The formats an appeal's files may have (REG-3: «формат и объём»; DUKI 3.4: the electronic image
 * of the paper original). Shared by the server (checks, headers) and the web (labels, file picker).
 */
export type FileFormatCode = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'doc' | 'docx' | 'odt' | 'rtf' | 'txt';

export type FileFormat = {
  code: FileFormatCode;
  label: string;
  /** The Content-Type the file is served with (text: with its charset). */
  mimeType: string;
  extensions: readonly string[];
  /** Browsers show it themselves (PDF viewer, images); everything else is downloaded. */
  inline: boolean;
};

export const fileFormats: readonly FileFormat[] = [
  { code: 'pdf', label: 'PDF', mimeType: 'application/pdf', extensions: ['.pdf'], inline: true },
  { code: 'jpeg', label: 'JPEG', mimeType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], inline: true },
  { code: 'png', label: 'PNG', mimeType: 'image/png', extensions: ['.png'], inline: true },
  // Most browsers cannot show TIFF: it is downloaded and opened in the viewer of the computer.
  { code: 'tiff', label: 'TIFF', mimeType: 'image/tiff', extensions: ['.tif', '.tiff'], inline: false },
  { code: 'doc', label: 'DOC', mimeType: 'application/msword', extensions: ['.doc'], inline: false },
  { code: 'docx', label: 'DOCX', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], inline: false },
  { code: 'odt', label: 'ODT', mimeType: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'], inline: false },
  { code: 'rtf', label: 'RTF', mimeType: 'application/rtf', extensions: ['.rtf'], inline: false },
  { code: 'txt', label: 'TXT', mimeType: 'text/plain', extensions: ['.txt'], inline: false },
];

/** «PDF, JPEG, PNG, TIFF, DOC, DOCX, ODT, RTF, TXT» — for messages. */
export const allowedFormatsText = fileFormats.map((f) => f.label).join(', ');

/** The `accept` attribute of a file picker: extensions and types. */
export const fileAccept = [...fileFormats.flatMap((f) => f.extensions), ...new Set(fileFormats.map((f) => f.mimeType))].join(',');

/** The default limit of one file: 25 МБ. */
export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The format of a stored MIME type ('text/plain; charset=utf-8' → TXT). */
export function formatOfMimeType(mimeType: string | null): FileFormat | undefined {
  const base = (mimeType ?? '').split(';')[0]?.trim().toLowerCase();
  return fileFormats.find((f) => f.mimeType === base);
}

/** Sizes in Russian units: «812 байт», «34 КБ», «1,2 МБ». */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytesWord(bytes)}`;
  const units = ['КБ', 'МБ', 'ГБ'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  const text = value.toFixed(digits).replace(/\.0$/, '').replace('.', ',');
  return `${text} ${units[unit]}`;
}

function bytesWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return 'байт';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'байта';
  return 'байт';
}
