/**
 * A held-out check in the product owner's style (issue 3, "Bar"): facts drawn
 * by reading the report body, independently of the extractor, each given as a
 * short verbatim phrase of report.txt that contains the number. For every
 * fact the dataset must hold a figure with that value, unit, year and kind
 * whose `source` covers the phrase, with the exact normalised value (and the
 * comparator, where the report words one).
 *
 * Quotes are taken from report.txt as published (damage included): the `7`
 * of `7×24` and the `1` of `12+6+6` stand in the damaged text as `?!?`.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Comparator, FigureKind, FigureRecord } from '../../lambda/data/records';
import { buildDataset } from '../../seed/extract';

interface Fact {
  /** Verbatim phrase of report.txt containing the number (and usually its subject). */
  quote: string;
  /** 1-based occurrence of the quote in report.txt when it is not unique. */
  occurrence?: number;
  value: string;
  unit: string | null;
  year: number;
  kind: FigureKind;
  normalizedValue: string;
  comparator?: Comparator;
}

const A = (quote: string, value: string, unit: string | null, normalizedValue: string, comparator?: Comparator): Fact => ({
  quote,
  value,
  unit,
  year: 2023,
  kind: 'ACTUAL',
  normalizedValue,
  comparator,
});
const T = (quote: string, value: string, unit: string | null, normalizedValue: string, comparator?: Comparator): Fact => ({
  quote,
  value,
  unit,
  year: 2024,
  kind: 'TARGET',
  normalizedValue,
  comparator,
});

