import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scheme } from '../../shared/scheme';
import { parseWith } from '../../shared/validation';
import { renderSchemeFormatMarkdown } from '../../tools/scheme-format-docs';
import { workedExampleScheme } from '../../tools/scheme-format-example';

const page = renderSchemeFormatMarkdown();

describe('docs/scheme-format.md', () => {
  it('is generated from the scheme schema (run npm run docs:scheme-format after changing shared/scheme/schema)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'scheme-format.md'), 'utf8')).toBe(page);
  });

  it('documents every field of every part: Chinese, English, type, required, unit, default, example', () => {
    const rows = page.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) {
      const [, field, text, type, required, , , example] = row.split(/(?<!\\)\|/).map((c) => c.trim());
      expect({ field, ok: /[\u4e00-\u9fff]/.test(text) && /<br>\*[A-Za-z]/.test(text) }).toEqual({ field, ok: true });
      expect({
        field,
        type: type.length > 0,
        required: ['是', '否', '任选一种写法'].includes(required),
        example: example.length > 0,
      }).toEqual({
        field,
        type: true,
        required: true,
        example: true,
      });
    }
    for (const field of [
      '`startFromLastYear.percent`',
      '`share`',
      '`reviewScale`',
      '`kind` | 按承诺事项评定',
      '`windows`',
      '`yearResultDue`',
    ])
      expect(page).toContain(field.split(' | ')[0]);
  });

  it('says a unit and a default where the field has them', () => {
    expect(page).toContain(
      '| `windowDays` | 公示天数；细则未规定天数时为 7 天<br>*Days the publication stays open; 7 when the document does not say* | 整数 1–60 | 否 | 天 | `7` | `5` |',
    );
    expect(page).toMatch(/\| `start` \| .* \| \[分值\]\(#points\) \| 否 \| 分 \| `0` \| `40` \|/);
  });

  it('links every part it names to its section', () => {
    const anchors = new Set([...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...page.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(50);
    for (const link of links) expect(anchors).toContain(link);
  });

  it('ends its worked example with a whole scheme that the schema accepts', () => {
    const parsed = parseWith(Scheme, workedExampleScheme());
    expect(parsed.ok).toBe(true);
    const last = page.slice(page.indexOf('### 完整的方案'));
    const start = last.indexOf('```json') + '```json'.length;
    const json = last.slice(start, last.indexOf('\n```', start));
    expect(JSON.parse(json)).toEqual(workedExampleScheme());
  });
});
