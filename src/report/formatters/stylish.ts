import { Chalk } from 'chalk';
import { countBySeverity } from '../../diagnostics/sort.js';
import { codeFrame } from '../code-frame.js';
import type { Formatter } from '../formatter.js';

/** Human output: `file:line:column  severity  message  code`, a code frame, a summary line. */
const stylish: Formatter = (diagnostics, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue } as const;
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = d.span ? `${d.span.file}:${d.span.start.line}:${d.span.start.column}` : '';
    out.push(`${chalk.underline(where)}  ${paint[d.severity](d.severity)}  ${d.message}  ${chalk.dim(d.code)}`);
    const text = d.span ? context.sources.get(d.span.file) : undefined;
    if (d.span && text !== undefined) out.push(codeFrame(text, d.span, paint[d.severity]));
    for (const r of d.related ?? []) {
      if (r.span) out.push(chalk.dim(`  ${r.message}: ${r.span.file}:${r.span.start.line}:${r.span.start.column}`));
    }
    out.push('');
  }
  const { errors, warnings, infos } = countBySeverity(diagnostics);
  if (diagnostics.length > 0) {
    const total = errors + warnings + infos;
    const summary =
      context.language === 'zh'
        ? `✖ 共 ${total} 个问题(${errors} 个错误,${warnings} 个警告${infos ? `,${infos} 条提示` : ''})`
        : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`;
    out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
    return `${out.join('\n')}\n`;
  }
  return '';
};

export default stylish;
