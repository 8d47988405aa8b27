import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/compile.js';
import type { Language } from '../../src/i18n/language.js';
import { progressReport, type ProgressReport } from '../../src/progress/report-model.js';
import { paths } from '../../src/paths.js';

/**
 * The 斜塘 2018 plan with the progress of test/fixtures/progress-report, as the 督办 report sees it
 * on `asOf` (a day looking back: the rules are not told it, as `plan report` tells them only today).
 */
export function xietangReport(asOf = '2018-11-28', language: Language = 'zh'): ProgressReport {
  const planPath = join(paths.packageRoot, 'plans/xietang-2018.yaml');
  const progressPath = join(paths.packageRoot, 'test/fixtures/progress-report/xietang-2018-reports.yaml');
  const compiled = compile({ path: planPath, text: readFileSync(planPath, 'utf8') }, { language, progress: [{ path: progressPath, text: readFileSync(progressPath, 'utf8') }] });
  if (!compiled.plan || !compiled.progress) throw new Error(`the 斜塘 plan or its progress does not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('; '));
  return progressReport([{ plan: compiled.plan, log: compiled.progress }], { asOf });
}
