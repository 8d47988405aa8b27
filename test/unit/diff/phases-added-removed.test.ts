import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { diffPlans } from '../../../src/diff/diff.js';
import { renderDiff, type DiffFormat } from '../../../src/diff/render.js';
import type { Language } from '../../../src/i18n/language.js';

// Revision 2 drops phase `survey` and adds phase `review`; `mobilize` stays. A diff that lists
// the dropped phase as added (or the other way round) tells an office to start work that was
// cut, so each of them must land under its own heading in every format and language.
const revision = (n: number, phase: string) => `plan: { id: phases, title: 阶段增删, year: 2018, revision: ${n} }
units: { dangzheng: 党政条线 }
phases:
  - { id: mobilize, title: 动员部署, when: 5月, tasks: [{ id: t1, title: 召开动员会, lead: dangzheng }] }
${phase}
`;
const survey = '  - { id: survey, title: 调查摸底, when: 6月, tasks: [{ id: t2, title: 走访调研, lead: dangzheng }] }';
const review = '  - { id: review, title: 总结提升, when: 7月, tasks: [{ id: t3, title: 撰写总结, lead: dangzheng }] }';

function planOf(text: string) {
  const { plan, diagnostics } = compile({ path: 'phases.yaml', text });
  if (!plan) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return plan;
}

const diff = diffPlans(planOf(revision(1, survey)), planOf(revision(2, review)));
const names = new Map([['dangzheng', '党政条线']]);

/** The text under each heading of a text or Markdown report (a section ends at a blank line or the next heading). */
function sectionsOf(output: string, format: Exclude<DiffFormat, 'json'>): Map<string, string> {
  const found = new Map<string, string>();
  let heading: string | undefined;
  for (const line of output.split('\n')) {
    const isHeading = format === 'md' ? line.startsWith('### ') : line !== '' && !line.startsWith(' ');
    if (isHeading) {
      heading = format === 'md' ? line.slice(4) : line;
      found.set(heading, '');
    } else if (heading !== undefined && line !== '') {
      found.set(heading, `${found.get(heading)}${line}\n`);
    }
  }
  return found;
}

describe('plan diff: a removed phase is removed, an added phase is added', () => {
  it('in the diff itself', () => {
    expect(diff.phases.added).toEqual([{ id: 'review', title: '总结提升' }]);
    expect(diff.phases.removed).toEqual([{ id: 'survey', title: '调查摸底' }]);
  });

  it('in the JSON report', () => {
    const json = JSON.parse(renderDiff(diff, 'json', 'en', names)) as typeof diff;
    expect(json.phases.added.map((p) => p.id)).toEqual(['review']);
    expect(json.phases.removed.map((p) => p.id)).toEqual(['survey']);
  });

  const headings: Record<Language, { added: string; removed: string }> = {
    en: { added: 'Phases added', removed: 'Phases removed' },
    zh: { added: '新增阶段', removed: '删除阶段' },
  };
  for (const format of ['text', 'md'] as const) {
    for (const language of ['en', 'zh'] as const) {
      it(`in the ${format} report (${language})`, () => {
        const sections = sectionsOf(renderDiff(diff, format, language, names), format);
        const added = sections.get(headings[language].added) ?? '';
        const removed = sections.get(headings[language].removed) ?? '';
        expect(added).toContain('review');
        expect(added).not.toContain('survey');
        expect(removed).toContain('survey');
        expect(removed).not.toContain('review');
      });
    }
  }
});
