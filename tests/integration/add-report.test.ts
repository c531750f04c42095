/** `npm run add-report`: the command a user runs to add a report, on temp copies of shared reports. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_COLLECTION } from '../../scripts/import-collection';
import type { ReportMeta } from '../../seed/report-meta';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
const COLLECTION = process.env.COLLECTION_DIR ?? DEFAULT_COLLECTION;
let work: string;
let reportsDir: string;

const addReport = (...args: string[]) =>
  run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/cli/add-report.ts', '--reports-dir', reportsDir, ...args], {
    cwd: root,
  });
const failure = (...args: string[]) =>
  addReport(...args).then(
    () => {
      throw new Error(`add-report ${args.join(' ')} succeeded`);
    },
    (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
  );
const copy = (name: string) => {
  const file = path.join(work, name);
  copyFileSync(path.join(COLLECTION, name), file);
  return file;
};
const readMeta = (id: string) => JSON.parse(readFileSync(path.join(reportsDir, id, 'report.json'), 'utf8')) as ReportMeta;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'add-report-'));
  reportsDir = path.join(work, 'reports');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run add-report', () => {
  it('adds a report: byte-identical copy, place resolved through the division data, id, years and script', async () => {
    const file = copy('晋城.txt');
    const { stdout } = await addReport('--file', file, '--place', '晋城');
    expect(stdout).toMatch(/added jincheng-2024: 晋城市 \(山西省, PREFECTURE, 140500\), review 2023 → plan 2024, zh-Hans, 18500 characters/);
    // Validated by building its dataset: the summary gives what the extraction found.
    const [, figures, targets] = /; (\d+) figures, (\d+) targets, \d+ indicator links/.exec(stdout) ?? [];
    expect(Number(figures)).toBeGreaterThan(100);
    expect(Number(targets)).toBeGreaterThan(10);
    const meta = readMeta('jincheng-2024');
    expect(meta).toMatchObject({
      id: 'jincheng-2024',
      title: { zhHans: '2024年晋城市政府工作报告', zhHant: '2024年晉城市政府工作報告', en: 'Jincheng Government Work Report 2024' },
      place: {
        name: { zhHans: '晋城市', zhHant: '晉城市', en: 'Jincheng' },
        province: { zhHans: '山西省', en: 'Shanxi' },
        level: 'PREFECTURE',
        code: '140500',
      },
      reviewYear: 2023,
      planYear: 2024,
      date: null,
      speaker: null,
      script: 'zh-Hans',
      source: { file: 'report.txt', sha256: sha256(file), characters: 18500 },
    });
    expect(readFileSync(path.join(reportsDir, 'jincheng-2024', 'report.txt')).equals(readFileSync(file))).toBe(true);
  });

  it('reads a Traditional text as zh-Hant, and takes --id and --review-year as given', async () => {
    const file = path.join(work, 'huozhou.txt');
    copyFileSync(path.join(root, 'seed', 'reports', 'huozhou-2024', 'report.txt'), file);
    await addReport('--file', file, '--place', '霍州', '--id', 'huozhou-2024', '--review-year', '2023');
    expect(readMeta('huozhou-2024')).toMatchObject({ script: 'zh-Hant', place: { level: 'COUNTY', code: '141082' }, planYear: 2024 });
  });

  it('refuses an unknown place and an ambiguous one without --province, naming the candidates', async () => {
    const file = copy('吉林.txt');
    expect(await failure('--file', file, '--place', '纳尼亚')).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown place "纳尼亚"/) });
    const ambiguous = await failure('--file', file, '--place', '吉林');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/ambiguous: 吉林省 \(PROVINCIAL, 220000\); 吉林市 in 吉林省 \(PREFECTURE, 220200\)/);
    expect(existsSync(reportsDir) ? readdirSync(reportsDir) : []).toEqual([]);

    const { stdout } = await addReport('--file', file, '--place', '吉林', '--province', '吉林');
    expect(stdout).toMatch(/added jilin-2024: 吉林市/);
  });

  it('refuses to overwrite an id unless --force, and gives another place with the same pinyin a province suffix', async () => {
    const suzhouAnhui = copy('宿州.txt');
    await addReport('--file', suzhouAnhui, '--place', '宿州');
    expect(await failure('--file', suzhouAnhui, '--place', '宿州')).toMatchObject({ code: 1, stderr: expect.stringMatching(/suzhou-2024 already exists.*--force/) });
    await addReport('--file', suzhouAnhui, '--place', '宿州', '--force');
    const { stdout } = await addReport('--file', copy('苏州.txt'), '--place', '苏州');
    expect(stdout).toMatch(/added suzhou-jiangsu-2024: 苏州市 \(江苏省/);
    expect(readMeta('suzhou-2024').place.code).toBe('341300');
  });

  it('refuses a text without a reviewed year, one that is not UTF-8, and one that never names the place', async () => {
    const noYear = path.join(work, 'no-year.txt');
    writeFileSync(noYear, '各位代表：\n过去一年，晋城经济稳中向好。\n');
    expect(await failure('--file', noYear, '--place', '晋城')).toMatchObject({ code: 1, stderr: expect.stringMatching(/--review-year/) });
    const { stdout } = await addReport('--file', noYear, '--place', '晋城', '--review-year', '2023');
    expect(stdout).toMatch(/added jincheng-2024/);

    const gbk = path.join(work, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xbd, 0xfa, 0xb3, 0xc7, 0xca, 0xd0]));
    expect(await failure('--file', gbk, '--place', '阳泉', '--review-year', '2023')).toMatchObject({ stderr: expect.stringMatching(/not valid UTF-8/) });
    expect(await failure('--file', copy('阳泉.txt'), '--place', '晋城')).toMatchObject({ stderr: expect.stringMatching(/never names 晋城市/) });
  });

  it('adds the State Council\'s report once at level NATIONAL, without a province or code, and refuses a city\'s text there', async () => {
    const file = copy('台州.txt');
    const { stdout } = await addReport('--file', file, '--place', '中华人民共和国', '--level', 'NATIONAL');
    expect(stdout).toMatch(/added china-2024: 中华人民共和国 \(NATIONAL, no code\), review 2023 → plan 2024, zh-Hans, 17404 characters/);
    expect(readMeta('china-2024')).toMatchObject({
      title: { zhHans: '2024年国务院政府工作报告', en: 'State Council Government Work Report 2024' },
      place: { name: { zhHans: '中华人民共和国', zhHant: '中華人民共和國', en: "People's Republic of China" }, province: null, level: 'NATIONAL', code: null },
      source: { sha256: sha256(file), officialUrl: null },
      attribution: expect.stringContaining('State Council of the People\'s Republic of China (中华人民共和国国务院)'),
    });
    expect(await failure('--file', copy('晋城.txt'), '--place', '中国', '--level', 'NATIONAL')).toMatchObject({ code: 1, stderr: expect.stringMatching(/never says "我代表国务院"/) });
    expect(await failure('--file', file, '--place', '中国', '--level', 'NATIONAL', '--province', '浙江')).toMatchObject({ code: 1, stderr: expect.stringMatching(/no province/) });
  });

  it('exits 2 with the usage when --place is missing', async () => {
    expect(await failure('--file', 'x.txt')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--place is required/) });
  });
});
