import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSummaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { createSummaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import { createUnitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import { TemplateError, loadTemplates } from '../../../../src/emit/templates.js';
import { GENERATED_AT, hostilePlan } from './fixtures.js';

function userTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('templates', () => {
  const plan = hostilePlan();

  it('uses a user templates folder, with format-specific default escaping', () => {
    const dir = userTemplates({
      'summary.html.eta': '<ul><% for (const p of it.phases) { for (const t of p.tasks) { %><li><%= t.task.title %></li><% } } %></ul>\n',
      'summary.md.eta': '<% for (const p of it.phases) { for (const t of p.tasks) { -%>\n- <%= t.task.title %>\n<% } } -%>\n',
    });
    const html = createSummaryHtmlEmitter({ templatesDir: dir }).emit({ plan, generatedAt: GENERATED_AT })[0]?.contents;
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt; | pipe &lt;%= it %&gt;</li>');
    const md = createSummaryMdEmitter({ templatesDir: dir }).emit({ plan, generatedAt: GENERATED_AT })[0]?.contents;
    expect(md).toContain('- \\<script\\>alert(1)\\</script\\> \\| pipe \\<%= it %\\>\n');
  });

  it('falls back to the package template for one the user folder does not have', () => {
    const dir = userTemplates({ 'summary.html.eta': 'custom\n' });
    const artifacts = createUnitListsEmitter({ templatesDir: dir }).emit({ plan, generatedAt: GENERATED_AT });
    expect(artifacts[0]?.contents.startsWith('# 党政条线任务清单\n')).toBe(true);
  });

  it('reports a template that does not compile as a TemplateError naming the file', () => {
    const dir = userTemplates({ 'summary.md.eta': '<% if ( %>\n' });
    const store = loadTemplates(dir);
    expect(() => store.render('summary.md', {})).toThrow(TemplateError);
    expect(() => store.render('summary.md', {})).toThrow(/summary\.md\.eta/);
  });

  it('reports a template that fails while rendering as a TemplateError', () => {
    const store = loadTemplates(userTemplates({ 'summary.md.eta': '<%= it.no.such %>\n' }));
    expect(() => store.render('summary.md', {})).toThrow(/template summary\.md\.eta failed/);
  });

  it('compiles each folder once', () => {
    expect(loadTemplates()).toBe(loadTemplates());
  });
});
