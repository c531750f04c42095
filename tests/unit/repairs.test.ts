import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepairedDocument, makeRepairedDocument } from '../../seed/repair/document';
import { findDamage } from '../../seed/repair/find-damage';
import { checkRepair, gbkEncode, isUserDefined, simulateDamage } from '../../seed/repair/gbk-damage';
import { buildRepairs, UNREPRODUCED_MAX_CONFIDENCE, type CandidateFile } from '../../seed/repair/repairs';
import type { RepairRecord } from '../../lambda/data/records';

const reportDir = join(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');
const source = readFileSync(join(reportDir, 'report.txt'), 'utf8');
const chars = Array.from(source);
const doc = loadRepairedDocument(reportDir);
const layout = JSON.parse(readFileSync(join(reportDir, 'layout.json'), 'utf8')) as { offset: number; reason: string }[];
const candidates = JSON.parse(readFileSync(join(__dirname, '..', '..', 'seed', 'repair', 'candidates.json'), 'utf8')) as CandidateFile;

/** Code-point slice of the source. */
const slice = (start: number, end: number): string => chars.slice(start, end).join('');

describe('repairs.json: the 11 damaged places of the published report', () => {
  it('lists 11 repairs with ids, numbers in report order and confidences in (0, 1]', () => {
    expect(doc.repairs).toHaveLength(11);
    doc.repairs.forEach((r, i) => {
      expect(r.number).toBe(i + 1);
      expect(r.id).toBe(`repair-${r.number}`);
      expect(r.reportId).toBe('huozhou-2024');
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.evidence.length).toBeGreaterThanOrEqual(2);
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual(doc.repairs[i - 1]!.end);
    });
  });

  it('quotes each damaged span exactly as report.txt has it, in code points', () => {
    for (const r of doc.repairs) {
      expect(slice(r.start, r.end)).toBe(r.damaged);
      expect(r.damaged.startsWith('?')).toBe(true);
    }
  });

  it('is what the generator makes of report.txt and the curated readings (committed file not stale)', () => {
    const built = buildRepairs(source, candidates);
    const committed = JSON.parse(readFileSync(join(reportDir, 'repairs.json'), 'utf8')) as unknown;
    expect(committed).toEqual(built.repairs);
    expect(layout).toEqual(built.layout);
  });
});

describe('the GBK byte model', () => {
  it('encodes the four damaged characters with trail byte 0xA3', () => {
    for (const c of ['。', '模', '校', '海']) expect(gbkEncode(c)[1]).toBe(0xa3);
  });

  it('knows the user-defined areas that made pairs vanish', () => {
    expect(isUserDefined(0xaf, 0xb0)).toBe(true); // 化's trail + 發's lead at 規模化發展
    expect(isUserDefined(0xf9, 0xb5)).toBe(true); // 基's trail + 礎's lead at 學校基礎
    expect(isUserDefined(0xb0, 0x6c)).toBe(false); // 發 itself
  });

  it('reproduces the issue examples from their readings', () => {
    expect(simulateDamage('模化發展').garbled).toBe('?;l');
    expect(simulateDamage('。現代').garbled).toBe('?,F');
    expect(simulateDamage('。“12+6+6”').garbled).toBe('?!?');
  });

  it('swallows a digit right after a stray lead byte, and only a digit', () => {
    const digit = simulateDamage('。“7×24');
    expect(digit.steps.map((s) => s.rule)).toContain('digit-swallowed');
    expect(digit.realignedAt).toBe(3); // back in step at ×: the 7 is gone
    const comma = simulateDamage('海”,全力');
    expect(comma.garbled).toBe('?!?');
    expect(comma.realignedAt).toBe(2); // back in step at the comma, which survives
  });

  it.each(doc.repairs.map((r) => [r.number, r] as const))('repair %i: the model turns the reading into the damaged span (or the evidence says it does not)', (_n, r: RepairRecord) => {
    const check = checkRepair(r.repaired, slice(r.end, r.end + 16), r.damaged);
    if (check.reproduced) {
      expect(check.produced).toBe(r.damaged);
      expect(r.evidence[0]).toMatch(/reproduces .* exactly/);
      expect(r.method).toMatch(/^gbk-byte-model\+/);
    } else {
      // Honest partial: the evidence says so, the method is marked, the confidence is capped.
      expect(r.evidence[0]).toMatch(/NOT reproduced/);
      expect(r.method).toMatch(/^gbk-byte-model-partial/);
      expect(r.confidence).toBeLessThanOrEqual(UNREPRODUCED_MAX_CONFIDENCE);
      expect(check.commonPrefix).toBeGreaterThanOrEqual(Array.from(r.damaged).length - 1);
    }
  });

  it('reproduces at least 10 of the 11 spans exactly', () => {
    const exact = doc.repairs.filter((r) => checkRepair(r.repaired, slice(r.end, r.end + 16), r.damaged).reproduced);
    expect(exact.length).toBeGreaterThanOrEqual(10);
  });

  it('rejects a plausible but wrong reading (全流程網辦 for the 1335 span)', () => {
    const r = doc.repairs.find((x) => x.start === 1335)!;
    expect(checkRepair('。“全流程網辦', slice(r.end, r.end + 16), r.damaged).reproduced).toBe(false);
  });
});

