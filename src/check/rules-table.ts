import { stageCodes, type StageCode } from '../diagnostics/codes.js';
import { ruleDescription, stageCodeDescription } from './rule-words.js';
import { rules } from './rules/index.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The README's rule table, generated from each rule's meta so the two cannot drift apart. */
export function rulesMarkdown(): string {
  const lines = ['| rule | category | default | what it checks |', '| --- | --- | --- | --- |'];
  for (const rule of rules) {
    const m = rule.meta;
    lines.push(`| \`${m.id}\` | ${m.category} | ${m.defaultSeverity} | ${cell(ruleDescription('en', m))} ${cell(ruleDescription('zh', m))} |`);
  }
  lines.push('', 'Diagnostics of the pipeline itself (not configurable unless their default is a warning):', '');
  lines.push('| code | default | meaning |', '| --- | --- | --- |');
  for (const [code, info] of Object.entries(stageCodes)) lines.push(`| \`${code}\` | ${info.severity} | ${cell(stageCodeDescription('en', code as StageCode))} |`);
  return `${lines.join('\n')}\n`;
}

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** Replaces the generated section of a README text. */
export function spliceRulesTable(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error('README has no <!-- rules:start --> … <!-- rules:end --> section');
  return `${readme.slice(0, from + START.length)}\n${rulesMarkdown()}${readme.slice(to)}`;
}
