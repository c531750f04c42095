/**
 * The yardstick's data: every report's dataset (seed/build) held in plain
 * maps, behind the read interface the resolvers use (`ctx.data.get / getMany /
 * list / partition / memo` and the three store look-ups). No DynamoDB, no
 * DataLoader, no item parsing: what "in-memory speed" means for the same
 * resolvers and query functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../lambda/data/records';
import type { RequestData } from '../lambda/data/request-data';
import type { EntityName, ItemByType } from '../lambda/data/store';
import { buildDataset } from '../seed/build/index';

const REPORTS_DIR = path.resolve(__dirname, '..', 'seed', 'reports');

/** Every report under seed/reports/ (a directory with a report.txt), built as the seeder builds it. */
export const allDatasets = (): Dataset[] =>
  fs
    .readdirSync(REPORTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(REPORTS_DIR, d.name, 'report.txt')))
    .map((d) => buildDataset(path.join(REPORTS_DIR, d.name)));

type Lists = { [E in EntityName]: ItemByType[E][] };

/** The local key each entity is looked up by (as keys.ts builds sort keys). */
const keyOf: { [E in EntityName]: (item: ItemByType[E]) => string | number } = {
  Report: (r) => r.reportId,
  Year: (y) => y.year,
  Section: (s) => s.order,
  Glossary: (g) => g.number,
  Repair: (r) => r.number,
  Figure: (f) => f.id,
  Indicator: (i) => i.id,
  Project: (p) => p.id,
  Sector: (s) => s.id,
};

interface Report {
  lists: Lists;
  byKey: Map<string, ItemByType[EntityName]>;
}

export const createMemoryData = (datasets: Dataset[], defaultReportId: string) => {
  const reports = new Map<string, Report>();
  for (const d of datasets) {
    // Records carry the same fields the entities format items to; the key attributes are never read by resolvers.
    const lists = {
      Report: [d.report],
      Year: d.years,
      Section: d.sections,
      Glossary: d.glossary,
      Repair: d.repairs,
      Figure: d.figures,
      Indicator: d.indicators,
      Project: d.projects,
      Sector: d.sectors,
    } as unknown as Lists;
    const byKey = new Map<string, ItemByType[EntityName]>();
    for (const entity of Object.keys(lists) as EntityName[]) {
      // In the order a Query of the type returns them: by sort key (keys.ts pads numbers, so numeric order).
      const key = keyOf[entity] as (i: unknown) => string | number;
      (lists as Record<EntityName, unknown[]>)[entity] = [...lists[entity]].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
      });
      for (const item of lists[entity]) byKey.set(`${entity}|${(keyOf[entity] as (i: unknown) => string | number)(item)}`, item);
    }
    reports.set(d.report.reportId, { lists, byKey });
  }
  const catalog = datasets.map((d) => ({ reportId: d.report.reportId, datasetVersion: d.report.datasetVersion }));

  const store = {
    catalog: async () => catalog,
    glossaryByTerm: async (reportId: string, term: string) =>
      reports.get(reportId)?.lists.Glossary.find((g) => g.term.zhHant === term || g.term.zhHans === term),
    figuresOfYearKind: async (reportId: string, year: number, kind: string) =>
      (reports.get(reportId)?.lists.Figure ?? [])
        .filter((f) => f.year === year && f.kind === kind)
        .sort((a, b) => a.valueSource.start - b.valueSource.start),
  };

  /** One request's view (memo is per request, as in RequestData). */
  return (): RequestData => {
    const memo = new Map<string, Promise<unknown[]>>();
    const get = async <E extends EntityName>(entity: E, reportId: string, key: string | number) =>
      reports.get(reportId)?.byKey.get(`${entity}|${key}`) as ItemByType[E] | undefined;
    const view = {
      store,
      defaultReportId,
      get,
      getMany: async <E extends EntityName>(entity: E, reportId: string, keys: readonly (string | number)[]) => {
        const r = reports.get(reportId);
        const out: ItemByType[E][] = [];
        for (const k of keys) {
          const item = r?.byKey.get(`${entity}|${k}`);
          if (item) out.push(item as ItemByType[E]);
        }
        return out;
      },
      // A copy, as a store read returns a fresh array: resolvers sort listings in place.
      list: async <E extends EntityName>(entity: E, reportId: string) => [...(reports.get(reportId)?.lists[entity] ?? [])] as ItemByType[E][],
      partition: async () => undefined,
      memo: <T>(key: string, work: () => Promise<T[]>) => {
        let pending = memo.get(key);
        if (!pending) memo.set(key, (pending = work()));
        return pending as Promise<T[]>;
      },
    };
    // The resolvers' type is the DynamoDB-backed class; this object has its public interface.
    return view as unknown as RequestData;
  };
};
