import { describe, expect, it } from 'vitest';
import { unitHtmlEmitter } from '../../../../src/emit/emitters/unit-html.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT, SCRIPT_TITLE, hostilePlan } from './fixtures.js';

const plan = samplePlan();
const artifacts = unitHtmlEmitter.emit({ plan, generatedAt: GENERATED_AT });
const file = (id: string): string => artifacts.find((a) => a.path === `units/${id}.html`)?.contents ?? '';
const section = (html: string, heading: string): string => {
  const start = html.indexOf(`<h2>${heading}`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('units/<id>.html', () => {
  it('writes one printable A4 page per unit', () => {
    expect(artifacts.map((a) => `${a.path} ${a.mediaType}`)).toEqual(plan.units.map((u) => `units/${u.id}.html text/html`));
    const html = file('xuanchuan');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<h1>宣传条线任务清单</h1>');
    expect(html).toContain('@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it('lists what the unit leads apart from what it supports, each by due date', () => {
    const html = file('xuanchuan');
    const leads = section(html, '牵头任务');
    const supports = section(html, '配合任务');
    expect(leads).toContain('<h2>牵头任务 (3)</h2>');
    // The due dates as printed (5月31日; all in the plan's year), in order.
    const dues = [...leads.matchAll(/<td class="done-by">(\d+)月(\d+)日<\/td>/g)].map((m) => Number(m[1]) * 100 + Number(m[2]));
    expect(dues).toHaveLength(3);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    for (const title of ['召开街道党工委会议', '认真组织好中央和省重要庆祝活动']) {
      expect(leads).toContain(title);
      expect(supports).not.toContain(title);
    }
  });

  it('escapes hostile text', () => {
    const html = unitHtmlEmitter.emit({ plan: hostilePlan(), generatedAt: GENERATED_AT }).find((a) => a.path === 'units/dangzheng.html')?.contents ?? '';
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; | pipe &lt;%= it %&gt;</td>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(SCRIPT_TITLE);
  });
});
