import { fileFormats, type FileFormat, type FileFormatCode } from './formats';

/**
 * What a file really is, judged by its content and never by its name or the browser's claim
 * (a «.pdf» that is an HTML page or a program is refused). Pure: bytes in, a format or null out.
 * The result's `mimeType` is what the file will be served with; text carries its charset.
 */
export type DetectedFormat = FileFormat & { mimeType: string };

export function detectFileFormat(bytes: Uint8Array): DetectedFormat | null {
  const code = detectCode(bytes);
  if (!code) return null;
  const format = fileFormats.find((f) => f.code === code.code)!;
  return { ...format, mimeType: code.charset ? `${format.mimeType}; charset=${code.charset}` : format.mimeType };
}

type Detected = { code: FileFormatCode; charset?: string };

function detectCode(b: Uint8Array): Detected | null {
  if (b.length === 0) return null;
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { code: 'pdf' }; // %PDF-
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { code: 'jpeg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { code: 'png' };
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return { code: 'tiff' };
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return isWordCfb(b) ? { code: 'doc' } : null;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return zipDocument(b);
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { code: 'rtf' }; // {\rtf
  return plainText(b);
}

function startsWith(b: Uint8Array, magic: number[], at = 0): boolean {
  return b.length >= at + magic.length && magic.every((m, i) => b[at + i] === m);
}

// ── DOC: an OLE compound file (MS-CFB) holding a «WordDocument» stream — not Excel, not Outlook. ──

const END_OF_CHAIN = 0xfffffffe;

function isWordCfb(b: Uint8Array): boolean {
  try {
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const shift = v.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) return false;
    const size = 1 << shift;
    const sectorAt = (n: number) => (n + 1) * size;
    // FAT sectors: 109 listed in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(v.getUint32(0x4c + i * 4, true));
    let difat = v.getUint32(0x44, true);
    for (let guard = 0; difat < END_OF_CHAIN && guard < 10_000; guard++) {
      const at = sectorAt(difat);
      for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(v.getUint32(at + i * 4, true));
      difat = v.getUint32(at + size - 4, true);
    }
    const perSector = size / 4;
    const next = (n: number) => {
      const fat = fatSectors[Math.floor(n / perSector)];
      if (fat === undefined || fat >= END_OF_CHAIN) return END_OF_CHAIN;
      return v.getUint32(sectorAt(fat) + (n % perSector) * 4, true);
    };
    // Walk the directory chain; each entry is 128 bytes with a UTF-16LE name.
    let sector = v.getUint32(0x30, true);
    for (let guard = 0; sector < END_OF_CHAIN && guard < 100_000; guard++) {
      const at = sectorAt(sector);
      if (at + size > b.length) return false;
      for (let e = 0; e < size / 128; e++) {
        const entry = at + e * 128;
        const nameBytes = v.getUint16(entry + 0x40, true);
        const type = b[entry + 0x42];
        if (type !== 2 || nameBytes < 2 || nameBytes > 64) continue;
        const name = new TextDecoder('utf-16le').decode(b.subarray(entry, entry + nameBytes - 2));
        if (name === 'WordDocument') return true;
      }
      sector = next(sector);
    }
    return false;
  } catch {
    return false; // a truncated or damaged file reads past its end
  }
}

// ── DOCX and ODT: ZIP containers recognised by their parts, not by the extension. ──

function zipDocument(b: Uint8Array): Detected | null {
  const names = zipEntryNames(b);
  if (!names) return null;
  if (names.has('[Content_Types].xml') && names.has('word/document.xml')) return { code: 'docx' };
  // ODF: the first entry is «mimetype», stored uncompressed (ODF 1.2 part 3, 3.3).
  if (names.has('content.xml') && odfMimeType(b) === 'application/vnd.oasis.opendocument.text') return { code: 'odt' };
  return null;
}

function zipEntryNames(b: Uint8Array): Set<string> | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const names = new Set<string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || v.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true);
    const comment = v.getUint16(at + 32, true);
    if (at + 46 + nameLength > b.length) return null;
    names.add(decoder.decode(b.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function odfMimeType(b: Uint8Array): string | null {
  if (b.length < 30) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const method = v.getUint16(8, true);
  const size = v.getUint32(18, true);
  const nameLength = v.getUint16(26, true);
  const extra = v.getUint16(28, true);
  const name = new TextDecoder().decode(b.subarray(30, 30 + nameLength));
  if (method !== 0 || name !== 'mimetype' || size > 200) return null;
  const start = 30 + nameLength + extra;
  return new TextDecoder().decode(b.subarray(start, start + size));
}

// ── Plain text: UTF-8, or Windows-1251 (what Russian Windows writes by default). ──

function plainText(b: Uint8Array): Detected | null {
  let body = b;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) body = b.subarray(3);
  for (const byte of body) {
    // Control characters other than tab, line feed, form feed and carriage return mean a binary file.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) return null;
  }
  let text: string;
  let charset: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    charset = 'utf-8';
  } catch {
    // 0x98 is the one byte Windows-1251 leaves undefined.
    if (body.includes(0x98)) return null;
    text = new TextDecoder('windows-1251').decode(body);
    charset = 'windows-1251';
  }
  if (looksLikeMarkup(text)) return null;
  return { code: 'txt', charset };
}

/** HTML, XML and SVG are text too, but a browser would run them: they are not a plain letter. */
function looksLikeMarkup(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (/^\s*<[!?a-z]/i.test(head)) return true;
  return /<\s*(script|html|body|iframe|object|embed|svg|meta|!doctype)\b/i.test(head);
}
