import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RawPlan } from './raw-plan.js';

// Windows refuses these as file names whatever the extension (units/con.md cannot be created).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Unit ids name output files; one that Windows reserves would break the build there. */
export function checkFileNames(plan: RawPlan): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const id of Object.keys(plan.units)) {
    if (!RESERVED.test(id)) continue;
    found.push({
      code: 'id-reserved',
      stage: 'validate',
      severity: 'error',
      path: ['units', id],
      atKey: true,
      message: `The unit id '${id}' is a reserved device name on Windows, so its files (units/${id}.md, calendars/${id}.ics) cannot be created there: choose another id.`,
    });
  }
  return found;
}
