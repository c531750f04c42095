/**
 * Projects: where the report names them, the status each mention states
 * (their timeline), the summary status, and the figures they own or share
 * (docs/figures.md, "Project timelines" and "Shared figures").
 */
import type { FigureRecord, FigureScope, ProjectMentionRecord, ProjectRecord } from '../../../lambda/data/records';
import { localize } from '../localize';
import { STATUS_PROGRESS, type CuratedProject } from './layer';
import {
  bodyEnd,
  byReportOrder,
  codePointIndexer,
  fail,
  findMentions,
  resolveFigureRef,
  type CurationDocument,
  type TextSpan,
} from './matching';

const SENTENCE_END = /[。;!?；！？\n]/;
const CLAUSE_END = /[。;!?；！？\n,，:：]/;

/** The stretch of `text` around [start, end) up to the nearest delimiters. */
const around = (text: string, span: TextSpan, delimiter: RegExp): TextSpan => {
  let from = span.start;
  while (from > 0 && !delimiter.test(text[from - 1]!)) from--;
  let to = span.end;
  while (to < text.length && !delimiter.test(text[to]!)) to++;
  return { start: from, end: to };
};

/**
 * Mentions of different projects that are items of one 項目 list: in one
 * clause, joined by `、` or `和` (at most one unnamed item between, as
 * 標準化廠房 in `新興產業園道路、標準化廠房、工業污水處理廠…等項目`), the
 * list closed by 項目 or 工程. One verb governs the whole list, so every item
 * must have the same status.
 */
export const projectLists = <M extends TextSpan & { projectId: string }>(text: string, mentions: readonly M[]): M[][] => {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const lists: M[][] = [];
  let run: M[] = [];
  const close = (): void => {
    const last = run[run.length - 1];
    if (run.length > 1 && last && new Set(run.map((m) => m.projectId)).size > 1) {
      const clause = around(text, last, CLAUSE_END);
      const tail = text.slice(last.start, clause.end);
      if (/項目|工程/.test(tail)) lists.push(run);
    }
    run = [];
  };
  for (const m of sorted) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : null;
    if (prev && gap !== null && /^(?:、|和|、[^,;。、:]{1,12}、)$/.test(gap)) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
  return lists;
};

/** The summary of a timeline: the latest year's mentions, the furthest status among them (the later mention on a tie). */
export const latestStatus = (mentions: readonly ProjectMentionRecord[]): Pick<ProjectRecord, 'status' | 'statusText' | 'year'> => {
  const year = Math.max(...mentions.map((m) => m.year));
  let best: ProjectMentionRecord | undefined;
  for (const m of mentions.filter((x) => x.year === year)) {
    if (!best || STATUS_PROGRESS.indexOf(m.status) >= STATUS_PROGRESS.indexOf(best.status)) best = m;
  }
  return { status: best!.status, statusText: best!.statusText, year };
};

export interface ProjectsInput {
  reportId: string;
  doc: CurationDocument;
  projects: readonly CuratedProject[];
  /** The build's copies of the figures; project links are written onto them. */
  figures: FigureRecord[];
  /** The year a source offset is about (the reviewed year in the review, the planned year in the plan). */
  yearAt: (sourceOffset: number) => number | null;
}