describe('find-damage', () => {
  const scan = findDamage(source);

  it('finds exactly the repaired spans', () => {
    expect(scan.spans.map((s) => [s.start, s.end, s.damaged])).toEqual(doc.repairs.map((r) => [r.start, r.end, r.damaged]));
    expect(scan.spans).toHaveLength(11);
  });

  it('finds the 11 layout ? and leaves no ? unexplained', () => {
    expect(scan.layout.map((l) => l.offset)).toEqual([45, 56, 61, 113, 127, 4853, 4867, 15574, 15589, 16508, 16520]);
    expect(scan.unexplained).toEqual([]);
    const all = chars.flatMap((c, i) => (c === '?' ? [i] : []));
    const covered = new Set([...scan.layout.map((l) => l.offset), ...scan.spans.flatMap((s) => all.filter((i) => i >= s.start && i < s.end))]);
    expect(all.every((i) => covered.has(i))).toBe(true);
  });

  it('finds damage made by the model in a sentence it has never seen', () => {
    const intact = '今年要推進規模化發展。現代農業提速,學校基礎設施改造。';
    const at = Array.from(intact).indexOf('模');
    const sim = simulateDamage(Array.from(intact).slice(at).join(''));
    const damaged = Array.from(intact).slice(0, at).join('') + sim.garbled + Array.from(intact).slice(at + sim.realignedAt!).join('');
    const found = findDamage(damaged).spans;
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(at);
    expect(found[0]!.damaged).toBe(sim.garbled);
  });
});

describe('the repaired reading', () => {
  it('has no ? left but the layout spaces', () => {
    const layoutOffsets = new Set(layout.map((l) => l.offset));
    const qs = Array.from(doc.text).flatMap((c, i) => (c === '?' ? [doc.toSource(i)] : []));
    expect(qs).toHaveLength(11);
    expect(qs.every((o) => layoutOffsets.has(o) && chars[o] === '?')).toBe(true);
  });

  it('reads the figures the damage hid: 12+6+6, 7×24 and the repaired phrases', () => {
    expect(doc.text).toContain('民生保障更加有力。“12+6+6”民生實事[14]');
    expect(doc.text).toContain('91.4%。“7×24小時不打烊”');
    expect(doc.text).toContain('標準化、規模化發展基礎');
    expect(doc.text).toContain('成功獲批。現代服務業提速發展。霍嬤嬤特色產業');
    expect(doc.text).toContain('12所學校基礎設施改造');
    expect(doc.text).toContain('數字經濟“新藍海”,全力推進');
    expect(doc.text).toContain('情況。總書記在聽取山西省委、省政府工作匯報');
  });

  it('is the source outside the repairs', () => {
    const lengthChange = doc.repairs.reduce((n, r) => n + Array.from(r.repaired).length - (r.end - r.start), 0);
    expect(Array.from(doc.text).length).toBe(chars.length + lengthChange);
    expect(doc.text.slice(0, 697)).toBe(source.slice(0, 697));
    expect(doc.text.endsWith(source.slice(17394))).toBe(true);
  });
});

