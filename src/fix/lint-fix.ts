import { resolve } from 'node:path';
import type { CompileResult } from '../compile.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { writeFileAtomic } from '../write/file.js';
import { fixKinds, fixPlan, type FixResult } from './fix-plan.js';

interface Input {
  readonly path: string;
  readonly text: string;
}

interface Fixed {
  /** The inputs to lint: each fixed file's new text, or the old one where nothing was written. */
  readonly inputs: readonly Input[];
  /** What was changed in each file, one line a kind of change, in the language of its messages. */
  readonly report: (languageOf: (index: number) => Language) => string;
}

/**
 * `plan lint --fix`: repairs each file (see fixPlan), writes the changed ones atomically, and
 * keeps what it did for the report. A file that would still not parse is left byte for byte.
 */
export function fixInputs(inputs: readonly Input[], cwd: string, language: Language): Fixed {
  if (inputs.some((input) => input.path === '<stdin>')) throw new UsageError(t(language, 'slips.fix.stdin'));
  const results: FixResult[] = inputs.map((input) => fixPlan(input.text));
  results.forEach((result, i) => {
    const input = inputs[i]!;
    if (result.ok && result.text !== input.text) writeFileAtomic(resolve(cwd, input.path), result.text, { shown: input.path });
  });
  return {
    inputs: inputs.map((input, i) => {
      const result = results[i]!;
      return result.ok ? { path: input.path, text: result.text } : input;
    }),
    report: (languageOf) =>
      results
        .flatMap((result, i) => reportLines(inputs[i]!.path, result, languageOf(i)))
        .map((line) => `${line}\n`)
        .join(''),
  };
}

function reportLines(file: string, result: FixResult, language: Language): string[] {
  if (!result.ok) return [t(language, 'slips.fix.unparseable', { file })];
  const lines = fixKinds.filter((kind) => result.counts[kind] > 0).map((kind) => t(language, `slips.fix.${kind}`, { file, count: result.counts[kind] }));
  if (result.formatted) lines.push(t(language, 'slips.fix.formatted', { file }));
  if (result.layoutHeld) lines.push(t(language, 'slips.fix.layout-held', { file }));
  return lines;
}

