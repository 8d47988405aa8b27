import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/sort.js';

/**
 * Errors that stop `plan build` and `plan ics`. An open `todo` (the `unsettled` rule) is an error
 * for lint and CI, but the outputs are still written, marked 【待核实】: an office can send out
 * calendars for a freshly imported plan while the open points are being settled.
 */
export function blocksOutput(diagnostics: readonly Diagnostic[]): boolean {
  return hasErrors(diagnostics.filter((d) => d.code !== 'unsettled'));
}
