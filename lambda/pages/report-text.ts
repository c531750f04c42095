/**
 * The report's source text as stored items: the runtime never reads seed/,
 * so /reports/<id>, /reports/<id>/report.txt and Source.context read the text
 * from the report's partition. It is cut into chunks of at most 350 KB of
 * UTF-8 (DynamoDB items are limited to 400 KB) at code-point boundaries, so
 * joining the chunks in order gives back report.txt byte for byte.
 */
import type { ReportTextRecord } from '../data/records';
import type { RequestData } from '../data/request-data';

export const MAX_CHUNK_BYTES = 350 * 1024;

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The seed writes these (seed/load.ts): chunk 0, 1, … of `text`. */
export const textItems = (reportId: string, text: string, maxBytes = MAX_CHUNK_BYTES): ReportTextRecord[] => {
  const items: ReportTextRecord[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (bytes + size > maxBytes) {
      items.push({ reportId, chunk: items.length, text: current });
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  if (current || items.length === 0) items.push({ reportId, chunk: items.length, text: current });
  return items;
};

export const joinText = (items: readonly Pick<ReportTextRecord, 'chunk' | 'text'>[]): string =>
  [...items].sort((a, b) => a.chunk - b.chunk).map((i) => i.text).join('');

/** The source text of a report through the request's read layer; undefined when it was not stored. */
export const reportText = async (data: RequestData, reportId: string): Promise<string | undefined> => {
  const chunks = await data.list('ReportText', reportId);
  return chunks.length ? joinText(chunks) : undefined;
};
