/** Writes docs/api.md from the contracts (npm run docs:api). A test fails when they drift. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApiMarkdown } from './api-docs';

writeFileSync(join(__dirname, '..', 'docs', 'api.md'), renderApiMarkdown());
console.log('docs/api.md');
