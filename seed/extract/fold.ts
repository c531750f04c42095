/**
 * The matching view of a text: every character folded to its Simplified form
 * and full-width ASCII forms (，（）％：) to half-width, one character for one
 * character, so an offset in the view is the same offset in the text. Rules
 * are written once, in Simplified, and match Traditional and Simplified
 * sources alike; what is quoted or shown is always sliced from the text as
 * written.
 */
import { toSimplified } from './localize';

const cache = new Map<string, string>();

const foldChar = (ch: string): string => {
  const code = ch.codePointAt(0)!;
  // Full-width forms FF01–FF5E map to ASCII 21–7E; the ideographic space to a space.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  if (code === 0x3000) return ' ';
  let folded = cache.get(ch);
  if (folded === undefined) {
    const s = toSimplified(ch);
    // Keep the character where OpenCC would change the length (offsets must not move).
    folded = s.length === ch.length ? s : ch;
    cache.set(ch, folded);
  }
  return folded;
};

/** Same length as `text` (UTF-16 units), character for character. */
export const fold = (text: string): string => {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
};
