import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPORT = path.resolve(__dirname, '..', '..', 'seed', 'reports', 'huozhou-2024', 'report.txt');

describe('the source report', () => {
  const bytes = readFileSync(REPORT);

  it('is byte-identical to the published text (SHA-256)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('a34b4c704f6e3efb4117872fabd630697293fbd4530d108099dbc91fcd69f103');
  });

  it('has only BMP characters, so UTF-16 indexes are code-point offsets', () => {
    const text = bytes.toString('utf8');
    expect([...text].length).toBe(text.length);
    expect(text.length).toBe(20189);
  });
});
