import { describe, expect, it } from 'vitest';
import { summaryHtmlEmitter } from '../../../../src/emit/emitters/summary-html.js';
import { summaryMdEmitter } from '../../../../src/emit/emitters/summary-md.js';
import { unitListsEmitter } from '../../../../src/emit/emitters/unit-lists.js';
import type { Emitter } from '../../../../src/emit/artifact.js';
import { FORMULA_TITLE, GENERATED_AT, HEADING_TITLE, SCRIPT_TITLE, hostilePlan } from './fixtures.js';
import { parseCsv } from './rfc4180.js';
import { textOf } from '../../../helpers/text-of.js';

const plan = hostilePlan();
const emit = (emitter: Emitter, path: string): string => {
  const artifact = emitter.emit({ plan, generatedAt: GENERATED_AT }).find((a) => a.path === path);
  if (!artifact) throw new Error(`no ${path}`);
  return textOf(artifact);
};

describe('hostile user text comes out inert', () => {
  it('in HTML: tags, quotes and eta syntax are escaped', () => {
    const html = emit(summaryHtmlEmitter, 'summary.html');
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; | pipe &lt;%= it %&gt;</td>');
    expect(html).toContain('<td>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td>');
    expect(html).toContain('<td>宣传|条线</td>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<%');
    // In the print stylesheet's running header the title is a CSS string that cannot end the <style>.
    const titled = textOf(summaryHtmlEmitter.emit({ plan: hostilePlan({ title: SCRIPT_TITLE }), generatedAt: GENERATED_AT })[0]);
    expect(titled).toContain('@top-center { content: "\\3c script\\3e alert(1)\\3c /script\\3e  | pipe \\3c %= it %\\3e ";');
    expect(titled.match(/<\/style>/g)).toHaveLength(1);
    // The Gantt label and its <title> are escaped too.
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; | pipe &lt;%= it %&gt;</title>');
  });

  it('in Markdown: pipes cannot split cells, tags and headings stay text', () => {
    const md = emit(summaryMdEmitter, 'summary.md');
    expect(md).toContain('| \\<script\\>alert(1)\\</script\\> \\| pipe \\<%= it %\\> | 党政条线 | 宣传\\|条线 |');
    expect(md).toContain('| \\=HYPERLINK("http\\://x","y") |');
    expect(md).toContain('| \\# not a heading |');
    // Every `<` of user text is backslash-escaped: no raw tag for a renderer to run.
    expect(md).not.toMatch(/(?<!\\)<\/?script/i);
    expect(md).not.toMatch(/^# not a heading/m);
    const unit = emit(unitListsEmitter, 'units/dangzheng.md');
    expect(unit).toContain('| \\<script\\>alert(1)\\</script\\> \\| pipe \\<%= it %\\> |');
    expect(unit).toContain('| 宣传\\|条线 |');
  });

  it('in CSV: formula starts are neutralised, quoting survives a round trip', () => {
    const csv = emit(unitListsEmitter, 'units/dangzheng.csv');
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(csv).toContain(",'+1 -1 @SUM(A1),");
    expect(csv).toContain(",'\tindented,");
    expect(csv).toContain(`,${SCRIPT_TITLE},`);
    const rows = parseCsv(csv.slice(1));
    const titles = rows.map((r) => r[3]);
    expect(titles).toContain(SCRIPT_TITLE);
    expect(titles).toContain(`'${FORMULA_TITLE}`);
    expect(titles).toContain(HEADING_TITLE);
    expect(titles).toContain("'\tindented");
    // The wording column repeats the title after the label, so it is not at the cell start.
    const formulaRow = rows.find((r) => r[2] === 'formula');
    expect(formulaRow?.[9]).toBe(`时限：${FORMULA_TITLE} 前`);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([10]));
  });
});
