/** Writes docs/scheme-format.md from the scheme's zod schema (npm run docs:scheme-format). A test fails when they drift. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemeFormatMarkdown } from './scheme-format-docs';

writeFileSync(join(__dirname, '..', 'docs', 'scheme-format.md'), renderSchemeFormatMarkdown());
console.log('docs/scheme-format.md');
