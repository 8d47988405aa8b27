import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { RawPlan } from './raw-plan.js';

// Windows refuses these as file names whatever the extension (units/con.md cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Unit ids name output files; one that Windows reserves would break the build there. */
export function checkFileNames(plan: RawPlan, language: Language): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const id of Object.keys(plan.units)) {
    if (!RESERVED.test(id)) continue;
    found.push({
      code: 'id-reserved',
      stage: 'validate',
      severity: 'error',
      path: ['units', id],
      atKey: true,
      message: t(language, 'id-reserved', { id }),
    });
  }
  return found;
}
