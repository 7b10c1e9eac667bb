import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
  '//allowScripts'?: string[];
};

describe('dependency install scripts (npm 11 allowScripts)', () => {
  it('leaves no installed package with an install script undecided, so a fresh install prints no warning', () => {
    const listed = execFileSync('npm', ['install-scripts', 'ls'], { cwd: root, encoding: 'utf8' });
    expect(listed.trim()).toBe('No packages with unreviewed install scripts.');
  });

  it('says why for every decision', () => {
    const reasons = manifest['//allowScripts'] ?? [];
    for (const name of Object.keys(manifest.allowScripts ?? {})) {
      expect(reasons.some((line) => line.startsWith(`${name}:`) || line.startsWith(`${name} (`))).toBe(true);
    }
  });
});
