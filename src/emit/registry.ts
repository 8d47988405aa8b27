import type { AnyEmitter, EmitterFlag } from './artifact.js';
import { calendarsEmitter } from './emitters/calendars.js';
import { planJsonEmitter } from './emitters/plan-json.js';
import { summaryDocxEmitter } from './emitters/summary-docx.js';
import { summaryHtmlEmitter } from './emitters/summary-html.js';
import { summaryMdEmitter } from './emitters/summary-md.js';
import { summaryMmdEmitter } from './emitters/summary-mmd.js';
import { summaryPdfEmitter } from './emitters/summary-pdf.js';
import { unitDocxEmitter } from './emitters/unit-docx.js';
import { unitHtmlEmitter } from './emitters/unit-html.js';
import { unitListsEmitter } from './emitters/unit-lists.js';
import { unitXlsxEmitter } from './emitters/unit-xlsx.js';

/**
 * Every output of `plan build` (contract §3), in the order they run: an emitter that needs
 * another's file (`needs.files`) comes after it. A new output is one line here.
 */
export const emitters: readonly AnyEmitter[] = [
  planJsonEmitter,
  calendarsEmitter,
  unitListsEmitter,
  unitHtmlEmitter,
  unitXlsxEmitter,
  unitDocxEmitter,
  summaryHtmlEmitter,
  summaryMdEmitter,
  summaryMmdEmitter,
  summaryDocxEmitter,
  summaryPdfEmitter,
];

/** The flags the emitters declare (an opt-in flag included), each once, for `plan build` to offer. */
export function emitterFlags(list: readonly AnyEmitter[] = emitters): EmitterFlag[] {
  const byFlags = new Map<string, EmitterFlag>();
  for (const emitter of list) {
    for (const flag of [...(emitter.flags ?? []), ...(emitter.optIn ? [emitter.optIn] : [])]) if (!byFlags.has(flag.flags)) byFlags.set(flag.flags, flag);
  }
  return [...byFlags.values()];
}