/** 2023 review, section 一, every sub-area. */
const REVIEW: Fact[] = [
  // overview
  A('全市地區生產總值完成114.7億元', '114.7', '億元', '11470000000', 'EXACT'),
  A('114.7億元,同比增長3.8%', '3.8', '%', '3.8'),
  A('社會消費品零售總額完成41.51億元', '41.51', '億元', '4151000000'),
  A('一般公共預算收入完成58958萬元', '58958', '萬元', '589580000'),
  A('城鎮、農村居民人均可支配收入分別達到40995元和20527元', '20527', '元', '20527'),
  // (一) agriculture
  A('糧食播種面積33.05萬畝', '33.05', '萬畝', '330500'),
  A('糧食播種面積33.05萬畝,產量5.56萬噸', '5.56', '萬噸', '55600'),
  A('新增2家省級示范合作社', '2', '家', '2'),
  A('全市農產品加工企業銷售收入達到15.9億元,同比增長11%', '11', '%', '11'),
  A('建成年產2萬噸的辛置年饃加工廠', '2', '萬噸', '20000'),
  A('年產量達到3000萬公斤', '3000', '萬公斤', '30000000'),
  A('銷售額突破2億元', '2', '億元', '200000000', 'AT_LEAST'),
  // (一) industry and energy
  A('完成了煤礦2個智能化回采工作面建設', '2', '個', '2'),
  A('全年原煤產量完成425萬噸', '425', '萬噸', '4250000'),
  A('推動格盟霍州新能源100MW/200MWh共享儲能', '200', 'MWh', '200000'),
  A('東方君勝能源5.9MW地面分布式光伏發電', '5.9', 'MW', '5900'),
  // (一) services, finance, e-commerce
  A('新增限額以上服務業企業3家', '3', '家', '3'),
  A('存貸款余額分別達到179.1億元、430.54億元', '430.54', '億元', '43054000000'),
  A('分別增長23.36%、14.74%', '14.74', '%', '14.74'),
  A('存貸比71.23%', '71.23', '%', '71.23'),
  A('全市網絡零售額突破5100萬元', '5100', '萬元', '51000000', 'AT_LEAST'),
  A('同比增長超過21%', '21', '%', '21', 'AT_LEAST'),
  // (二) investment and business environment
  A('開發區全年出讓“標準地”[4]194.25畝', '194.25', '畝', '194.25'),
  A('新建標準化廠房3.73萬平方米', '3.73', '萬平方米', '37300'),
  A('5支招商小分隊', '5', '支', '5'),
  A('全年招商引資簽約項目19個,總投資121.33億元', '121.33', '億元', '12133000000'),
  A('當年開工項目12個', '12', '個', '12'),
  A('2億顆芯片封裝測試', '2', '億顆', '200000000'),
  A('97件常辦事項實現全國最短時限', '97', '件', '97'),
  A('全年73個重點項目辦結率達到91.4%', '91.4', '%', '91.4'),
  // the round-the-clock service: `7×24小時` with its 7 lost in the damage (repair 5)
  A('?!?×24小時不打烊', '7', null, '7'),
  A('?!?×24小時不打烊', '24', '小時', '24'),
  A('共查處案件13件14人', '14', '人', '14'),
  A('全年新增經營主體8309戶', '8309', '戶', '8309'),
  A('千人擁有企業29.46戶,同比增長70.88%', '29.46', '戶', '29.46'),
  A('新增四上企業[7]37家', '37', '家', '37'),
  // (三) urban development, digital, rural revitalisation
  A('啟動改造百貨公司家屬樓等老舊小區13個', '13', '個', '13'),
  A('停車泊位4100余個', '4100', '個', '4100', 'MORE_THAN'),
  A('全市日供水能力達到6.7萬立方米', '6.7', '萬立方米', '67000'),
  A('新建5G基站16個', '16', '個', '16'),
  A('共謀劃總投資143.9億元的64個項目', '143.9', '億元', '14390000000'),
  A('建設“四好農村路”[10]22.86公里', '22.86', '公里', '22.86'),
  A('農村廁所改造1500座', '1500', '座', '1500'),
  A('鴨底4個美麗鄉村建設', '4', '個', '4'),
  A('全市127個村集體經濟收入全部達10萬元以上', '10', '萬元', '100000', 'AT_LEAST'),
  A('30萬元以上占比達42.5%', '42.5', '%', '42.5'),
  A('集體經濟總收入突破3500萬元,同比增長9%以上', '9', '%', '9', 'AT_LEAST'),
  // (四) culture and tourism
  A('完成22處低級別文物修繕方案編撰', '22', '處', '22'),
  A('編制《天下門神出霍州》等三部歷史短劇', '3', '部', '3'),
  A('開展群眾文化活動1468場', '1468', '場', '1468'),
  // (五) environment
  A('完成集中供熱改造350戶', '350', '戶', '350'),
  A('全年空氣質量綜合指數4.78', '4.78', null, '4.78'),
  A('4.78,同比優化1.8%', '1.8', '%', '1.8'),
  A('9個省定項目開工8個', '8', '個', '8'),
  A('建成5個自動監測站', '5', '個', '5'),
  A('完成造林0.24萬畝', '0.24', '萬畝', '2400'),
  A('新建完善綠色通道12.43公里', '12.43', '公里', '12.43'),
  // (六) social welfare, education, employment, health
  A('?!?2+6+6”民生實事', '12', null, '12'),
  A('賠付金額241.74萬元', '241.74', '萬元', '2417400'),
  A('公交免費乘車卡21000余張', '21000', '張', '21000', 'MORE_THAN'),
  A('刷卡190萬人次', '190', '萬人次', '1900000'),
  A('籌集資金211萬元', '211', '萬元', '2110000'),
  A('全年城鎮新增就業5077人', '5077', '人', '5077'),
  A('共發放城鄉低保2802人1689萬元', '1689', '萬元', '16890000'),
  A('全市脫貧人口人均收入達到13142元,增幅15.1%', '15.1', '%', '15.1'),
  // `12所學?;A設施改造`: the number stands right before repair 9
  A('12所學?;A設施改造', '12', '所', '12'),
  A('新增兩個五人制足球場', '2', '個', '2'),
  // (七) governance
  A('市政協委員提案113件', '113', '件', '113'),
];

