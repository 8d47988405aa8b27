import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile, type CompiledPlan } from '../../../src/compile.js';
import { paths } from '../../../src/paths.js';
import { standingsAsOf } from '../../../src/progress/standing.js';

// The second plan of the issue-20 worked example, and its hand-written progress of 2018.
const planPath = join(paths.packageRoot, 'plans', '2018-jiedao-wenming-shequ.yaml');
const progressPath = join(paths.packageRoot, 'plans', '2018-jiedao-wenming-shequ.progress.yaml');
const corpus = readFileSync(join(paths.packageRoot, 'test', 'fixtures', 'corpus', '2018-jiedao-wenming-shequ.txt'), 'utf8');
const planText = readFileSync(planPath, 'utf8');

function compiled(): CompiledPlan {
  const result = compile({ path: planPath, text: planText }, { progress: [{ path: progressPath, text: readFileSync(progressPath, 'utf8') }] });
  expect(result.diagnostics).toEqual([]);
  if (!result.plan) throw new Error('the plan did not resolve');
  return result;
}

describe('plans/2018-jiedao-wenming-shequ', () => {
  it('keeps every task text, and the prose, as the source copy has it', () => {
    const doc = parse(planText) as { phases: { tasks: { detail: string }[] }[]; 'x-document': { sections: { paragraphs: string[] }[] } };
    const texts = [...doc.phases.flatMap((p) => p.tasks.map((t) => t.detail)), ...doc['x-document'].sections.flatMap((s) => s.paragraphs)];
    for (const text of texts) expect(corpus).toContain(text);
  });

  it('lints clean with its progress file, and the progress stands as written on the two report days', () => {
    const { plan, progress } = compiled();
    expect(progress?.entries).toHaveLength(9);
    const count = (asOf: string) => {
      const byStanding: Record<string, string[]> = {};
      for (const s of standingsAsOf(plan, progress, asOf)) (byStanding[s.standing] ??= []).push(s.task.id);
      return byStanding;
    };
    expect(count('2018-09-30')).toEqual({
      done: ['dongtian-service-centre'],
      'on-track': ['science-into-communities'],
      behind: ['chenguang-greening-and-facilities'],
      paused: ['huayu-science-outreach'],
    });
    expect(count('2018-12-31')).toEqual({
      done: ['chenguang-greening-and-facilities', 'dongtian-service-centre'],
      'on-track': ['science-into-communities'],
      paused: ['huayu-science-outreach'],
    });
  });
});
