import { Chalk } from 'chalk';
import { countBySeverity } from '../../diagnostics/sort.js';
import { t } from '../../i18n/messages.js';
import { codeFrame } from '../code-frame.js';
import type { Formatter } from '../formatter.js';

/**
 * Human output: `file:line:column  severity  message  code`, a code frame, a summary line. The
 * severity and the summary are in the messages' language; the location and the code never change,
 * so a reader (or a search) finds the same code in either language.
 */
const stylish: Formatter = (diagnostics, context) => {
  const language = context.language ?? 'en';
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue } as const;
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = d.span ? `${d.span.file}:${d.span.start.line}:${d.span.start.column}` : '';
    out.push(`${chalk.underline(where)}  ${paint[d.severity](t(language, `cli.report.severity.${d.severity}`))}  ${d.message}  ${chalk.dim(d.code)}`);
    const text = d.span ? context.sources.get(d.span.file) : undefined;
    if (d.span && text !== undefined) out.push(codeFrame(text, d.span, paint[d.severity]));
    for (const r of d.related ?? []) {
      if (r.span) out.push(chalk.dim(t(language, 'cli.report.related', { message: r.message, where: `${r.span.file}:${r.span.start.line}:${r.span.start.column}` })));
    }
    out.push('');
  }
  if (diagnostics.length === 0) return '';
  const { errors, warnings, infos } = countBySeverity(diagnostics);
  const total = errors + warnings + infos;
  // English counts need a plural; Chinese gives the same words for both keys.
  const counted = (key: 'problems' | 'errors' | 'warnings', count: number) => t(language, `cli.report.${key}.${count === 1 ? 'one' : 'other'}`, { count });
  const summary = t(language, 'cli.report.summary', {
    problems: counted('problems', total),
    errors: counted('errors', errors),
    warnings: counted('warnings', warnings),
    infos: infos ? t(language, 'cli.report.infos', { count: infos }) : '',
  });
  out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  return `${out.join('\n')}\n`;
};

export default stylish;