/** 2024 plan, section 二, every sub-area. */
const PLAN: Fact[] = [
  T('全市地區生產總值增長7%以上', '7', '%', '7', 'AT_LEAST'),
  T('固定資產投資增長12%以上', '12', '%', '12', 'AT_LEAST'),
  T('社會消費品零售總額增長8%左右', '8', '%', '8', 'ABOUT'),
  T('市政府將重點抓好八個方面的工作', '8', '個', '8'),
  // (一) investment and consumption
  T('儲備500畝“標準地”', '500', '畝', '500'),
  T('新建6.18萬平方米標準化廠房', '6.18', '萬平方米', '61800'),
  T('全年完成工業投資9.2億元以上', '9.2', '億元', '920000000', 'AT_LEAST'),
  T('規模以上工業增加值完成16.7億元,增長16%', '16', '%', '16'),
  T('全面提速總投資156.31億元的68個建設項目', '68', '個', '68'),
  T('出口總額增長50%以上', '50', '%', '50', 'AT_LEAST'),
  T('全年新增限上商貿單位30家', '30', '家', '30'),
  T('限額以上社會消費品零售額增長10%', '10', '%', '10'),
  // (二) industry, energy, digital, specialised towns
  T('煤炭先進產能占比超過80%', '80', '%', '80', 'AT_LEAST'),
  T('全年規上制造業增加值增速10%以上', '10', '%', '10', 'AT_LEAST'),
  T('40萬千瓦集中式光伏發電項目', '40', '萬千瓦', '400000'),
  T('國盛新能源200MW共享儲能', '200', 'MW', '200000'),
  T('經營主體超過170家', '170', '家', '170', 'AT_LEAST'),
  T('銷售額突破2.5億元', '2.5', '億元', '250000000', 'AT_LEAST'),
  T('投資1.4億元的廚具產業鏈項目', '1.4', '億元', '140000000'),
  // (三) reform, business environment
  T('“全周期全代辦”[28]服務達到100%', '100', '%', '100'),
  T('今年力爭95%的常規性辦理事項達到全國最短時限', '95', '%', '95'),
  T('新認定省級“專精特新”企業3戶', '3', '戶', '3'),
  T('全市有研發機構的規上工業企業占比不低于19%', '19', '%', '19', 'AT_LEAST'),
  // (四) urban development, agriculture, rural revitalisation
  T('年內建成口袋公園6座', '6', '座', '6'),
  T('嚴守29.4萬畝永久基本農田紅線', '29.4', '萬畝', '294000'),
  T('實施農業生產托管2.27萬畝以上', '2.27', '萬畝', '22700', 'AT_LEAST'),
  T('全年糧食播種面積穩定在32.77萬畝以上,產量在5.6萬噸以上', '5.6', '萬噸', '56000', 'AT_LEAST'),
  T('年出欄5萬頭商品豬繁育場', '5', '萬頭', '50000'),
  T('總數達到20家', '20', '家', '20'),
  T('下王村3個“宜居宜業和美鄉村”', '3', '個', '3'),
  T('完成10.6公里“四好農村路”建設', '10.6', '公里', '10.6'),
  T('115個實用性村莊規劃編制', '115', '個', '115'),
  // (五) culture and tourism
  T('6條“三個一號”旅游公路', '6', '條', '6'),
  T('力爭游客接待量突破100萬人次', '100', '萬人次', '1000000', 'AT_LEAST'),
  T('綜合收入突破8600萬元', '8600', '萬元', '86000000', 'AT_LEAST'),
  T('新增1家4A級', '1', '家', '1'),
  // (六) environment
  T('年內完成“煤改電”1605戶', '1605', '戶', '1605'),
  T('兩年內完成5500戶', '5500', '戶', '5500'),
  T('總投資3.2億元的大張、辛置、白龍、退沙四個片區', '4', '個', '4'),
  // (七) employment, education, welfare
  T('建設12個鎮級“零工驛站”', '12', '個', '12'),
  T('農村勞動力轉移就業3700人', '3700', '人', '3700'),
  T('實施投資678萬元的義務教育薄弱環節改善與能力提升項目', '678', '萬元', '6780000'),
  T('再辦好9件民生實事', '9', '件', '9'),
  T('實施1所城鎮社區養老幸福工程', '1', '所', '1'),
  T('新增停車泊位2000個以上', '2000', '個', '2000', 'AT_LEAST'),
];

