import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readMarkers, readOptions } from './markers.js';
import type { InvalidCase, RuleCases, ValidCase } from './rule-tester.js';

const root = new URL('../fixtures/rules/', import.meta.url);

/**
 * The marked fixture files of one rule, `test/fixtures/rules/<rule-id>/*.yaml`, as tester cases:
 * a file with `# expect:` markers is an invalid case (each marker must name the rule and a
 * message id), a file without is a valid one; `# options: {…}` gives the rule's options.
 */
export function ruleFixtures(ruleId: string): RuleCases {
  const dir = new URL(`${ruleId}/`, root);
  const valid: ValidCase[] = [];
  const invalid: InvalidCase[] = [];
  if (!existsSync(dir)) return { valid, invalid };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const code = readFileSync(new URL(name, dir), 'utf8');
    const options = readOptions(code);
    const base = { code, filename: `${ruleId}/${name}`, ...(options !== undefined ? { options } : {}) };
    const markers = readMarkers(code);
    if (markers.length === 0) {
      valid.push(base);
      continue;
    }
    const errors = markers.map((m) => {
      if (m.code !== ruleId || !m.messageId) throw new Error(`${ruleId}/${name}:${m.line}: a rule fixture's marker is '${ruleId}:messageId[@column]'`);
      return { messageId: m.messageId, line: m.line, ...(m.column !== undefined ? { column: m.column } : {}) };
    });
    invalid.push({ ...base, errors });
  }
  return { valid, invalid };
}
