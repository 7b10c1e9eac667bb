import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFunction, EXTERNAL, TIMER_FUNCTION_NAMES } from '../../tools/build-functions';
import { FUNCTION_NAMES } from '../../shared/contracts/define-contract';
import { useBackend } from '../support/backend';

const ROOT = join(__dirname, '..', '..');

describe('npm run build: one self-contained bundle per function', () => {
  // The bundles reach the database through the environment the backend sets (TCB_CONTEXT_CNFG and keys).
  useBackend();
  let outRoot: string;
  beforeAll(async () => {
    // Inside the repository, so the bundle resolves only the SDKs it declares from node_modules.
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    outRoot = mkdtempSync(join(ROOT, '.data', 'build-test-'));
  }, 60_000);

  it.each([...FUNCTION_NAMES])(
    'bundles %s with shared code inlined; the bundle answers like the source',
    async (name) => {
      const dir = join(outRoot, name);
      await buildFunction(name, dir);
      const source = readFileSync(join(dir, 'index.js'), 'utf8');
      expect(source).not.toMatch(/require\(["'](\.\.?\/|zod|dayjs|exceljs)/);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect(Object.keys(pkg.dependencies)).toEqual(EXTERNAL);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the built bundle as SCF does, by path at run time
      const bundle = require(join(dir, 'index.js')) as { main: (event: unknown, context: unknown) => Promise<unknown> };
      const context = { environment: JSON.stringify({ WX_OPENID: 'o-build', WX_CONTEXT_KEYS: 'WX_OPENID' }) };
      expect(await bundle.main({ action: 'noSuchAction' }, context)).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    },
    60_000,
  );

  it.each([...TIMER_FUNCTION_NAMES])(
    'bundles %s with its timer trigger beside it; the bundle refuses any caller but its timer',
    async (name) => {
      const dir = join(outRoot, name);
      await buildFunction(name, dir);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the built bundle as SCF does, by path at run time
      const bundle = require(join(dir, 'index.js')) as { main: (event: unknown, context: unknown) => Promise<unknown> };
      const client = { environment: JSON.stringify({ WX_OPENID: 'o-build', WX_CONTEXT_KEYS: 'WX_OPENID' }) };
      const timerEvent = { Type: 'Timer', TriggerName: 'daily', Time: '2026-04-01T18:30:00Z', Message: '' };
      expect(await bundle.main(timerEvent, client)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const timer = { environment: JSON.stringify({ TRIGGER_SRC: 'timer', TCB_CONTEXT_KEYS: 'TRIGGER_SRC' }) };
      expect(await bundle.main({ action: 'noSuchAction' }, timer)).toMatchObject({ ok: false, code: 'VALIDATION' });
      const config = JSON.parse(readFileSync(join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8'));
      expect(config.triggers).toHaveLength(1);
    },
    60_000,
  );

  it('the bundled org function reaches the database through its own SDK', async () => {
    const dir = join(outRoot, 'org-db');
    await buildFunction('org', dir);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the built bundle as SCF does, by path at run time
    const bundle = require(join(dir, 'index.js')) as { main: (event: unknown, context: unknown) => Promise<unknown> };
    const context = { environment: JSON.stringify({ WX_OPENID: 'o-build', WX_CONTEXT_KEYS: 'WX_OPENID' }) };
    expect(await bundle.main({ action: 'myProfile', data: {} }, context)).toEqual({ ok: true, data: { roles: [], members: [] } });
  }, 60_000);

  it('lists every function in cloudbaserc.json and denies clients every collection', () => {
    const rc = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8'));
    expect(rc.functions.map((f: { name: string }) => f.name).sort()).toEqual([...FUNCTION_NAMES, ...TIMER_FUNCTION_NAMES].sort());
    for (const f of rc.functions) expect(f).toMatchObject({ handler: 'index.main', installDependency: true });
    const indexes = JSON.parse(readFileSync(join(ROOT, 'database', 'indexes.json'), 'utf8'));
    const rules = JSON.parse(readFileSync(join(ROOT, 'database', 'security-rules.json'), 'utf8'));
    for (const collection of Object.keys(indexes).filter((k) => k !== '$comment')) {
      expect(rules[collection]).toEqual({ read: false, write: false });
    }
  });
});