/**
 * Numbers the plan states about the present rather than as Huozhou's own
 * targets (docs/figures.md, "Context numbers inside the plan"): kind follows
 * the section, as the issue defines it: TARGET, 2024.
 */
const PLAN_CONTEXT: Fact[] = [
  { quote: '搶抓中央發行1萬億元特別國債', value: '1', unit: '萬億元', year: 2024, kind: 'TARGET', normalizedValue: '1000000000000' },
  { quote: '2.7萬億元地方債', value: '2.7', unit: '萬億元', year: 2024, kind: 'TARGET', normalizedValue: '2700000000000' },
  { quote: '國投、農發兩家市屬國企', value: '2', unit: '家', year: 2024, kind: 'TARGET', normalizedValue: '2' },
];

const FACTS = [...REVIEW, ...PLAN, ...PLAN_CONTEXT];

const reportDir = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024');
const report = readFileSync(path.join(reportDir, 'report.txt'), 'utf8');
const dataset = buildDataset(reportDir);

/** Offsets of the fact's quote in report.txt (code points = UTF-16 units: the report is all BMP). */
const locateQuote = (quote: string, occurrence?: number): { start: number; end: number } => {
  const found: number[] = [];
  for (let at = report.indexOf(quote); at >= 0; at = report.indexOf(quote, at + 1)) found.push(at);
  const start = occurrence === undefined ? (found.length === 1 ? found[0] : undefined) : found[occurrence - 1];
  if (start === undefined) throw new Error(`quote "${quote}" occurs ${found.length} times in report.txt`);
  return { start, end: start + quote.length };
};
const locate = (fact: Fact): { start: number; end: number } => locateQuote(fact.quote, fact.occurrence);

const label = (f: Fact): string =>
  `${f.quote} → ${f.value}${f.unit ?? ''} (${f.year} ${f.kind}${f.comparator ? `, ${f.comparator}` : ''}) = ${f.normalizedValue}`;

const matching = (fact: Fact): FigureRecord[] => {
  const { start, end } = locate(fact);
  return dataset.figures.filter(
    (g) =>
      g.value === fact.value &&
      g.unit === fact.unit &&
      g.year === fact.year &&
      g.kind === fact.kind &&
      g.source.start <= start &&
      g.source.end >= end,
  );
};

describe('held-out facts: each is a figure whose source covers the quote', () => {
  it('draws about sixty facts, spread over the review and the plan, each quoted verbatim from report.txt', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60);
    expect(REVIEW.length).toBeGreaterThanOrEqual(30);
    expect(PLAN.length).toBeGreaterThanOrEqual(30);
    for (const fact of FACTS) expect(() => locate(fact)).not.toThrow();
  });

  it.each(FACTS.map((f) => [label(f), f] as const))('%s', (_label, fact) => {
    const found = matching(fact);
    expect(found.map((g) => `${g.id} ${g.source.quote}`)).not.toEqual([]);
    for (const g of found) {
      expect(g.normalizedValue).toBe(fact.normalizedValue);
      if (fact.comparator) expect(g.comparator).toBe(fact.comparator);
      expect(g.subject.en).toEqual(expect.any(String));
    }
  });
});

describe('the round-the-clock service 7×24小時 is what the report states, nothing computed', () => {
  const inClause = dataset.figures.filter((f) => f.source.text.includes('7×24小時不打烊'));

  it('yields the days (7, from the repaired reading) and the hours (24 小時), both counts, no 168', () => {
    expect(inClause.map((f) => [f.valueText, f.value, f.unit, f.measure])).toEqual([
      ['7', '7', null, 'COUNT'],
      ['24', '24', '小時', 'COUNT'],
    ]);
    expect(dataset.figures.some((f) => f.value === '168')).toBe(false);
  });

  it('cites the damaged source of the 7 and its repaired reading', () => {
    const seven = inClause[0]!;
    expect(seven.valueSource.quote).toContain('?!?');
    expect(seven.valueSource.text).toContain('7');
    expect(report.slice(seven.source.start, seven.source.end)).toBe(seven.source.quote);
  });
});

