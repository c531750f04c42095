/**
 * General structure on real shared reports: review and plan under their
 * heading variants, sub-areas, and what happens when a part is not found
 * (the report still builds; the reason is in Report.extractionNotes). Also a
 * Traditional source (a shared report converted with OpenCC) read by the same
 * rules, and the qualitative wording of a target.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, DEFAULT_REPORT_DIR, extractReport } from '../../seed/extract';
import { findQualitative, qualitativeFigure } from '../../seed/extract/figures/qualitative';
import { toTraditional } from '../../seed/extract/localize';
import { buildShared, extractShared, sharedReportsDir } from '../helpers/shared-reports';

const tops = (place: string): { label: string; title: string; role: string | undefined }[] => {
  const r = extractShared(place);
  return r.frame.sections.filter((s) => s.level === 1 && s.id !== 'appendix').map((s) => ({ label: s.label, title: s.title.zhHans, role: r.frame.roles.get(s.id) }));
};

describe('review and plan under their heading variants', () => {
  it('numbered parts: 一、2023年工作回顾, 二、2024年工作安排, then 三、 as a part after the plan', () => {
    expect(tops('晋城')).toEqual([
      { label: '一', title: '2023年工作回顾', role: 'REVIEW' },
      { label: '二', title: '2024年工作安排', role: 'PLAN' },
      { label: '三', title: '全面提升政府治理效能', role: 'OTHER' },
    ]);
    expect(tops('天津').map((t) => t.title)).toContain('2024年主要目标任务');
    expect(tops('淄博')[1]).toEqual({ label: '二', title: '今年经济社会发展目标任务和工作重点', role: 'PLAN' });
  });

  it('unnumbered parts have their 一、二、 items as sub-areas', () => {
    const r = extractShared('乌鲁木齐');
    const review = r.frame.sections.find((s) => s.id === r.frame.reviewSectionId)!;
    expect(review.title.zhHans).toBe('2023年工作回顾');
    const subs = r.frame.sections.filter((s) => s.parentId === review.id);
    expect(subs.map((s) => s.label)).toEqual(['一', '二', '三', '四', '五']);
    expect(subs[0]!.title.zhHans).toBe('社会大局和谐稳定');
  });

  it('（一） sub-areas in sequence under a numbered part', () => {
    const r = extractShared('晋城');
    const subs = r.frame.sections.filter((s) => s.parentId === r.frame.planSectionId);
    expect(subs.map((s) => s.label).slice(0, 3)).toEqual(['(一)', '(二)', '(三)']);
    expect(subs).toHaveLength(10);
  });

  it('the plan of a report without a plan heading opens at its 总体要求 sentence, recorded as a note', () => {
    const d = buildShared('梧州');
    expect(d.report.extractionNotes.some((n) => n.startsWith('plan heading not found'))).toBe(true);
    const target = d.figures.find((f) => f.source.text.includes('地区生产总值增长7%左右'))!;
    expect(target).toMatchObject({ kind: 'TARGET', year: 2024, comparator: 'ABOUT' });
  });
});

describe('a report whose plan is not found still builds', () => {
  const d = buildShared('日照');
  it('with what was extracted, every figure a result of the review year, and the reason recorded', () => {
    expect(d.figures.length).toBeGreaterThan(50);
    expect(d.figures.every((f) => f.kind === 'ACTUAL' && f.year === 2023)).toBe(true);
    expect(d.years.map((y) => y.role)).toEqual(['REVIEWED']);
    expect(d.report.extractionNotes).toEqual([expect.stringMatching(/^plan section not found/)]);
  });
});

describe('a Traditional source is read by the same rules and served the other way round', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trad-'));
  writeFileSync(path.join(dir, 'report.txt'), toTraditional(readFileSync(path.join(sharedReportsDir(), '晋城.txt'), 'utf8')));
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ id: 'jincheng-hant-2024', title: '2024年晉城市政府工作報告', reviewYear: 2023, planYear: 2024, script: 'zh-Hant' }));
  const d = buildDataset(dir);
  const simplified = buildShared('晋城');

  it('finds the same figures with the same values, units as written', () => {
    expect(d.figures.map((f) => [f.value, f.kind, f.comparator])).toEqual(simplified.figures.map((f) => [f.value, f.kind, f.comparator]));
    const gdp = d.figures.find((f) => f.valueText === '2333.3')!;
    expect(gdp).toMatchObject({ unit: '億元', normalizedValue: '233330000000', changePercent: '7' });
    expect(gdp.subject).toEqual({ zhHant: '全年GDP總量', zhHans: '全年GDP总量', en: null });
  });
});

describe('Huozhou keeps its layout hints as data', () => {
  it('reads its headings and appendix from report.json, with no extraction note', () => {
    const r = extractReport(DEFAULT_REPORT_DIR);
    expect(r.meta.layout.headings?.map((h) => h.text)).toEqual(['一、2023年工作回顧', '二、2024年工作安排', '三、全面加強政府自身建設']);
    expect(r.frame.sections.filter((s) => s.level === 1).map((s) => s.label)).toEqual(['一', '二', '三', '附件']);
    expect(r.notes).toEqual([]);
  });
});

describe('qualitative targets (issue 9 item 2)', () => {
  it('finds the wording of a target without a number and builds a QUALITATIVE figure', () => {
    const r = extractShared('晋城');
    const clause = '城镇居民人均可支配收入增速与经济增长基本同步';
    const at = r.doc.text.indexOf(clause);
    expect(at).toBeGreaterThan(0);
    const wording = findQualitative(r.doc.text, at, at + clause.length)!;
    expect(wording.text).toBe('与经济增长基本同步');
    const f = qualitativeFigure({ meta: r.meta, doc: r.doc, wording, sourceStart: at, sourceEnd: at + clause.length, subject: '城镇居民人均可支配收入增速', sectorId: 'economy' });
    expect(f).toMatchObject({ value: null, comparator: 'QUALITATIVE', valueText: '与经济增长基本同步', kind: 'TARGET', year: 2024, curation: 'EXTRACTED' });
    expect(f.source.quote).toBe(clause);
    // A clause that states a number is not qualitative.
    expect(findQualitative('居民消费价格涨幅控制在3％左右')).toBeNull();
    expect(findQualitative('居民消费价格涨幅控制在省调控目标范围内')?.text).toBe('控制在省调控目标范围内');
  });
});
