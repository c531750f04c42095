/**
 * Integrity checks run on every build and before every load. Each problem is
 * collected and reported together, so one run shows everything that is wrong.
 */
import type { Dataset, SourceRef } from '../../lambda/data/records';
import { fold } from './fold';
import { UNITS } from './figures/units';

export class DatasetInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetInvalidError';
  }
}

/** Scale a decimal string by 10^power without floating point. */
export const scaleDecimal = (value: string, power: number): string => {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) throw new Error(`not a decimal: ${value}`);
  const [, sign, int, frac = ''] = m;
  let digits = int! + frac;
  let point = int!.length + power;
  if (point > digits.length) digits = digits.padEnd(point, '0');
  while (point <= 0) {
    digits = '0' + digits;
    point++;
  }
  let intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  if (intPart === '') intPart = '0';
  return `${intPart === '0' && fracPart === '' ? '' : sign}${intPart}${fracPart ? '.' + fracPart : ''}`;
};

/** Multipliers written in front of a unit: 萬元 = 10^4 元. */
const UNIT_POWERS: [string, number][] = [
  ['万亿', 12],
  ['亿', 8],
  ['万', 4],
];

export const unitPower = (unit: string | null): number => {
  if (!unit) return 0;
  // Either script: 億元 and 亿元 alike.
  const folded = fold(unit);
  // A unit of the table (MW = 10^3 kW) has its own power; others scale by their 萬/億 prefix.
  const known = UNITS.find((u) => fold(u.unit) === folded);
  if (known) return known.power;
  for (const [prefix, power] of UNIT_POWERS) if (folded.startsWith(prefix)) return power;
  return 0;
};

export const validateDataset = (dataset: Dataset, source: string): void => {
  const problems: string[] = [];
  const codePoints = [...source];
  const slice = (start: number, end: number): string => codePoints.slice(start, end).join('');

  const checkRef = (where: string, ref: SourceRef): void => {
    if (!(ref.start >= 0 && ref.end > ref.start && ref.end <= codePoints.length)) {
      problems.push(`${where}: offsets ${ref.start}-${ref.end} out of range`);
      return;
    }
    if (slice(ref.start, ref.end) !== ref.quote) problems.push(`${where}: quote is not report.txt[${ref.start}:${ref.end}]`);
    if (!ref.text) problems.push(`${where}: empty repaired text`);
  };

  const uniqueIds = (type: string, ids: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${type} id collision: ${id}`);
      seen.add(id);
    }
    return seen;
  };

  const figureIds = uniqueIds('figure', dataset.figures.map((f) => f.id));
  const indicatorIds = uniqueIds('indicator', dataset.indicators.map((i) => i.id));
  const projectIds = uniqueIds('project', dataset.projects.map((p) => p.id));
  const sectorIds = uniqueIds('sector', dataset.sectors.map((s) => s.id));
  uniqueIds('glossary', dataset.glossary.map((g) => g.id));
  uniqueIds('section', dataset.sections.map((s) => s.id));
  uniqueIds('repair', dataset.repairs.map((r) => r.id));
  const yearSet = new Set(dataset.years.map((y) => y.year));

  const dangling = (where: string, kind: string, id: string | null, ids: Set<string>): void => {
    if (id !== null && !ids.has(id)) problems.push(`${where}: dangling ${kind} ${id}`);
  };

  for (const s of dataset.sections) checkRef(`section ${s.id} heading`, s.heading);
  for (const g of dataset.glossary) {
    checkRef(`glossary ${g.number}`, g.source);
    g.references.forEach((r, i) => checkRef(`glossary ${g.number} reference ${i}`, r));
  }
  for (const r of dataset.repairs) {
    if (slice(r.start, r.end) !== r.damaged) problems.push(`repair ${r.number}: damaged text is not report.txt[${r.start}:${r.end}]`);
  }
  for (const f of dataset.figures) {
    const where = `figure ${f.id}`;
    checkRef(`${where} source`, f.source);
    checkRef(`${where} valueSource`, f.valueSource);
    if (!f.source.text.includes(f.valueText)) problems.push(`${where}: value "${f.valueText}" not in its source text`);
    if (!(f.valueSource.start >= f.source.start && f.valueSource.end <= f.source.end))
      problems.push(`${where}: valueSource outside source`);
    // A CONTEXT figure of the appendix may be about a year the report does not cover (千萬工程, 2003).
    if (f.kind !== 'CONTEXT' && !yearSet.has(f.year)) problems.push(`${where}: unknown year ${f.year}`);
    dangling(where, 'sector', f.sectorId, sectorIds);
    dangling(where, 'indicator', f.indicatorId, indicatorIds);
    dangling(where, 'project', f.projectId, projectIds);
    dangling(where, 'change figure', f.changeFigureId, figureIds);
    dangling(where, 'changed figure', f.changeOfFigureId, figureIds);
    if (f.value === null ? f.comparator !== 'QUALITATIVE' : !/^-?\d+(\.\d+)?$/.test(f.value))
      problems.push(`${where}: value "${f.value}" is not a decimal string (only a QUALITATIVE figure has none)`);
    if ((f.comparator === 'RANGE') !== (f.valueLow !== null && f.valueHigh !== null)) problems.push(`${where}: a RANGE has both ends, no other figure has any`);
    if (f.normalizedValue !== null && f.value !== null && /^-?\d+(\.\d+)?$/.test(f.value)) {
      const expected = scaleDecimal(f.value, unitPower(f.unit));
      if (f.normalizedValue !== expected) problems.push(`${where}: normalizedValue ${f.normalizedValue} != ${f.value}×${f.unit} = ${expected}`);
    }
  }
  for (const i of dataset.indicators) {
    dangling(`indicator ${i.id}`, 'sector', i.sectorId, sectorIds);
    dangling(`indicator ${i.id}`, 'level indicator', i.levelIndicatorId, indicatorIds);
    for (const id of i.figureIds) dangling(`indicator ${i.id}`, 'figure', id, figureIds);
  }
  for (const p of dataset.projects) {
    dangling(`project ${p.id}`, 'sector', p.sectorId, sectorIds);
    for (const id of p.figureIds) dangling(`project ${p.id}`, 'figure', id, figureIds);
    p.mentions.forEach((m, i) => checkRef(`project ${p.id} mention ${i}`, m));
  }
  for (const s of dataset.sectors) {
    for (const id of s.indicatorIds) dangling(`sector ${s.id}`, 'indicator', id, indicatorIds);
    for (const id of s.projectIds) dangling(`sector ${s.id}`, 'project', id, projectIds);
    for (const id of s.figureIds) dangling(`sector ${s.id}`, 'figure', id, figureIds);
  }
  for (const y of dataset.years) {
    for (const id of y.figureIds) dangling(`year ${y.year}`, 'figure', id, figureIds);
    for (const id of y.indicatorIds) dangling(`year ${y.year}`, 'indicator', id, indicatorIds);
    for (const id of y.projectIds) dangling(`year ${y.year}`, 'project', id, projectIds);
  }
  if (problems.length > 0) throw new DatasetInvalidError(problems);
};
