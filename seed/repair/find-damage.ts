/**
 * Finds the damaged spans of a report damaged as gbk-damage.ts models it, and
 * the `?` that merely stand for layout spaces.
 *
 * A damaged span starts at a `?` (the lost lead byte) directly followed by an
 * ASCII mark from `, ; : ! ? ( )` (the orphan 0xA3 paired with the next byte
 * into a full-width A3xx mark, normalised to ASCII). While out of step the
 * decoder only ever emits two-byte characters or nothing (a vanished pair);
 * the first one-byte token (an ASCII character, or the `?` of a pair it
 * rejected) is what puts it back in step, so the span ends right after the
 * first ASCII character following the mark.
 */
import { FULLWIDTH_TO_ASCII, gbkEncode } from './gbk-damage';

export interface DamagedSpan {
  /** Code-point offset of the lost lead byte `?`. */
  start: number;
  /** End (exclusive): right after the token that put the decoder back in step. */
  end: number;
  damaged: string;
}

export interface LayoutMark {
  offset: number;
  reason: string;
}

export interface DamageScan {
  spans: DamagedSpan[];
  layout: LayoutMark[];
  /** `?` that are neither layout nor the start of a damaged span (should be none). */
  unexplained: number[];
}

const MARKS = new Set(Object.values(FULLWIDTH_TO_ASCII));
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isAscii = (c: string): boolean => c.codePointAt(0)! < 0x80;

/** `?` next to white space (title block, headings, appendix heading) that starts no damaged span: a layout space, not a lost lead byte. */
function layoutReason(chars: string[], i: number): string | null {
  const before = isSpace(chars[i - 1]);
  const after = isSpace(chars[i + 1]);
  if (!before && !after) return null;
  const side = before && after ? 'between spaces' : before ? 'after a space' : 'before a space';
  return `stands ${side} in the layout of a title or heading line and is followed by no full-width mark: a layout space, not a lost lead byte`;
}

/**
 * The out-of-step run after the mark at `markAt`: non-ASCII GBK characters up to
 * and including the first ASCII character. Null if the run never ends (end of
 * line or text first) or holds something GBK cannot encode, i.e. it cannot have
 * come from the damage.
 */
function runEnd(chars: string[], markAt: number): number | null {
  for (let j = markAt + 1; j < chars.length; j++) {
    const c = chars[j]!;
    if (c === '\n') return null;
    if (isAscii(c)) return j + 1;
    try {
      gbkEncode(c);
    } catch {
      return null;
    }
  }
  return null;
}

export function findDamage(source: string): DamageScan {
  const chars = Array.from(source);
  const spans: DamagedSpan[] = [];
  const layout: LayoutMark[] = [];
  const unexplained: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '?') continue;
    const mark = chars[i + 1];
    const end = mark !== undefined && MARKS.has(mark) ? runEnd(chars, i + 1) : null;
    if (end === null) {
      const reason = layoutReason(chars, i);
      if (reason !== null) layout.push({ offset: i, reason });
      else unexplained.push(i);
      continue;
    }
    spans.push({ start: i, end, damaged: chars.slice(i, end).join('') });
    i = end - 1; // the span's own `?` (mark or rejected pair) belong to it
  }
  return { spans, layout, unexplained };
}
