import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spliceRulesTable } from '../../src/check/rules-table.js';
import { rules } from '../../src/check/rules/index.js';

describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it('has the rule table generated from the rules (run `npm run docs` after changing a rule)', () => {
    expect(readme).toBe(spliceRulesTable(readme));
    for (const rule of rules) expect(readme).toContain(`\`${rule.meta.id}\``);
  });
  it('gives an install command and the test command', () => {
    expect(readme).toContain('npm ci && npx plan build plans/xietang-2018.yaml');
    expect(readme).toContain('npm test');
  });
  it('states the Node version package.json requires', () => {
    const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
    const minimum = /^>=(\d+\.\d+)/.exec(engines)?.[1];
    expect(minimum).toBeDefined();
    const stated = [...readme.matchAll(/Node(?:\.js)? (\d+(?:\.\d+)?) or newer/g)].map((m) => m[1]);
    expect(stated.length).toBeGreaterThan(0);
    for (const version of stated) expect(version).toBe(minimum);
  });
});
