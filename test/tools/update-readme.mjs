// Regenerates the README's rule table from the rules' meta: `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { spliceRulesTable } from '../../dist/check/rules-table.js';

const file = new URL('../../README.md', import.meta.url);
writeFileSync(file, spliceRulesTable(readFileSync(file, 'utf8')));
