import { describe, expect, it } from 'vitest';
import { detectFileFormat } from './detect-format';
import { fileAccept, formatFileSize, formatOfMimeType } from './formats';
import { fakeExe, minimalCfb, minimalDocx, minimalOdt, minimalPdf, minimalPng, zipOf } from '../../server/testing/sample-files';

const code = (b: Uint8Array) => detectFileFormat(b)?.code ?? null;
const bytes = (...n: number[]) => Uint8Array.from(n);

describe('file format by content', () => {
  it('recognises every allowed format by its content', () => {
    expect(code(minimalPdf())).toBe('pdf');
    expect(code(minimalPng())).toBe('png');
    expect(code(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46))).toBe('jpeg');
    expect(code(bytes(0x49, 0x49, 0x2a, 0, 8, 0, 0, 0))).toBe('tiff');
    expect(code(bytes(0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8))).toBe('tiff');
    expect(code(minimalCfb())).toBe('doc');
    expect(code(minimalDocx())).toBe('docx');
    expect(code(minimalOdt())).toBe('odt');
    expect(code(Buffer.from('{\\rtf1\\ansi Привет}'))).toBe('rtf');
    expect(detectFileFormat(Buffer.from('Прошу отремонтировать дорогу.\r\nИванов И. П.\n'))).toMatchObject({ code: 'txt', mimeType: 'text/plain; charset=utf-8' });
    // Notepad on a Russian Windows writes Windows-1251: «Прошу» = CF F0 EE F8 F3
    expect(detectFileFormat(bytes(0xcf, 0xf0, 0xee, 0xf8, 0xf3, 0x20, 0x31, 0x0d, 0x0a))).toMatchObject({ code: 'txt', mimeType: 'text/plain; charset=windows-1251' });
  });

  it('refuses HTML, scripts, programs, other archives and office files whatever their name', () => {
    expect(code(Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'))).toBeNull();
    expect(code(Buffer.from('  <html><body>Заявление</body></html>'))).toBeNull();
    expect(code(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(code(Buffer.from('Текст, а потом <script>alert(1)</script>'))).toBeNull();
    expect(code(fakeExe())).toBeNull();
    expect(code(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0))).toBeNull(); // ELF
    expect(code(zipOf([{ name: 'readme.txt', content: 'hello' }]))).toBeNull();
    expect(code(zipOf([{ name: '[Content_Types].xml', content: '<x/>' }, { name: 'xl/workbook.xml', content: '<x/>' }]))).toBeNull(); // XLSX
    expect(code(zipOf([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', content: '<x/>' }]))).toBeNull(); // ODS
    expect(code(minimalCfb('Workbook'))).toBeNull(); // XLS
    expect(code(new Uint8Array(0))).toBeNull();
    expect(code(minimalDocx().subarray(0, 60))).toBeNull(); // a truncated archive
    expect(code(minimalCfb().subarray(0, 600))).toBeNull(); // a truncated compound file
  });

  it('labels, picker filter and Russian sizes', () => {
    expect(formatOfMimeType('text/plain; charset=utf-8')?.label).toBe('TXT');
    expect(formatOfMimeType('application/pdf')?.inline).toBe(true);
    expect(fileAccept).toContain('.docx');
    expect(formatFileSize(1)).toBe('1 байт');
    expect(formatFileSize(3)).toBe('3 байта');
    expect(formatFileSize(812)).toBe('812 байт');
    expect(formatFileSize(34 * 1024)).toBe('34 КБ');
    expect(formatFileSize(Math.round(1.2 * 1024 * 1024))).toBe('1,2 МБ');
    expect(formatFileSize(25 * 1024 * 1024)).toBe('25 МБ');
    expect(formatFileSize(1536)).toBe('1,5 КБ');
  });
});
