import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import github from '../../../src/report/formatters/github.js';
import junit from '../../../src/report/formatters/junit.js';
import sarif from '../../../src/report/formatters/sarif.js';

const diagnostics: Diagnostic[] = [
  {
    code: 'unknown-unit',
    stage: 'resolve',
    severity: 'error',
    path: ['phases', 0, 'tasks', 0, 'lead'],
    message: "Unknown unit '宣专条线'. Did you mean '宣传条线'?\nsecond line, 100%",
    span: { file: 'plans/a,b.yaml', start: { line: 12, column: 18 }, end: { line: 12, column: 22 } },
  },
  {
    code: 'unit-used',
    stage: 'check',
    severity: 'warning',
    path: ['units', 'x'],
    message: 'Unit <x> is declared but owns no task & more',
    span: { file: 'plans/a,b.yaml', start: { line: 3, column: 3 }, end: { line: 4, column: 1 } },
  },
  { code: 'date-fuzzy', stage: 'resolve', severity: 'info', path: [], message: 'fuzzy', span: { file: 'clean.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
];
const context = { cwd: '/', color: false, sources: new Map(), files: ['plans/a,b.yaml', 'clean.yaml'] };

describe('github formatter', () => {
  it('writes workflow commands with escaped properties and data', () => {
    const lines = github(diagnostics, context).trimEnd().split('\n');
    expect(lines[0]).toBe("::error file=plans/a%2Cb.yaml,line=12,endLine=12,col=18,endColumn=22,title=plan unknown-unit::Unknown unit '宣专条线'. Did you mean '宣传条线'?%0Asecond line, 100%25");
    // Multi-line spans carry no columns (GitHub ignores them there).
    expect(lines[1]).toBe('::warning file=plans/a%2Cb.yaml,line=3,endLine=4,title=plan unit-used::Unit <x> is declared but owns no task & more');
    expect(lines[2]).toMatch(/^::notice file=clean\.yaml,/);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]+::[^\n]*$/);
  });
});

describe('sarif formatter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const Ajv4 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    const check = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema); // the schema's language pattern is not valid under the u flag
    const log = JSON.parse(sarif(diagnostics, context));
    const valid = check(log);
    expect(check.errors ?? null).toBeNull();
    expect(valid).toBe(true);
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 18, endLine: 12, endColumn: 22 });
  });
});

describe('junit formatter', () => {
  it('lists a suite per file, failures for errors, a passing case for a clean file, escaped', () => {
    const out = junit(diagnostics, context);
    expect(out).toContain('<testsuite name="plans/a,b.yaml" tests="2" failures="1"');
    expect(out).toContain('<testsuite name="clean.yaml" tests="1" failures="0"');
    expect(out).toContain('Unit &lt;x&gt; is declared but owns no task &amp; more');
    expect(out).toMatch(/<failure message="Unknown unit &apos;宣专条线&apos;/);
  });
});
