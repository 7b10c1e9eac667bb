/** Writes docs/schemes/<preset>.md from the preset data (npm run docs:schemes). A test fails when they drift. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPresets } from '../shared/scheme';
import { renderSchemeMarkdown } from '../shared/scheme/render-scheme-markdown';

const dir = join(__dirname, '..', 'docs', 'schemes');
mkdirSync(dir, { recursive: true });
for (const scheme of allPresets()) {
  writeFileSync(join(dir, `${scheme.id}.md`), renderSchemeMarkdown(scheme));
  console.log(`docs/schemes/${scheme.id}.md`);
}
