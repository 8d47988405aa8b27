import { resolve } from 'node:path';
import { UsageError } from '../diagnostics/errors.js';
import type { Artifact } from '../emit/artifact.js';
import { TemplateError } from '../emit/templates.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { say } from '../i18n/words.js';
import { beginOutput } from '../write/output-folder.js';
import type { Io } from './io.js';

/**
 * Writes a build's outputs into `folder`, and says how many. Each file is staged as soon as it
 * exists, so a large plan's outputs never sit in memory all at once; the previous output stays in
 * place until the commit swaps the new one in (the PDF too is printed before the commit: a missing
 * browser leaves the previous output as it was).
 */
export async function stageOutput(artifacts: AsyncIterable<Artifact>, folder: string, io: Io, language: Language): Promise<number> {
  const output = beginOutput(resolve(io.cwd, folder), { shown: folder });
  let count = 0;
  try {
    for await (const artifact of artifacts) {
      output.add([artifact]);
      count += 1;
    }
  } catch (error) {
    output.abort();
    // A user's template that fails is a usage problem, not a bug in plan.
    if (error instanceof TemplateError) throw new UsageError(t(language, 'cli.build.template-failed', { detail: say(language, error.words) }));
    throw error;
  }
  output.commit();
  io.stderr.write(`plan: ${t(language, 'cli.build.wrote', { count, folder })}\n`);
  return count;
}
