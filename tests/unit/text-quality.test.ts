import { readFileSync } from 'node:fs';
import path from 'node:path';
import { median, textConcerns } from '../../seed/add/text-quality';

const text = (id: string) => readFileSync(path.join(__dirname, '..', '..', 'seed', 'reports', id, 'report.txt'), 'utf8');

describe('textConcerns', () => {
  it('finds nothing in a complete report', () => {
    expect(textConcerns(text('yangquan-2024'), 15000)).toEqual([]);
  });

  it('reads a closing appeal followed by an appendix of notes as complete', () => {
    expect(textConcerns(text('huozhou-2024'), 15000)).toEqual([]);
  });

  it('flags a truncated text by its length and the missing targets paragraph', () => {
    expect(textConcerns(text('rizhao-2024'), 15355).map((c) => c.kind)).toEqual(['short', 'no-targets-wording']);
  });

  it('flags a text that ends without the closing appeal', () => {
    const cut = '各位代表：\n一、2023年工作回顾\n主要预期目标是增长5%。\n二、扎实推进项目建设。';
    expect(textConcerns(cut, 0)).toEqual([expect.objectContaining({ kind: 'abrupt-end' })]);
    expect(textConcerns(`${cut}\n各位代表！让我们奋勇前进！`, 0)).toEqual([]);
  });

  it('takes the median of the collection', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(3);
    expect(median([])).toBe(0);
  });
});
