import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allocateEntryColumns, compileScheme, scoreBulk } from '../../shared/engine';
import { aMember, preset } from '../support/scoring-mothers';

const ENGINE = join(__dirname, '..', '..', 'shared', 'engine');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the engine’s layout', () => {
  it('writes every Chinese sentence of the trace in trace-wording.ts', () => {
    // check-entry.ts answers recorders and members about an entry's fields: replies, not the trace;
    // input-wording.ts words the problems of a scenario (field problems, in Chinese since issue 8).
    const elsewhere = new Set(['trace-wording.ts', 'input-wording.ts', 'input/check-entry.ts']);
    const withChinese = tsFiles(ENGINE)
      .map((file) => relative(ENGINE, file).split('\\').join('/'))
      .filter((name) => !elsewhere.has(name))
      .filter((name) => /[\u4e00-\u9fff]/.test(withoutComments(readFileSync(join(ENGINE, name), 'utf8'))));
    expect(withChinese).toEqual([]);
  });

  it('keeps ScoreTable’s old single-letter names, equal to the real ones', () => {
    const t = scoreBulk({
      compiled: compileScheme(preset('001-xishui-town')),
      year: 2026,
      asOf: '2026-06-15',
      from: '2026-02-01',
      members: [aMember(), aMember()],
      entries: allocateEntryColumns(0),
    });
    expect([t.M, t.P, t.I, t.S, t.C, t.first, t.counted]).toEqual([
      t.memberCount,
      t.periodCount,
      t.itemCount,
      t.slotCount,
      t.categoryCount,
      t.firstPeriod,
      t.endPeriod,
    ]);
    expect([t.memberCount, t.periodCount, t.firstPeriod, t.endPeriod]).toEqual([2, 12, 1, 6]);
  });
});
