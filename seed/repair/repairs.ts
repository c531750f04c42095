/**
 * Turns the curated candidate readings (candidates.json) into repair records:
 * every damaged span found by find-damage.ts must have exactly one curated
 * reading, every reading is run through the byte model, and the evidence is
 * assembled from the model's trace, the intact occurrences in the report and
 * the curated reasoning. Deterministic: same inputs, same JSON.
 */
import { checkRepair, describeSteps, type ReproductionCheck } from './gbk-damage';
import { findDamage, type LayoutMark } from './find-damage';

export interface CandidateAlternative {
  repaired: string;
  rejected: string;
}

export interface Candidate {
  start: number;
  damaged: string;
  repaired: string;
  alternatives: CandidateAlternative[];
  /** Strings whose intact occurrences elsewhere support the reading. */
  intact: string[];
  reasoning: string[];
  confidence: number;
}

export interface CandidateFile {
  reportId: string;
  candidates: Candidate[];
}

/** repairs.json entry (RepairRecord without reportId/id, which the loader adds). */
export interface RepairEntry {
  number: number;
  start: number;
  end: number;
  damaged: string;
  repaired: string;
  method: string;
  evidence: string[];
  confidence: number;
}

/** The highest confidence allowed for a reading the byte model does not reproduce. */
export const UNREPRODUCED_MAX_CONFIDENCE = 0.9;

/** How many code points of intact source follow a span in the model check (enough to see it back in step). */
const FOLLOWING = 16;

/** Distance below which an occurrence counts as part of the damaged sentence itself. */
const NEAR = 8;

const cp = (s: string): string[] => Array.from(s);

function occurrences(chars: string[], needle: string): number[] {
  const n = cp(needle);
  const found: number[] = [];
  outer: for (let i = 0; i + n.length <= chars.length; i++) {
    for (let k = 0; k < n.length; k++) if (chars[i + k] !== n[k]) continue outer;
    found.push(i);
  }
  return found;
}

/** Where the glossary (附件, 報告中有關名詞注釋) starts, to say whether an intact occurrence is in the body or the notes. */
function appendixStart(chars: string[]): number {
  const at = occurrences(chars, '\n附件');
  return at.length > 0 ? at[0]! + 1 : chars.length;
}

function modelEvidence(c: Candidate, check: ReproductionCheck): string {
  const trace = describeSteps(check.steps);
  const damagedLen = cp(c.damaged).length;
  if (check.reproduced) {
    return `byte model: GBK(${c.repaired}) with its first lead byte lost reproduces ${JSON.stringify(c.damaged)} exactly and is back in step right after the span [${trace}]`;
  }
  return `byte model: NOT reproduced — it yields ${JSON.stringify(check.produced)}, matching the first ${check.commonPrefix} of ${damagedLen} code points of ${JSON.stringify(c.damaged)} [${trace}]`;
}

export interface RepairBuild {
  repairs: RepairEntry[];
  layout: LayoutMark[];
}

export function buildRepairs(source: string, file: CandidateFile): RepairBuild {
  const chars = cp(source);
  const scan = findDamage(source);
  if (scan.unexplained.length > 0) throw new Error(`unexplained ? at ${scan.unexplained.join(', ')}`);
  const byStart = new Map(file.candidates.map((c) => [c.start, c]));
  const used = new Set<number>();
  const appendix = appendixStart(chars);

  const repairs = scan.spans.map((span, i): RepairEntry => {
    const c = byStart.get(span.start);
    if (c === undefined) throw new Error(`no curated reading for the damaged span at ${span.start}: ${JSON.stringify(span.damaged)}`);
    if (c.damaged !== span.damaged) throw new Error(`candidate at ${span.start} names ${JSON.stringify(c.damaged)}, the source has ${JSON.stringify(span.damaged)}`);
    used.add(c.start);
    const following = chars.slice(span.end, span.end + FOLLOWING).join('');
    const check = checkRepair(c.repaired, following, span.damaged);
    if (!check.reproduced && c.confidence > UNREPRODUCED_MAX_CONFIDENCE) {
      throw new Error(`reading at ${span.start} is not reproduced by the byte model but claims confidence ${c.confidence}`);
    }
    const evidence: string[] = [modelEvidence(c, check)];

    for (const s of c.intact) {
      // Occurrences touching the span (within NEAR code points) are its own sentence, not independent witnesses.
      const at = occurrences(chars, s).filter((o) => o + cp(s).length + NEAR <= span.start || o >= span.end + NEAR);
      if (at.length === 0) {
        evidence.push(`intact elsewhere: ${s} — no other occurrence in the report`);
        continue;
      }
      const where = at.map((o) => `${o}${o >= appendix ? ' (glossary)' : ''}`).join(', ');
      evidence.push(`intact elsewhere: ${s} at ${where}`);
    }

    const swallowed = check.steps.filter((s) => s.rule === 'digit-swallowed');
    for (const s of swallowed) {
      evidence.push(`swallowed digit: ${String.fromCharCode(s.bytes[1]!)} is restored from context (the bytes only show that a digit 0–9 was there)`);
    }

    for (const alt of c.alternatives) {
      let verdict: string;
      try {
        const altCheck = checkRepair(alt.repaired, following, span.damaged);
        verdict = altCheck.reproduced ? 'byte model reproduces it too' : `byte model rejects it (yields ${JSON.stringify(altCheck.produced)})`;
      } catch (e) {
        verdict = `byte model rejects it (${(e as Error).message})`;
      }
      evidence.push(`alternative ${alt.repaired}: ${verdict}; ${alt.rejected}`);
    }
    evidence.push(...c.reasoning.map((r) => `context: ${r}`));

    const method = [
      check.reproduced ? 'gbk-byte-model' : 'gbk-byte-model-partial',
      ...(c.intact.length > 0 ? ['intact-occurrence'] : []),
      ...(swallowed.length > 0 ? ['digit-from-context'] : []),
      'context',
    ].join('+');

    return {
      number: i + 1,
      start: span.start,
      end: span.end,
      damaged: span.damaged,
      repaired: c.repaired,
      method,
      evidence,
      confidence: c.confidence,
    };
  });

  const unused = file.candidates.filter((c) => !used.has(c.start));
  if (unused.length > 0) throw new Error(`curated readings for spans find-damage does not find: ${unused.map((c) => c.start).join(', ')}`);
  return { repairs, layout: scan.layout };
}
