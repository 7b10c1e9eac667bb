/**
 * @jest-environment node
 */
// The build and its measurements run in Node (esbuild refuses jsdom), like npm run build and npm run size.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentClosure, miniprogramPackage, usedComponentPaths } from '../../../tools/miniprogram/npm-components';
import { pruneIconGlyphs } from '../../../tools/miniprogram/icon-glyphs';
import { MINIPROGRAM } from '../support/render';

const ROOT = join(MINIPROGRAM, '..');
const tdesign = miniprogramPackage(join(ROOT, 'node_modules'), 'tdesign-miniprogram');
const app = JSON.parse(readFileSync(join(MINIPROGRAM, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
};
const allPages = [...app.pages, ...app.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))];

describe('npm run build: tdesign as 构建 npm brings it, only what the pages use', () => {
  it('takes a component with everything it reaches: its own components, common code, templates, styles and tslib', () => {
    const files = componentClosure(tdesign, ['button/button']);
    expect(files).toEqual(
      expect.arrayContaining([
        'button/button.js',
        'button/button.wxml',
        'loading/loading.json',
        'icon/icon.wxss',
        'common/src/index.js',
        'common/utils.wxs',
        'common/template/icon.wxml',
        'miniprogram_npm/tslib/index.js',
      ]),
    );
    expect(files.some((f) => f.startsWith('calendar/'))).toBe(false);
  });

  it('put every tdesign component the pages use into miniprogram/miniprogram_npm, and no other', () => {
    const used = usedComponentPaths(MINIPROGRAM).filter((p) => p.startsWith('tdesign-miniprogram/'));
    expect(used.length).toBeGreaterThan(0);
    for (const path of used) expect(existsSync(join(MINIPROGRAM, 'miniprogram_npm', `${path}.json`))).toBe(true);
    expect(existsSync(join(MINIPROGRAM, 'miniprogram_npm', 'tdesign-miniprogram', 'calendar'))).toBe(false);
  });

  it('keeps of the icon font only the glyphs a shipped component or a page names (2,352 rules, 112 KB, before)', () => {
    const full = readFileSync(join(tdesign.distDir, 'icon', 'icon.wxss'), 'utf8');
    const pruned = pruneIconGlyphs(full, ["name: 'chevron-right'", '<t-icon name="close" />']);
    expect(pruned).toContain('@font-face');
    expect(pruned).toContain('.t-icon{');
    expect(pruned.match(/:before\{/g)).toHaveLength(2);
    const shipped = readFileSync(join(MINIPROGRAM, 'miniprogram_npm', 'tdesign-miniprogram', 'icon', 'icon.wxss'), 'utf8');
    for (const used of ['check-circle-filled', 'check', 'close', 'chevron-right', 'close-circle-filled'])
      expect(shipped).toContain(`.t-icon-${used}:before{`);
    expect(shipped).not.toContain('.t-icon-ability-open:before');
    expect(shipped).toContain('@font-face');
    expect(Buffer.byteLength(shipped)).toBeLessThan(12 * 1024);
  });

  it('bundles the shared contracts self-contained: the same actions as the repo’s shared/contracts', async () => {
    const bundle = readFileSync(join(MINIPROGRAM, 'shared', 'index.js'), 'utf8');
    expect(bundle).not.toMatch(/require\(["']/);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the mini-program loads it
    const built = require(join(MINIPROGRAM, 'shared', 'index.js')) as { CONTRACTS: Record<string, Record<string, { fn: string }>> };
    const { CONTRACTS } = await import('../../../shared/contracts');
    const actions = (contracts: Record<string, Record<string, unknown>>) =>
      Object.entries(contracts).flatMap(([fn, byAction]) => Object.keys(byAction).map((action) => `${fn}.${action}`));
    expect(actions(built.CONTRACTS)).toEqual(actions(CONTRACTS));
  });
});

describe('the pages WeChat DevTools opens', () => {
  it.each(allPages)('%s has its four files and resolvable components', (page) => {
    for (const ext of ['ts', 'json', 'wxml', 'wxss']) expect(existsSync(join(MINIPROGRAM, `${page}.${ext}`))).toBe(true);
    const json = JSON.parse(readFileSync(join(MINIPROGRAM, `${page}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
    for (const path of Object.values(json.usingComponents ?? {})) {
      const file = path.startsWith('/') ? join(MINIPROGRAM, `${path}.json`) : join(MINIPROGRAM, 'miniprogram_npm', `${path}.json`);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('project.config.json points DevTools at miniprogram/ with TypeScript compiled', () => {
    const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as {
      miniprogramRoot: string;
      setting: { useCompilerPlugins: string[] };
    };
    expect(project.miniprogramRoot).toBe('miniprogram/');
    expect(project.setting.useCompilerPlugins).toContain('typescript');
  });
});

describe('npm run size', () => {
  it('counts each file in the package whose root holds it, leaves declarations out, and stays under the limits', async () => {
    const { packageSizes, kb, PACKAGE_LIMIT_KB } = await import('../../../tools/miniprogram/package-size');
    const sizes = packageSizes(MINIPROGRAM);
    expect(sizes.map((s) => s.name)).toEqual(['main', ...app.subPackages.map((sub) => sub.root)]);
    const dev = sizes.find((s) => s.name === 'dev')!;
    const devSource = ['identity.ts', 'identity.json', 'identity.wxml', 'identity.wxss'].reduce(
      (sum, name) => sum + readFileSync(join(MINIPROGRAM, 'dev', 'identity', name)).length,
      0,
    );
    expect(dev.bytes).toBeGreaterThan(devSource / 2);
    expect(dev.bytes).toBeLessThanOrEqual(devSource);
    for (const size of sizes) expect(kb(size.bytes)).toBeLessThanOrEqual(PACKAGE_LIMIT_KB);
  });
});