describe('a growth rate stated right after its level', () => {
  /** [quote of level and rate, level value, rate value, the rate with its direction where it falls]. */
  const PAIRS: [string, string, string, string | null][] = [
    ['全市地區生產總值完成114.7億元,同比增長3.8%', '114.7', '3.8', null],
    ['固定資產投資完成33.6億元,同比增長15.3%', '33.6', '15.3', null],
    ['社會消費品零售總額完成41.51億元,同比增長9.8%', '41.51', '9.8', null],
    ['全市農林牧漁業增加值完成5.52億元,同比增長6.6%', '5.52', '6.6', null],
    ['銷售額突破2億元,同比增長33%', '2', '33', null],
    ['全市網絡零售額突破5100萬元,同比增長超過21%', '5100', '21', null],
    ['千人擁有企業29.46戶,同比增長70.88%', '29.46', '70.88', null],
    ['集體經濟總收入突破3500萬元,同比增長9%以上', '3500', '9', null],
    // 優化 of an index where lower is better is a fall (issue 9 item 3).
    ['全年空氣質量綜合指數4.78,同比優化1.8%', '4.78', '1.8', '-1.8'],
    ['全市脫貧人口人均收入達到13142元,增幅15.1%', '13142', '15.1', null],
    ['全年完成工業投資9.2億元以上,增長20%以上', '9.2', '20', null],
    ['規模以上工業增加值完成16.7億元,增長16%', '16.7', '16', null],
  ];

  it.each(PAIRS)('%s: both are figures, the level carries the rate, the rate is a CHANGE in percent', (quote, levelValue, rateValue, signedRate) => {
    const { start, end } = locateQuote(quote);
    const inQuote = dataset.figures.filter((f) => f.valueSource.start >= start && f.valueSource.end <= end);
    const level = inQuote.find((f) => f.value === levelValue && f.measure !== 'CHANGE');
    const rate = inQuote.find((f) => f.value === rateValue && f.unit === '%');
    expect(level?.changePercent).toBe(signedRate ?? rateValue);
    expect(rate?.changePercent).toBe(signedRate ?? rateValue);
    expect(level?.changeFigureId).toBe(rate?.id);
    expect(rate).toMatchObject({ measure: 'CHANGE', unit: '%', normalizedValue: rateValue, baseUnit: 'percent', changeOfFigureId: level?.id });
    for (const f of [level!, rate!]) expect(f.source.start <= start && f.source.end >= end).toBe(true);
  });
});

describe('power has one base unit (issue 9)', () => {
  it('scales MW and 萬千瓦 exactly to kW and MWh to kWh, keeping the unit as written', () => {
    const power = dataset.figures
      .filter((f) => f.unit !== null && /瓦|W/.test(f.unit))
      .map((f) => [f.valueText, f.unit, f.normalizedValue, f.baseUnit]);
    expect(new Set(power.map(([, unit, , base]) => `${unit}→${base}`))).toEqual(new Set(['MW→kW', 'MWh→kWh', '萬千瓦→kW']));
    expect(power).toContainEqual(['5.9', 'MW', '5900', 'kW']);
    expect(power).toContainEqual(['200', 'MWh', '200000', 'kWh']);
    expect(power).toContainEqual(['40', '萬千瓦', '400000', 'kW']);
    expect(power).toContainEqual(['6', '萬千瓦', '60000', 'kW']);
  });
});

