import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pointerToPath } from '../../../src/validate/schema-errors.js';
import { validate } from '../../../src/validate/validate.js';

const valid = `
plan: { id: demo, title: 示例, year: 2018 }
units: { dangzheng: 党政条线 }
phases:
  - id: p1
    title: 阶段一
    when: 5月
    tasks:
      - { id: t1, title: 任务, lead: 党政条线 }
`;

function codes(yaml: string) {
  return validate(parse(yaml)).diagnostics.map((d) => [d.code, d.path.join('.')]);
}

describe('validate', () => {
  it('accepts a valid plan', () => {
    expect(validate(parse(valid)).diagnostics).toEqual([]);
  });
  it('reports an unknown key at the key, with a did-you-mean', () => {
    const result = validate(parse(valid.replace('title: 任务', 'titel: 任务')));
    const d = result.diagnostics.find((x) => x.code === 'schema-unknown-key')!;
    expect(d.path).toEqual(['phases', 0, 'tasks', 0, 'titel']);
    expect(d.atKey).toBe(true);
    expect(d.suggestions).toEqual(['title']);
  });
  it('accepts x- keys anywhere', () => {
    expect(codes(valid.replace('when: 5月', 'when: 5月\n    x-owner-note: 备注'))).toEqual([]);
  });
  it('reports every problem, not only the first', () => {
    const broken = valid.replace('id: t1', 'id: "a/b"').replace('year: 2018', 'year: 2018, revision: -1').replace(', lead: 党政条线', '');
    expect(codes(broken)).toEqual(
      expect.arrayContaining([
        ['schema-format', 'phases.0.tasks.0.id'],
        ['schema-range', 'plan.revision'],
        ['schema-required', 'phases.0.tasks.0'],
      ]),
    );
  });
  it('gives one clear type error for a value of the wrong type in an alternative', () => {
    const result = codes(valid.replace('lead: 党政条线', 'lead: 42'));
    expect(result).toEqual([['schema-type', 'phases.0.tasks.0.lead']]);
  });
});

describe('pointerToPath', () => {
  it('decodes RFC 6901 escapes and indices', () => {
    expect(pointerToPath('/units/a~1b/aliases/0')).toEqual(['units', 'a/b', 'aliases', 0]);
    expect(pointerToPath('')).toEqual([]);
  });
});
