import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatMetaErrors, validateReportMeta } from '../../seed/report-meta';

const jincheng = (): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'seed', 'reports', 'jincheng-2024', 'report.json'), 'utf8')) as Record<
    string,
    unknown
  >;

describe('validateReportMeta', () => {
  it('accepts a generated report.json', () => {
    const result = validateReportMeta(jincheng());
    expect(result).toEqual({ ok: true, meta: jincheng() });
  });

  it('returns every problem as a value, with its path', () => {
    const meta = jincheng();
    meta.id = 'Jincheng_2024';
    meta.planYear = 2030;
    meta.script = 'zh-CN';
    (meta.place as Record<string, unknown>).code = '1405';
    (meta.source as Record<string, unknown>).sha256 = 'abc';
    meta.extra = 1;
    const result = validateReportMeta(meta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path).sort();
    expect(paths).toEqual(['extra', 'id', 'id', 'place.code', 'planYear', 'script', 'source.sha256']);
    expect(formatMetaErrors(result.errors)).toContain('planYear: must be reviewYear + 1 (2024), is 2030');
  });

  it('requires names and nulls where the text states nothing', () => {
    const meta = jincheng();
    delete meta.title;
    meta.speaker = '';
    meta.date = '2024年2月';
    const result = validateReportMeta(meta);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['title', 'title.zhHans', 'title.zhHant', 'title.en', 'date', 'speaker']);
  });

  it('takes stated texts as written or localised, and a prefecture for a county-level place', () => {
    const meta = jincheng();
    meta.speaker = '张三';
    meta.speakerRole = { zhHans: '市长', zhHant: '市長', en: null };
    meta.occasion = { zhHans: '在会议上', zhHant: '' , en: null };
    (meta.place as Record<string, unknown>).prefecture = { zhHans: '临汾市', zhHant: '臨汾市', en: 'Linfen' };
    const result = validateReportMeta(meta);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['occasion.zhHant']);
  });

  it('takes the country (level NATIONAL) with no province, prefecture or code, and only so', () => {
    const china = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'seed', 'reports', 'china-2024', 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(validateReportMeta(china)).toEqual({ ok: true, meta: china });
    const place = china.place as Record<string, unknown>;
    place.code = '100000';
    place.province = { zhHans: '北京市', zhHant: '北京市', en: 'Beijing' };
    place.prefecture = { zhHans: '北京市', zhHant: '北京市', en: 'Beijing' };
    const result = validateReportMeta(china);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['place.prefecture', 'place.province', 'place.code']);
    const city = jincheng();
    (city.place as Record<string, unknown>).province = null;
    (city.place as Record<string, unknown>).code = null;
    const cityResult = validateReportMeta(city);
    expect(cityResult.ok ? [] : cityResult.errors.map((e) => e.path)).toEqual(['place.province', 'place.province.zhHans', 'place.province.zhHant', 'place.province.en', 'place.code']);
  });

  it('refuses what is not an object', () => {
    expect(validateReportMeta(null)).toMatchObject({ ok: false, errors: [{ path: '$' }] });
    expect(validateReportMeta([])).toMatchObject({ ok: false });
  });
});
