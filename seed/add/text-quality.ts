/**
 * Signs, read from the text alone, that the extraction rules will not find
 * everything in a report: a text much shorter than the others, no wording of
 * the headline targets, an ending that is not the report's closing appeal.
 * Each is a reason shown in docs/collection.md; none stops a report being served.
 */
export interface TextConcern {
  kind: 'short' | 'no-targets-wording' | 'abrupt-end';
  reason: string;
}

const lastParagraph = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1) ?? '';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

export const textConcerns = (text: string, collectionMedian: number): TextConcern[] => {
  const concerns: TextConcern[] = [];
  const characters = [...text].length;
  if (collectionMedian > 0 && characters < collectionMedian / 2) {
    concerns.push({
      kind: 'short',
      reason: `truncated text: ${characters.toLocaleString('en')} characters, under half the collection's median (${collectionMedian.toLocaleString('en')})`,
    });
  }
  // 主要预期目标 / 主要目标 heads the headline targets paragraph however it is worded otherwise.
  if (!/预期目标|主要目标|預期目標|主要目標/.test(text)) {
    concerns.push({ kind: 'no-targets-wording', reason: 'no headline-targets wording (预期目标 / 主要目标) in the text' });
  }
  const last = lastParagraph(text);
  // A report closes with an appeal to the deputies (各位代表……！) in its last lines; without either sign
  // the text was cut, or page matter follows it.
  const closingStart = text.lastIndexOf('各位代表');
  // Notes after the report (名词解释, 附件) follow its closing appeal: the appeal ends where they begin.
  const appendix = /\n\s*(?:名词解释|名詞解釋|附件|注释|註釋)/.exec(text.slice(Math.max(closingStart, 0)));
  const body = appendix && closingStart >= 0 ? closingStart + appendix.index : text.length;
  const closesWithAppeal = closingStart >= 0 && body - closingStart < body * 0.08;
  if (!closesWithAppeal && !(appendix && closingStart >= 0) && !/[！!]$/.test(last)) {
    concerns.push({
      kind: 'abrupt-end',
      reason: `no closing appeal (last line “…${[...last].slice(-20).join('')}”): the text is cut or ends in page matter`,
    });
  }
  return concerns;
};
