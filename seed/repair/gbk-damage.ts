/**
 * Byte-level model of the damage in the published Huozhou report.
 *
 * The report was Traditional Chinese in GBK (cp936) when it was damaged. At each
 * damaged place a character whose second (trail) byte is 0xA3 (`。` A1A3,
 * `模` C4A3, `校` D0A3, `海` BAA3) lost its first (lead) byte, which became `?`.
 * The orphaned 0xA3 then paired with the next byte, and the decoder read the
 * stream one byte out of step until a single-byte token put it back in step.
 *
 * Decoding rules of the out-of-step stream, each one forced by at least one
 * damaged place of the report (see repairs.json for which):
 * - a byte < 0x80 is one ASCII character (a trail byte 0x40–0x7E read alone: `F`, `l`, `k` …);
 * - lead + valid trail decodes as GBK; full-width punctuation (`，；：！？（）`, A3xx) is
 *   then normalised to ASCII, as everywhere else in the published text;
 * - lead + a pair in a GBK user-defined area (AAA1–AFFE, F8A1–FEFE, A140–A7A0) vanishes;
 * - lead + an ASCII digit gives `?` and the digit is lost (the decoder took the pair
 *   for the start of a GB18030 four-byte sequence and dropped both bytes);
 * - lead + any other byte that cannot be a trail gives `?`, and that byte is read again;
 * - a well-formed pair that GBK leaves unmapped gives `?` and its trail is read again.
 */
import iconv from 'iconv-lite';

/** The trail byte shared by every damaged character. */
export const LOST_TRAIL = 0xa3;

/** Full-width marks the publisher normalised to ASCII (the rest of the report uses ASCII `, ; : ! ? ( )`). */
export const FULLWIDTH_TO_ASCII: Readonly<Record<string, string>> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
};

/** What happened to one token of the out-of-step stream. */
export type StepRule =
  | 'lost-lead' // the damaged character's lead byte, now `?`
  | 'ascii' // one byte read alone
  | 'pair' // two bytes decoded as a GBK character
  | 'fullwidth-normalised' // a pair that decoded to full-width punctuation, normalised to ASCII
  | 'user-defined-vanished' // a pair in a GBK user-defined area, dropped
  | 'digit-swallowed' // lead + ASCII digit: `?`, digit lost
  | 'invalid-trail' // lead + a byte that cannot be a trail: `?`, byte read again
  | 'unmapped'; // a well-formed pair GBK does not map: `?`, trail read again

export interface Step {
  bytes: number[];
  out: string;
  rule: StepRule;
}

export interface DamageSimulation {
  /** The damaged reading of `text[0 .. realignedAt)` (or of all of it if never back in step). */
  garbled: string;
  /** Code-point index in `text` where the decoder is back in step; null if it never is within `text`. */
  realignedAt: number | null;
  steps: Step[];
}

/** GBK bytes of `text`; throws on a character GBK cannot encode (iconv-lite would silently write `?`). */
export function gbkEncode(text: string): Uint8Array {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error(`not encodable in GBK: ${JSON.stringify(text)}`);
  return new Uint8Array(bytes);
}

/** GBK's three user-defined areas (mapped to the Private Use Area by cp936). */
export function isUserDefined(lead: number, trail: number): boolean {
  if (((lead >= 0xaa && lead <= 0xaf) || (lead >= 0xf8 && lead <= 0xfe)) && trail >= 0xa1 && trail <= 0xfe) return true;
  return lead >= 0xa1 && lead <= 0xa7 && trail >= 0x40 && trail <= 0xa0 && trail !== 0x7f;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isTrail = (b: number): boolean => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);

/** Decodes one token of a GBK stream at `pos` under the damage rules. */
function decodeToken(bytes: Uint8Array, pos: number): { step: Step; next: number } {
  const b = bytes[pos]!;
  if (b < 0x80) return { step: { bytes: [b], out: String.fromCharCode(b), rule: 'ascii' }, next: pos + 1 };
  const t = bytes[pos + 1];
  if (b === 0x80 || b === 0xff || t === undefined) return { step: { bytes: [b], out: '?', rule: 'invalid-trail' }, next: pos + 1 };
  if (isDigit(t)) return { step: { bytes: [b, t], out: '?', rule: 'digit-swallowed' }, next: pos + 2 };
  if (!isTrail(t)) return { step: { bytes: [b], out: '?', rule: 'invalid-trail' }, next: pos + 1 };
  if (isUserDefined(b, t)) return { step: { bytes: [b, t], out: '', rule: 'user-defined-vanished' }, next: pos + 2 };
  const ch = iconv.decode(Buffer.from([b, t]), 'gbk');
  if (ch === '\ufffd' || ch.length !== 1) return { step: { bytes: [b], out: '?', rule: 'unmapped' }, next: pos + 1 };
  const ascii = FULLWIDTH_TO_ASCII[ch];
  if (ascii !== undefined) return { step: { bytes: [b, t], out: ascii, rule: 'fullwidth-normalised' }, next: pos + 2 };
  return { step: { bytes: [b, t], out: ch, rule: 'pair' }, next: pos + 2 };
}

