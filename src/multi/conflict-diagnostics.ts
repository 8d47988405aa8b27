import type { StageCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { locate } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import type { UnitConflict } from './match-units.js';

/**
 * The conflicts of a unit matching as errors, each where the later plan declares the unit (its
 * file, line and column), naming the other plan's file and unit. `sources[i]` is the parsed file
 * of the i-th plan; codes start with `multi-` (they arise only when plans are built together).
 */
export function conflictDiagnostics(conflicts: readonly UnitConflict[], sources: readonly SourceFile[], language: Language): { planIndex: number; diagnostic: Diagnostic }[] {
  return conflicts.map((conflict) => {
    const { at } = conflict;
    const source = sources[at.planIndex]!;
    const other = conflict.others[0]!;
    const otherFile = other.plan.file;
    const related = conflict.others.map((o) => {
      const path = o.unit ? o.unit.path : ['plan', 'id'];
      const message = o.unit ? t(language, 'multi.related-unit', { name: o.unit.name, file: o.plan.file }) : t(language, 'multi.related-plan', { file: o.plan.file });
      return { message, path, span: locate(sources[o.planIndex]!, path) };
    });
    const quote = (text: string): string => t(language, 'quote', { text });
    let code: StageCode;
    let message: string;
    if (conflict.kind === 'plan-id') {
      code = 'multi-plan-id-duplicate';
      message = t(language, 'multi.plan-id-duplicate', { id: at.plan.id, otherFile });
    } else if (conflict.kind === 'id-conflict') {
      code = 'multi-unit-id-conflict';
      message = t(language, 'multi.unit-id-conflict', { id: at.unit!.id, name: at.unit!.name, otherName: other.unit!.name, otherFile });
    } else if (other.planIndex === at.planIndex) {
      code = 'multi-unit-ambiguous';
      message = t(language, 'multi.unit-chain', { name: at.unit!.name, other: other.unit!.name });
    } else {
      code = 'multi-unit-ambiguous';
      const others = conflict.others.map((o) => quote(o.unit!.name)).join(t(language, 'list.separator'));
      message = t(language, 'multi.unit-ambiguous', { name: at.unit!.name, others, otherFile });
    }
    const path = at.unit ? at.unit.path : ['plan', 'id'];
    // Pointed at the unit's key (its id), which is what names its files.
    const diagnostic: Diagnostic = { code, stage: 'resolve', severity: 'error', message, path, atKey: true, span: locate(source, path, { atKey: true }), related };
    return { planIndex: at.planIndex, diagnostic };
  });
}
