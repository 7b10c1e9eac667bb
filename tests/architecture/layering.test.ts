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

/** The import lines of a file: each with its specifier and whether it brings types only. */
function importLinesOf(source: string): { spec: string; typeOnly: boolean }[] {
  return [...source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    spec: m[3],
    typeOnly: Boolean(m[2]),
  }));
}

const ROOMS = [
  'access',
  'orgs',
  'roles',
  'members',
  'roster',
  'invites',
  'schemes',
  'reports',
  'ledger',
  'meetings',
  'home',
  'scoring',
  'publications',
  'year',
  'committee',
  'errors',
  'exports',
  'notices',
  'calendar',
  'exchange',
];
const serverFiles = tsFiles(join(ROOT, 'server')).map((f) => relative(ROOT, f));
const isRepositoryImplementation = (file: string) => /\/cloudbase-[^/]+\.ts$/.test(file);
const domainFiles = serverFiles.filter((f) => ROOMS.includes(f.split('/')[1]) && !isRepositoryImplementation(f));
const handlerFiles = tsFiles(join(ROOT, 'cloudfunctions'))
  .map((f) => relative(ROOT, f))
  .filter((f) => f.includes('/actions/'));

describe("the backend's layers", () => {
  it('keeps server/ in rooms of about a dozen files at most', () => {
    const perFolder = new Map<string, number>();
    for (const file of serverFiles)
      perFolder.set(file.slice(0, file.lastIndexOf('/')), (perFolder.get(file.slice(0, file.lastIndexOf('/'))) ?? 0) + 1);
    const crowded = [...perFolder].filter(([, count]) => count > 13);
    expect(crowded).toEqual([]);
  });

  it.each(handlerFiles.map((f) => [f]))(
    '%s reaches stored data only through its context (no database module, no SDK, no adapter)',
    (file) => {
      const bad = importLinesOf(readFileSync(join(ROOT, file), 'utf8'))
        .map((i) => i.spec)
        .filter((spec) =>
          /(^|\/)server\/(db|adapters)\/|\/cloudbase-[^/]+$|^@cloudbase|^wx-server-sdk|^exceljs|(^|\/)server\/repositories$/.test(spec),
        );
      expect(bad).toEqual([]);
    },
  );

  it.each(domainFiles.map((f) => [f]))('%s (a room) imports no runtime, SDK or adapter, and the database layer for types only', (file) => {
    const bad = importLinesOf(readFileSync(join(ROOT, file), 'utf8')).filter(
      ({ spec, typeOnly }) =>
        /(^|\/)runtime\/|^@cloudbase|^wx-server-sdk|^exceljs|(^|\/)adapters\//.test(spec) ||
        (/(^|\/)db\//.test(spec) && !typeOnly) ||
        (/\/cloudbase-[^/]+$/.test(spec) && !typeOnly),
    );
    expect(bad).toEqual([]);
  });

  it('wires adapters and repository implementations in one place each', () => {
    const importers = (pattern: RegExp) =>
      [...serverFiles, ...handlerFiles].filter((file) =>
        importLinesOf(readFileSync(join(ROOT, file), 'utf8')).some((i) => !i.typeOnly && pattern.test(i.spec)),
      );
    const adapterUsers = importers(/(^|\/)adapters\//).filter((f) => !f.startsWith('server/adapters/'));
    expect(adapterUsers).toEqual(['server/runtime/services.ts']);
    const implementationUsers = importers(/\/cloudbase-[^/]+-repository$/);
    expect(implementationUsers).toEqual(['server/repositories.ts']);
  });
});