export const buildProjects = (input: ProjectsInput): ProjectRecord[] => {
  const { reportId, doc, figures } = input;
  const text = doc.text;
  const cp = codePointIndexer(text);
  const spans = findMentions(text.slice(0, bodyEnd(text)), input.projects);

  // Timelines: one curated status per mention, worded in the mention's own sentence.
  const timelines = new Map<string, ProjectMentionRecord[]>();
  for (const p of input.projects) {
    const found = spans.get(p.id)!;
    if (found.length !== p.mentions.length)
      fail(`project "${p.id}": ${found.length} mentions found (${found.map((s) => text.slice(s.start, s.end)).join(' | ')}), ${p.mentions.length} statuses curated`);
    timelines.set(
      p.id,
      found.map((span, i) => {
        const { status, statusText } = p.mentions[i]!;
        const sentence = around(text, span, SENTENCE_END);
        if (statusText !== null && !text.slice(sentence.start, sentence.end).includes(statusText))
          fail(`project "${p.id}": status "${statusText}" is not in the sentence of mention ${i + 1}`);
        const ref = doc.sourceRefFromRepaired(cp(span.start), cp(span.end));
        const year = input.yearAt(ref.start) ?? fail(`project "${p.id}": mention ${i + 1} lies in no year's section`);
        return { ...ref, status, statusText, year };
      }),
    );
  }

  // Items of one 項目 list are treated alike.
  const flat = input.projects.flatMap((p) => spans.get(p.id)!.map((s, i) => ({ ...s, projectId: p.id, mention: p.mentions[i]! })));
  for (const list of projectLists(text, flat)) {
    const first = list[0]!.mention;
    for (const m of list)
      if (m.mention.status !== first.status || m.mention.statusText !== first.statusText)
        fail(`projects ${list.map((x) => x.projectId).join(', ')} are items of one 項目 list but have different statuses`);
  }

  // Figures: a figure listed by several projects must say SHARED or TOTAL in each.
  const firstMention = (id: string): number => timelines.get(id)![0]!.start;
  const owners = new Map<string, { ids: string[]; scopes: Set<FigureScope> }>();
  const figureIds = new Map<string, string[]>();
  for (const p of input.projects) {
    const own = p.figures.map((ref) => {
      const f = resolveFigureRef(doc, figures, ref, `project "${p.id}"`);
      const entry = owners.get(f.id) ?? { ids: [], scopes: new Set<FigureScope>() };
      entry.ids.push(p.id);
      entry.scopes.add(ref.scope ?? 'SINGLE');
      owners.set(f.id, entry);
      return f;
    });
    figureIds.set(p.id, [...own].sort(byReportOrder).map((f) => f.id));
  }
  const byId = new Map(figures.map((f) => [f.id, f]));
  const projectById = new Map(input.projects.map((p) => [p.id, p]));
  for (const [id, { ids, scopes }] of owners) {
    const f = byId.get(id)!;
    if (scopes.size > 1) fail(`figure ${id} ("${f.valueSource.text}") has different scopes in ${ids.join(', ')}`);
    const scope = [...scopes][0]!;
    if (ids.length > 1 && scope === 'SINGLE') fail(`figure ${id} ("${f.valueSource.text}") is listed by ${ids.join(', ')}: mark it SHARED or TOTAL`);
    if (scope === 'SHARED' && ids.length < 2) fail(`figure ${id} is SHARED but listed by ${ids[0]} only`);
    if (scope === 'SHARED') {
      // Its subject names every project it covers, so it is never read as one project's own.
      for (const pid of ids) {
        const p = projectById.get(pid)!;
        if (![p.name.zhHant, ...p.aliases].some((name) => f.subject.zhHant.includes(name)))
          fail(`figure ${id} is SHARED by "${pid}" but its subject "${f.subject.zhHant}" does not name it`);
      }
    }
    f.projectIds = [...ids].sort((a, b) => firstMention(a) - firstMention(b));
    f.projectId = f.projectIds[0]!;
    f.scope = scope;
    // A person named this figure in a curated file: it is checked.
    f.curation = 'CURATED';
    f.sectorId = projectById.get(f.projectId)!.sectorId;
  }

  return input.projects
    .map((p) => {
      const mentions = timelines.get(p.id)!;
      const own = figureIds.get(p.id)!.map((id) => byId.get(id)!);
      const first = Math.min(mentions[0]!.start, own[0]?.valueSource.start ?? Number.MAX_SAFE_INTEGER);
      return { p, mentions, own, first };
    })
    .sort((a, b) => a.first - b.first)
    .map(({ p, mentions, own }, order) => ({
      reportId,
      id: p.id,
      order,
      name: localize(p.name.zhHant, p.name.en),
      sectorId: p.sectorId,
      ...latestStatus(mentions),
      figureIds: own.map((f) => f.id),
      mentions,
    }));
};
