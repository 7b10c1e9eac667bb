import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(|require\s*\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('the pure core (shared/) stays pure', () => {
  const files = tsFiles(join(ROOT, 'shared'));

  it('has the modules the design card names', () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        'shared/engine/score-branch.ts',
        'shared/scheme/schema/scheme.schema.ts',
        'shared/period/period.ts',
        'shared/points.ts',
      ]),
    );
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports no I/O, SDK, wx or outer layer', (_, file) => {
    const forbidden =
      /^(node:|fs$|path$|http|https$|child_process|@cloudbase|wx-server-sdk|exceljs|mingo|bson)|(^|\/)(server|cloudfunctions|emulator|tools|tests|miniprogram)(\/|$)/;
    const bad = importsOf(readFileSync(file, 'utf8')).filter((spec) => forbidden.test(spec));
    expect(bad).toEqual([]);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s reads no clock and no randomness (the clock is a parameter)', (_, file) => {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)|dayjs\(\)|Math\.random\(|performance\.now\(|\bwx\./);
  });
});

describe('the backend does not depend on its test and development scaffolding', () => {
  const files = [...tsFiles(join(ROOT, 'server')), ...tsFiles(join(ROOT, 'cloudfunctions'))].filter(
    (f) => !f.endsWith('local-functions.ts'),
  );

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports neither the emulator, tools, tests nor the mini-program', (_, file) => {
    const bad = importsOf(readFileSync(file, 'utf8')).filter((spec) => /(^|\/)(emulator|tools|tests|miniprogram)(\/|$)/.test(spec));
    expect(bad).toEqual([]);
  });

  it.each(files.filter((f) => f.includes('/actions/')).map((f) => [relative(ROOT, f), f]))(
    '%s reads the time only from ctx.now',
    (_, file) => {
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)/);
    },
  );
});