/**
 * Damages the first character of `text` (its GBK trail byte must be 0xA3) and
 * decodes the rest out of step until the decoder falls back in step.
 */
export function simulateDamage(text: string): DamageSimulation {
  const chars = Array.from(text);
  const first = chars[0];
  if (first === undefined) throw new Error('nothing to damage');
  const firstBytes = gbkEncode(first);
  if (firstBytes.length !== 2 || firstBytes[1] !== LOST_TRAIL) {
    throw new Error(`${first} is not a GBK character with trail byte 0xA3`);
  }
  const bytes = gbkEncode(text);
  // Byte offset where each character starts: being at one of them is being in step.
  const boundary = new Map<number, number>();
  let offset = 0;
  chars.forEach((c, i) => {
    boundary.set(offset, i);
    offset += gbkEncode(c).length;
  });
  boundary.set(offset, chars.length);

  const steps: Step[] = [{ bytes: [firstBytes[0]!], out: '?', rule: 'lost-lead' }];
  let pos = 1;
  let realignedAt: number | null = null;
  while (pos < bytes.length) {
    const { step, next } = decodeToken(bytes, pos);
    steps.push(step);
    pos = next;
    const at = boundary.get(pos);
    if (at !== undefined) {
      realignedAt = at;
      break;
    }
  }
  return { garbled: steps.map((s) => s.out).join(''), realignedAt, steps };
}

export interface ReproductionCheck {
  /** True when the model turns `repaired` into exactly `damaged` and is back in step right after it. */
  reproduced: boolean;
  damaged: string;
  /** What the model makes of `repaired` (followed by the source after the span). */
  produced: string;
  /** How many leading code points of `damaged` the model reproduces. */
  commonPrefix: number;
  /** Code-point index in `repaired + following` where the model is back in step. */
  realignedAt: number | null;
  steps: Step[];
}

/**
 * Checks a candidate repair: damage `repaired` (as followed by `following`, the
 * intact source after the span) and compare with the `damaged` source span.
 */
export function checkRepair(repaired: string, following: string, damaged: string): ReproductionCheck {
  const sim = simulateDamage(repaired + following);
  const repairedLength = Array.from(repaired).length;
  const produced = sim.garbled;
  const a = Array.from(produced);
  const b = Array.from(damaged);
  let commonPrefix = 0;
  while (commonPrefix < a.length && commonPrefix < b.length && a[commonPrefix] === b[commonPrefix]) commonPrefix++;
  return {
    reproduced: produced === damaged && sim.realignedAt === repairedLength,
    damaged,
    produced,
    commonPrefix,
    realignedAt: sim.realignedAt,
    steps: sim.steps,
  };
}

const hex = (bytes: number[]): string => bytes.map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** A readable trace of a simulation, for the evidence of a repair. */
export function describeSteps(steps: Step[]): string {
  return steps
    .map((s) => {
      switch (s.rule) {
        case 'lost-lead':
          return `lead ${hex(s.bytes)} lost → ?`;
        case 'user-defined-vanished':
          return `${hex(s.bytes)} user-defined → vanished`;
        case 'digit-swallowed':
          return `${hex(s.bytes)} lead+digit → ? (digit ${String.fromCharCode(s.bytes[1]!)} lost)`;
        case 'invalid-trail':
          return `${hex(s.bytes)} no trail → ?`;
        case 'unmapped':
          return `${hex(s.bytes)} unmapped → ?`;
        case 'fullwidth-normalised':
          return `${hex(s.bytes)} → ${iconv.decode(Buffer.from(s.bytes), 'gbk')} → ${s.out}`;
        default:
          return `${hex(s.bytes)} → ${s.out}`;
      }
    })
    .join('; ');
}
