import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../i18n/language.js';
import { t, type MessageKey } from '../../i18n/messages.js';
import { positionAt } from '../source-file.js';

/** The typing slips `plan lint` names on their own (see src/diagnostics/codes.ts). */
export type SlipCode =
  | 'yaml-fullwidth-colon'
  | 'yaml-fullwidth-space'
  | 'yaml-tab-indent'
  | 'yaml-fullwidth-dash'
  | 'yaml-missing-colon'
  | 'yaml-missing-space'
  | 'yaml-unclosed-quote'
  | 'yaml-broken-value'
  | 'yaml-folded-value'
  | 'yaml-chinese-key';

/** Replace `length` characters at `offset` with `text`. */
export interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One slip found in the text, before it becomes a diagnostic. */
export interface Slip {
  readonly code: SlipCode;
  /** UTF-16 offset of the offending character. */
  readonly offset: number;
  readonly length: number;
  readonly message: MessageKey;
  readonly data: Readonly<Record<string, string>>;
  /** Only for the mechanical, meaning-keeping repairs `plan lint --fix` may make. */
  readonly fix?: Edit;
}

/** A folded value still parses into what the user meant, with a stray space: only a warning. */
export function severityOf(code: SlipCode): Severity {
  return code === 'yaml-folded-value' ? 'warning' : 'error';
}

export function slipDiagnostic(file: string, text: string, slip: Slip, language: Language): Diagnostic {
  const source = { text };
  const start = positionAt(source, slip.offset);
  const end = positionAt(source, slip.offset + Math.max(1, slip.length));
  return {
    code: slip.code,
    stage: 'load',
    severity: severityOf(slip.code),
    message: t(language, slip.message, slip.data),
    path: [],
    span: { file, start, end },
  };
}
