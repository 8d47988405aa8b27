import { describe, expect, it } from 'vitest';
import { createSummaryHtmlEmitter, summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import type { ResolvedPlan, Task } from '../../../../src/model/plan.js';
import { samplePlan } from '../../../helpers/sample-plan.js';
import { GENERATED_AT } from './fixtures.js';

function render(plan: ResolvedPlan, emitter = summaryHtmlEmitter): string {
  const artifacts = emitter.emit({ plan, generatedAt: GENERATED_AT });
  expect(artifacts.map((a) => [a.path, a.mediaType])).toEqual([['summary.html', 'text/html']]);
  return artifacts[0]?.contents ?? '';
}

const allTasks = (plan: ResolvedPlan): Task[] => [...plan.phases.flatMap((p) => p.tasks), ...plan.measures];

describe('summary.html', () => {
  const plan = samplePlan();
  const html = render(plan);

  it('is an A4 print layout with repeating table headers, page breaks and a CJK font stack', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('section.phase { break-before: page;');
    expect(html).toContain('"Source Han Serif SC", "Noto Serif CJK SC", "SimSun", "Songti SC", serif');
  });

  it('prints the title on every page but the first, and page numbers at the foot', () => {
    expect(html).toContain('@top-center { content: "示例街道解放思想大讨论活动实施方案";');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";');
  });

  it('gives every table fixed column widths, so long text wraps instead of widening the page', () => {
    expect(html.match(/<table>/g)?.length).toBe(html.match(/<table>\n<colgroup>/g)?.length);
    expect(html).toContain('table-layout: fixed;');
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it('has the title block', () => {
    expect(html).toContain('<p class="issuer">示例街道党工委</p>\n<hr class="rule">\n<h1>示例街道解放思想大讨论活动实施方案</h1>');
    expect(html).toContain('<dd>示例街道党工委</dd>');
    // The period names its years: the rest of the summary leaves the plan's year out.
    expect(html).toContain('<dd>2018年5月至年底（2018年5月1日至2018年12月31日）</dd>');
    expect(html).toContain('<dt>修订版次</dt><dd>1</dd>');
    expect(html).toContain('<dt>印发日期</dt><dd>2018年5月2日</dd>');
    // No "generated on" line: it printed the issue date or the plan's start under another name.
    expect(html).not.toContain('生成日期');
  });

  it('draws the Gantt timeline as inline SVG with one bar per phase and per task', () => {
    const svg = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect(svg.match(/class="phase-bar"/g)).toHaveLength(plan.phases.length);
    expect(svg.match(/class="task-bar/g)).toHaveLength(plan.phases.reduce((n, p) => n + p.tasks.length, 0));
    for (const month of ['5月', '8月', '12月']) expect(svg).toContain(`>${month}</text>`);
    // Two dated occurrences of the celebrations task are marked on its row.
    expect(svg.match(/class="mark"/g)).toHaveLength(2);
  });

  it('lists every task title, unit name and the original wording', () => {
    for (const task of allTasks(plan)) expect(html).toContain(task.title);
    for (const unit of plan.units) expect(html).toContain(unit.name);
    expect(html).toContain('<td>党政条线、宣传条线</td>');
    expect(html).toContain('时限：5月20日前');
    expect(html).toContain('时间：在8月~10月期间；次数：3');
    expect(html).toContain('<span class="note">共 3 次</span>');
  });

  it('shows dates as readable text only, without the grey ISO dates beside them', () => {
    expect(html).toContain('<td>5月20日</td>');
    expect(html).toMatch(/<td>8月1日至10月31日(<\/td>|<span class="note">)/);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(html).not.toContain('class="iso"');
  });

  it('lists dated events in date order with time and approximate marker', () => {
    const events = html.slice(html.indexOf('<section class="events">'), html.indexOf('<section class="measures">'));
    const national = events.indexOf('收听收看庆祝改革开放40周年大会');
    const provincial = events.indexOf('省委、省政府召开庆祝改革开放40周年座谈会');
    expect(national).toBeGreaterThan(0);
    expect(provincial).toBeGreaterThan(national);
    expect(events).toContain('<td>09:00–12:00</td>');
    expect(events).toContain('12月20日 <span class="approx">(前后)</span>');
    expect(events).toContain('<td>12月20日前后</td>');
  });

  it('counts tasks led / supported per unit and phase', () => {
    const matrix = html.slice(html.indexOf('<section class="matrix">'), html.indexOf('<section class="events">'));
    expect(matrix).toContain(
      '<tr><td>宣传条线</td><td class="num">1 / 1</td><td class="num">2 / 0</td><td class="num">1 / 0</td><td class="num">4 / 1</td></tr>',
    );
  });

  it('lists the ongoing measures', () => {
    const measures = html.slice(html.indexOf('<section class="measures">'));
    expect(measures).toContain('<td>营造浓厚氛围</td>');
    expect(measures).toContain('<span class="note">长期坚持</span>');
  });

  it('bounds the timeline and says how many tasks it leaves out', () => {
    const html3 = render(plan, createSummaryHtmlEmitter({ ganttMaxRows: 3 }));
    const svg = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html3)?.[0] ?? '';
    expect(svg.match(/class="phase-bar"/g)).toHaveLength(2);
    // One row per phase per round: mobilize gets 2, study 1.
    expect(svg.match(/class="task-bar/g)).toHaveLength(3);
    expect(html3).toContain('<p class="omitted">另有 2 项任务未在图中列出，详见下文任务表。</p>');
    // The tables still list every task.
    for (const task of allTasks(plan)) expect(html3).toContain(task.title);
  });

  it('renders identical bytes twice', () => {
    expect(render(samplePlan())).toBe(html);
  });
});
