import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check/check.js';
import deadlineMovedEarlier from '../../../src/check/rules/deadline-moved-earlier.js';
import { rules } from '../../../src/check/rules/index.js';
import taskIdRenamed from '../../../src/check/rules/task-id-renamed.js';
import { compile } from '../../../src/compile.js';
import { readMarkers } from '../../helpers/markers.js';
import { compiled, fixtureText } from '../diff/helpers.js';

// The `--base` checks are rules like any other: listed, configurable, silent without a base.
const baseRules = [{ rule: taskIdRenamed, severity: 'warning' as const, options: undefined }, { rule: deadlineMovedEarlier, severity: 'warning' as const, options: undefined }];

// Each pair NAME.old.yaml / NAME.new.yaml marks, in the new file, what `lint --base` must say.
const pairs = readdirSync(new URL('../../fixtures/revisions/base/', import.meta.url))
  .filter((f) => f.endsWith('.new.yaml'))
  .map((f) => f.slice(0, -'.new.yaml'.length));

describe('the --base rules through compile(): every marked diagnostic, and nothing else', () => {
  for (const name of pairs) {
    it(name, () => {
      const base = compiled(`base/${name}.old.yaml`).plan;
      const result = compile({ path: `base/${name}.new.yaml`, text: fixtureText(`base/${name}.new.yaml`) }, { base });
      const text = fixtureText(`base/${name}.new.yaml`);
      const expected = readMarkers(text);
      // A pair says what it expects: marked lines, or in so many words that nothing is said.
      expect(expected.length > 0 || text.startsWith('# expect nothing')).toBe(true);
      expect(result.diagnostics.map((d) => `${d.code}:${d.span!.start.line}:${d.span!.start.column}`).sort()).toEqual(
        expected.map((e) => `${e.code}:${e.line}:${e.column}`).sort(),
      );
      const severity = new Map(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));
      for (const d of result.diagnostics) expect(d).toMatchObject({ severity: severity.get(d.code), stage: 'check' });
    });
  }
});

describe('every --base rule', () => {
  it('has a fixture pair that marks it', () => {
    const marked = new Set(pairs.flatMap((name) => readMarkers(fixtureText(`base/${name}.new.yaml`)).map((m) => m.code)));
    expect(rules.filter((r) => r.meta.needsBase && !marked.has(r.meta.id)).map((r) => r.meta.id)).toEqual([]);
  });
});

describe('the --base rules on the Xietang revisions', () => {
  const r1 = compiled('xietang-2018-r1.yaml');
  const r2 = compiled('xietang-2018-r2.yaml');
  const r2Input = { path: 'xietang-2018-r2.yaml', text: fixtureText('xietang-2018-r2.yaml') };

  it('are listed with every other rule, as warnings', () => {
    expect(rules).toContain(taskIdRenamed);
    expect(rules).toContain(deadlineMovedEarlier);
    expect([taskIdRenamed.meta.defaultSeverity, deadlineMovedEarlier.meta.defaultSeverity]).toEqual(['warning', 'warning']);
  });

  it('flag the renamed id and the two deadlines moved earlier, at their lines in the new file', () => {
    const found = compile(r2Input, { base: r1.plan, language: 'en' }).diagnostics.filter((d) => d.code === 'task-id-renamed' || d.code === 'deadline-moved-earlier');
    expect(found.map((d) => `${d.code}:${d.path.join('.')}`)).toEqual([
      'deadline-moved-earlier:phases.0.tasks.0.due',
      'task-id-renamed:phases.0.tasks.3.id',
      'deadline-moved-earlier:phases.2.tasks.1.due',
    ]);
    const lines = r2.source.text.split('\n');
    expect(lines[found[1]!.span!.start.line - 1]).toContain('solicit-problems');
    expect(lines[found[0]!.span!.start.line - 1]).toContain('5月18日前');
    expect(found[1]!.suggestions).toEqual(['collect-problems']);
    expect(found[1]!.message).toBe(
      "Task id 'collect-problems' was renamed to 'solicit-problems': renaming a task id orphans the calendar events subscribers already have; keep the old id.",
    );
    expect(found[0]!.message).toMatch(/^The deadline of '.+' moved 13 day\(s\) earlier \(2018-05-31 → 2018-05-18\); tell .+ before merging\.$/);
  });

  it('say nothing without a base, or against an unchanged revision', () => {
    expect(check(r2.plan, baseRules, {})).toEqual([]);
    expect(check(r2.plan, baseRules, { base: r2.plan })).toEqual([]);
  });

  it('speak Chinese when asked, with the same codes and places', () => {
    const en = check(r2.plan, baseRules, { base: r1.plan }, 'en');
    const zh = check(r2.plan, baseRules, { base: r1.plan }, 'zh');
    expect(zh.map((d) => `${d.code}:${d.path.join('.')}`)).toEqual(en.map((d) => `${d.code}:${d.path.join('.')}`));
    const moved = zh.find((d) => d.code === 'deadline-moved-earlier')!;
    expect(moved.message).toContain('提前了 13 天');
    expect(moved.message).toMatch(/合并前请通知.+。$/);
    expect(zh.find((d) => d.code === 'task-id-renamed')!.message).toContain('任务编号“collect-problems”被改成了“solicit-problems”');
  });

  it('follow the lint config and the plan’s disable comments like every rule', () => {
    const config = { baseDir: '.', rules: { 'task-id-renamed': 'error' as const, 'deadline-moved-earlier': 'off' as const } };
    const found = compile(r2Input, { base: r1.plan, config }).diagnostics;
    expect(found.filter((d) => d.code === 'deadline-moved-earlier')).toEqual([]);
    expect(found.find((d) => d.code === 'task-id-renamed')!.severity).toBe('error');

    const renamedLine = found.find((d) => d.code === 'task-id-renamed')!.span!.start.line;
    const lines = r2Input.text.split('\n');
    lines.splice(renamedLine - 1, 0, '      # plan-disable-next-line task-id-renamed');
    const silenced = compile({ ...r2Input, text: lines.join('\n') }, { base: r1.plan }).diagnostics;
    expect(silenced.map((d) => d.code)).not.toContain('task-id-renamed');
    expect(silenced.map((d) => d.code)).toContain('deadline-moved-earlier');
  });
});