describe('SourceRef: quotes from the source, text from the repaired reading', () => {
  it('quotes an intact range as is, with equal quote and text', () => {
    const ref = doc.sourceRef(0, 20);
    expect(ref).toEqual({ start: 0, end: 20, quote: slice(0, 20), text: slice(0, 20) });
  });

  it('widens a range that cuts through a repair to the whole damaged span', () => {
    const r = doc.repairs.find((x) => x.start === 3202)!;
    const ref = doc.sourceRef(r.start + 2, r.end + 6); // starts inside `?!?`, ends after 2+6+6”
    expect(ref.start).toBe(r.start);
    expect(ref.end).toBe(r.end + 6);
    expect(ref.quote).toBe(slice(r.start, r.end + 6));
    expect(ref.quote).toBe('?!?2+6+6”');
    expect(ref.text).toBe('。“12+6+6”');
  });

  it('widens a range that ends inside a repair to the end of the damaged span', () => {
    const r = doc.repairs.find((x) => x.start === 7842)!; // “新藍?!?, → “新藍海”,
    const ref = doc.sourceRef(r.start - 3, r.start + 1);
    expect([ref.start, ref.end]).toEqual([r.start - 3, r.end]);
    expect(ref.quote).toBe('“新藍?!?');
    expect(ref.text).toBe('“新藍海”');
  });

  it('maps a match on the repaired text back to the damaged source (the 12 of 12+6+6)', () => {
    const at = doc.text.indexOf('12+6+6”民生實事[14]落地');
    const ref = doc.sourceRefFromRepaired(at, at + 2); // just "12"
    expect(ref.quote).toBe(slice(ref.start, ref.end));
    expect(ref.quote).toBe('?!?2'); // the whole repair plus the intact 2
    expect(ref.text).toBe('。“12');
    expect(ref.text).toContain('12');
  });

  it('maps the round-the-clock 7×24 to a source range covering its repair', () => {
    const at = doc.text.indexOf('7×24小時');
    const ref = doc.sourceRefFromRepaired(at, at + 4);
    expect(ref.start).toBe(1370);
    expect(ref.quote).toBe('?!?×24');
    expect(ref.text).toBe('。“7×24');
  });

  it('round-trips every repair: source range → SourceRef → same range', () => {
    for (const r of doc.repairs) {
      const ref = doc.sourceRef(r.start, r.end);
      expect([ref.start, ref.end, ref.quote, ref.text]).toEqual([r.start, r.end, r.damaged, r.repaired]);
      const tStart = doc.text.indexOf(r.repaired, r.start - 40);
      const back = doc.sourceRefFromRepaired(tStart, tStart + r.repaired.length);
      expect(back).toEqual(ref);
    }
  });

  it('maps offsets after repairs by the accumulated length change', () => {
    const last = doc.repairs[doc.repairs.length - 1]!;
    const shift = doc.repairs.reduce((n, r) => n + Array.from(r.repaired).length - (r.end - r.start), 0);
    const tail = chars.length - 10;
    expect(doc.toSource(tail + shift)).toBe(tail);
    expect(doc.sourceRef(tail, tail + 5).text).toBe(slice(tail, tail + 5));
    expect(tail).toBeGreaterThan(last.end);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    // A made-up source with an astral character before the damage: offsets must not shift by the surrogate pair.
    const src = '𠀀規?;l展';
    const repair: RepairRecord = { reportId: 't', id: 'repair-1', number: 1, start: 2, end: 5, damaged: '?;l', repaired: '模化發', method: 'test', evidence: [], confidence: 1 };
    const d = makeRepairedDocument(src, [repair]);
    expect(d.text).toBe('𠀀規模化發展');
    expect(d.sourceRef(1, 6)).toEqual({ start: 1, end: 6, quote: '規?;l展', text: '規模化發展' });
    expect(d.toSource(5)).toBe(5); // 展 in text (code point 5) is 展 in source
    expect(d.sourceRefFromRepaired(2, 3).quote).toBe('?;l');
  });

  it('refuses a repair whose damaged text is not the source slice', () => {
    const bad: RepairRecord = { ...doc.repairs[0]!, damaged: '?;x' };
    expect(() => makeRepairedDocument(source, [bad])).toThrow(/is not source/);
  });
});