describe('project status by year (issue 9)', () => {
  /** [verbatim phrase naming the project and its status, project, year, status]: read from the report, not from projects.json. */
  const STATUSES: [string, string, number, string][] = [
    ['格盟霍州新能源100MW/200MWh共享儲能、兆光100MW煤電+風光+儲能一體化、東方君勝能源5.9MW地面分布式光伏發電等項目成功獲批', 'gemeng-shared-energy-storage', 2023, 'APPROVED'],
    ['格盟霍州新能源100MW/200MWh共享儲能、兆光100MW煤電+風光+儲能一體化、東方君勝能源5.9MW地面分布式光伏發電等項目成功獲批', 'zhaoguang-coal-power-wind-solar-storage', 2023, 'APPROVED'],
    ['格盟霍州新能源100MW/200MWh共享儲能、兆光100MW煤電+風光+儲能一體化、東方君勝能源5.9MW地面分布式光伏發電等項目成功獲批', 'dongfang-junsheng-distributed-pv', 2023, 'APPROVED'],
    ['加快推進國能霍州新能源100MW光伏發電、兆光100MW煤電+風光+儲能一體化、國盛新能源200MW共享儲能、格盟霍州新能源100MW/200MWh共享儲能', 'gemeng-shared-energy-storage', 2024, 'ACCELERATING'],
    ['加快推進國能霍州新能源100MW光伏發電、兆光100MW煤電+風光+儲能一體化', 'zhaoguang-coal-power-wind-solar-storage', 2024, 'ACCELERATING'],
    ['新興產業園道路、標準化廠房、工業污水處理廠、110KV青郎坪變電站等項目建設穩步推進', 'emerging-industry-park-roads', 2023, 'UNDER_CONSTRUCTION'],
    ['新興產業園道路、標準化廠房、工業污水處理廠、110KV青郎坪變電站等項目建設穩步推進', 'development-zone-industrial-wastewater-plant', 2023, 'UNDER_CONSTRUCTION'],
    ['新興產業園道路、標準化廠房、工業污水處理廠、110KV青郎坪變電站等項目建設穩步推進', 'qinglangping-110kv-substation', 2023, 'UNDER_CONSTRUCTION'],
    ['加快開發區工業污水處理廠、新興產業園道路、中水回用、110KV青郎坪變電站等項目建設', 'qinglangping-110kv-substation', 2024, 'ACCELERATING'],
    ['新人民醫院和婦計中心項目有序推進', 'new-peoples-hospital', 2023, 'UNDER_CONSTRUCTION'],
    ['新人民醫院、全民健身中心投入使用', 'new-peoples-hospital', 2024, 'IN_OPERATION'],
    ['婦計中心加快建設', 'maternal-child-health-centre', 2024, 'ACCELERATING'],
    ['加快推進總投資25億元的霍州市新時代人工智能算力產業園、液晶觸摸屏制造等簽約項目開工建設', 'lcd-touchscreen-manufacturing', 2024, 'ACCELERATING'],
    ['推進神州通立裝配式電梯、液晶觸摸屏制造、智能電子產品制造項目投產達效', 'lcd-touchscreen-manufacturing', 2024, 'IN_OPERATION'],
    ['殘疾兒童康復中心投入使用', 'disabled-children-rehabilitation-centre', 2023, 'IN_OPERATION'],
    ['2億顆芯片封裝測試、數據線生產加工、年產1萬噸速凍食品、大宗固體廢棄物綜合利用基地等項目建成投產', 'quick-frozen-food-plant', 2023, 'IN_OPERATION'],
    ['下樂坪關帝廟文物保護修繕工程啟動實施', 'xialeping-guandi-temple-conservation', 2023, 'STARTED'],
    ['配合實施好國道108改線工程、長輸供熱項目、綠色運輸試點城市建設等治理工程', 'long-distance-heating-pipeline', 2024, 'PLANNED'],
  ];

  it.each(STATUSES)('%s: %s has a %i mention there with status %s', (quote, id, year, status) => {
    const { start, end } = locateQuote(quote);
    const project = dataset.projects.find((p) => p.id === id)!;
    const there = project.mentions.filter((m) => m.start >= start && m.end <= end);
    expect(there.map((m) => [m.year, m.status])).toEqual([[year, status]]);
    expect(quote).toContain(there[0]!.statusText);
  });

  it('summarises each project by its latest year', () => {
    const gemeng = dataset.projects.find((p) => p.id === 'gemeng-shared-energy-storage')!;
    expect([gemeng.year, gemeng.status]).toEqual([2024, 'ACCELERATING']);
    const lcd = dataset.projects.find((p) => p.id === 'lcd-touchscreen-manufacturing')!;
    expect([lcd.year, lcd.status]).toEqual([2024, 'IN_OPERATION']);
  });
});
