import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseDiagnostics, locateIn } from '../../../src/diff/base.js';
import { readMarkers } from '../../helpers/markers.js';
import { compiled, fixtureText } from './helpers.js';

// Each pair NAME.old.yaml / NAME.new.yaml marks, in the new file, what `lint --base` must say.
const pairs = readdirSync(new URL('../../fixtures/revisions/base/', import.meta.url))
  .filter((f) => f.endsWith('.new.yaml'))
  .map((f) => f.slice(0, -'.new.yaml'.length));

describe('plan lint --base: every marked diagnostic, and nothing else', () => {
  for (const name of pairs) {
    it(name, () => {
      const before = compiled(`base/${name}.old.yaml`);
      const after = compiled(`base/${name}.new.yaml`);
      const found = locateIn(after.source, baseDiagnostics(before.plan, after.plan));
      const expected = readMarkers(fixtureText(`base/${name}.new.yaml`));
      expect(expected.length).toBeGreaterThan(0);
      expect(found.map((d) => `${d.code}:${d.span!.start.line}:${d.span!.start.column}`).sort()).toEqual(
        expected.map((e) => `${e.code}:${e.line}:${e.column}`).sort(),
      );
      for (const d of found) expect(d.severity).toBe('warning');
    });
  }
});

describe('baseDiagnostics on the Xietang revisions', () => {
  const r1 = compiled('xietang-2018-r1.yaml');
  const r2 = compiled('xietang-2018-r2.yaml');

  it('flags the renamed id and the two deadlines moved earlier, at their lines in the new file', () => {
    const found = locateIn(r2.source, baseDiagnostics(r1.plan, r2.plan));
    expect(found.map((d) => `${d.code}:${d.path.join('.')}`)).toEqual([
      'task-id-renamed:phases.0.tasks.3.id',
      'deadline-moved-earlier:phases.0.tasks.0.due',
      'deadline-moved-earlier:phases.2.tasks.1.due',
    ]);
    const lines = r2.source.text.split('\n');
    expect(lines[found[0]!.span!.start.line - 1]).toContain('solicit-problems');
    expect(lines[found[1]!.span!.start.line - 1]).toContain('5月18日前');
  });

  it('says nothing when the new revision only adds time', () => {
    expect(baseDiagnostics(r2.plan, r2.plan)).toEqual([]);
  });

  it('speaks Chinese when asked, with the same codes', () => {
    const zh = baseDiagnostics(r1.plan, r2.plan, 'zh');
    expect(zh.map((d) => d.code)).toEqual(baseDiagnostics(r1.plan, r2.plan, 'en').map((d) => d.code));
    expect(zh[1]!.message).toContain('提前了 13 天');
  });
});
