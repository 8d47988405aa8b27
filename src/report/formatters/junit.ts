import type { Formatter } from '../formatter.js';

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: one suite per file, one failing case per error or warning, a passing case for a clean file. */
const junit: Formatter = (diagnostics, context) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="plan lint">'];
  for (const file of context.files) {
    const mine = diagnostics.filter((d) => d.span?.file === file && d.severity !== 'info');
    out.push(`  <testsuite name="${xml(file)}" tests="${Math.max(1, mine.length)}" failures="${mine.filter((d) => d.severity === 'error').length}" errors="0" skipped="0">`);
    if (mine.length === 0) out.push(`    <testcase name="${xml(file)}" classname="plan.lint"/>`);
    for (const d of mine) {
      const where = `${file}:${d.span?.start.line ?? 1}:${d.span?.start.column ?? 1}`;
      out.push(`    <testcase name="${xml(`${d.code} ${where}`)}" classname="plan.${xml(d.code)}">`);
      const tag = d.severity === 'error' ? 'failure' : 'system-out';
      out.push(tag === 'failure' ? `      <failure message="${xml(d.message)}" type="${xml(d.code)}">${xml(`${where} ${d.message}`)}</failure>` : `      <system-out>${xml(`warning: ${where} ${d.message}`)}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

export default junit;
