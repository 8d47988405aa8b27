import type { Formatter } from '../formatter.js';

// Workflow-command escaping: data escapes % CR LF; property values also escape : and ,.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations: `::error file=…,line=…,col=…::message`, one per diagnostic. */
const github: Formatter = (diagnostics) =>
  diagnostics
    .map((d) => {
      const props = [`file=${property(d.span?.file ?? '')}`];
      if (d.span) {
        props.push(`line=${d.span.start.line}`, `endLine=${d.span.end.line}`);
        // GitHub accepts columns only for an annotation on a single line.
        if (d.span.start.line === d.span.end.line) props.push(`col=${d.span.start.column}`, `endColumn=${d.span.end.column}`);
      }
      props.push(`title=${property(`plan ${d.code}`)}`);
      return `::${command[d.severity]} ${props.join(',')}::${data(d.message)}\n`;
    })
    .join('');

export default github;
