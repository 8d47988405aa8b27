import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/check.js';
import type { AnyRule, RuleReport } from '../../../src/check/rule.js';
import { rules } from '../../../src/check/rules/index.js';
import { compile } from '../../../src/compile.js';
import type { Language } from '../../../src/i18n/language.js';
import { readMarkers } from '../../helpers/markers.js';

// The progress rules read a plan and its progress files: each fixture is a progress file of
// test/fixtures/progress-rules/plan.yaml (named NAME.yaml, not NAME.progress.yaml: nothing beside it is their plan), in a folder named after its rule, with `# expect:`
// markers (rule:messageId@column) and the day progress is judged on in `# as-of: DAY`.
const root = new URL('../../fixtures/progress-rules/', import.meta.url);
const planText = readFileSync(new URL('plan.yaml', root), 'utf8');
const progressRules = rules.filter((r) => r.meta.needsProgress);

interface Found {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly file: string;
}

function lint(rule: AnyRule, file: string, text: string, language: Language): Found[] {
  const reports: RuleReport<string>[] = [];
  const recording: AnyRule = { meta: rule.meta, create: (context) => rule.create({ ...context, report: (r) => (reports.push(r), context.report(r)) }) };
  const asOf = /^#\s*as-of:\s*(\S+)/m.exec(text)?.[1];
  const result = compile(
    { path: 'progress-rules/plan.yaml', text: planText },
    { rules: [{ rule: recording, severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, options: undefined }], language, progress: [{ path: file, text }], ...(asOf ? { asOf } : {}) },
  );
  expect(result.plan, 'the fixture plan compiles').toBeDefined();
  return result.diagnostics.map((d) => {
    expect(d.code, `${file}: only the rule under test speaks`).toBe(rule.meta.id);
    const report = reports.find((r) => r.span === undefined || (r.span.start.line === d.span!.start.line && r.span.start.column === d.span!.start.column));
    return { messageId: report!.messageId, line: d.span!.start.line, column: d.span!.start.column, message: d.message, file: d.span!.file };
  });
}

for (const rule of progressRules) {
  const dir = new URL(`${rule.meta.id}/`, root);
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  describe(rule.meta.id, () => {
    for (const name of names) {
      it(name, () => {
        const file = `progress-rules/${rule.meta.id}/${name}`;
        const text = readFileSync(new URL(name, dir), 'utf8');
        const expected = readMarkers(text).map((m) => `${m.code}:${m.messageId}@${m.line}:${m.column}`).sort();
        const en = lint(rule, file, text, 'en');
        const zh = lint(rule, file, text, 'zh');
        expect(en.map((f) => `${rule.meta.id}:${f.messageId}@${f.line}:${f.column}`).sort()).toEqual(expected);
        // Located in the progress file, the same places in both languages, and in each language's words.
        expect(en.every((f) => f.file === file)).toBe(true);
        expect(zh.map((f) => `${f.messageId}@${f.line}:${f.column}`)).toEqual(en.map((f) => `${f.messageId}@${f.line}:${f.column}`));
        for (const f of [...en, ...zh]) expect(f.message).not.toContain('{{');
        for (const f of zh) expect(f.message).toMatch(/[。?]$/u);
      });
    }
  });
}

describe('the progress rules', () => {
  it('are the rules that need progress, each with a clean fixture and one fixture per message', () => {
    expect(progressRules.map((r) => r.meta.id)).toEqual([
      'progress-after-as-of',
      'progress-conflict',
      'progress-done-before-start',
      'progress-percent-state',
      'progress-reopened',
      'progress-repeated',
      'progress-unit-not-owner',
    ]);
    for (const rule of progressRules) {
      const dir = new URL(`${rule.meta.id}/`, root);
      const texts = readdirSync(dir).map((n) => readFileSync(new URL(n, dir), 'utf8'));
      expect(texts.some((t) => readMarkers(t).length === 0), `${rule.meta.id} has a clean fixture`).toBe(true);
      const marked = new Set(texts.flatMap((t) => readMarkers(t).map((m) => m.messageId)));
      expect([...marked].sort(), rule.meta.id).toEqual([...rule.meta.messageIds].sort());
    }
  });

  it('say nothing without progress, like the --base rules without a base', () => {
    const plan = compile({ path: 'plan.yaml', text: planText }).plan!;
    expect(check(plan, progressRules.map((rule) => ({ rule, severity: 'warning' as const, options: undefined })), { asOf: '2018-09-30' })).toEqual([]);
  });

  it('speak plainly in both languages', () => {
    const text = readFileSync(new URL('progress-after-as-of/year-typo.yaml', root), 'utf8');
    const rule = progressRules[0]!;
    expect(lint(rule, 'x.progress.yaml', text, 'en')[0]!.message).toBe("The report on '举办论坛' is dated 2019-09-20, after the as-of day 2018-09-30, so it is not counted. Is the year mistyped?");
    expect(lint(rule, 'x.progress.yaml', text, 'zh')[0]!.message).toBe('“举办论坛”的进展报告日期为 2019-09-20,晚于统计截止日 2018-09-30,不予计入。年份是否写错?');
  });

  it('point a conflict at both reports', () => {
    const text = readFileSync(new URL('progress-conflict/two-states.yaml', root), 'utf8');
    const result = compile({ path: 'plan.yaml', text: planText }, { progress: [{ path: 'p.progress.yaml', text }], asOf: '2018-09-30', language: 'en' });
    const conflict = result.diagnostics.filter((d) => d.code === 'progress-conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: 'error', span: { file: 'p.progress.yaml', start: { line: 10 } }, related: [{ span: { file: 'p.progress.yaml', start: { line: 7 } } }] });
    expect(conflict[0]!.message).toBe("Two reports on '召开动员会议' for 2018-05-10 disagree (in progress, then done). Keep the one that is right.");
  });

  it("obey a progress file's own disable comments, and not the plan's at the same line", () => {
    const text = readFileSync(new URL('progress-done-before-start/before.yaml', root), 'utf8');
    const run = (progress: string, plan = planText) =>
      compile({ path: 'plan.yaml', text: plan }, { progress: [{ path: 'p.progress.yaml', text: progress }], asOf: '2018-09-30' }).diagnostics.map((d) => d.code);
    expect(run(text)).toContain('progress-done-before-start');
    const silenced = text.replace('entries:\n', 'entries:\n  # plan-disable-next-line progress-done-before-start\n');
    expect(run(silenced)).not.toContain('progress-done-before-start');
    // The plan's line 6 holds a directive; the progress file's line 6 is not the plan's.
    const planLines = planText.split('\n');
    planLines.splice(4, 0, '  # plan-disable-next-line');
    expect(run(text, planLines.join('\n'))).toContain('progress-done-before-start');
  });
});
