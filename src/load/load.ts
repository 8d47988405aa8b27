import type { Diagnostic, StageResult } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { fastParse } from './fast-parse.js';
import { findSlips, maySlip, slipDiagnostic } from './slips/index.js';
import { createSourceFile, parseYaml, positionAt, type SourceFile } from './source-file.js';

/** Safety limits for untrusted input; each can be raised by the caller. */
export interface LoadLimits {
  /** Largest accepted file, in bytes of text. */
  readonly maxBytes: number;
  /** Most alias dereferences while building the data (defuses "billion laughs"). */
  readonly maxAliasCount: number;
}

export const defaultLoadLimits: LoadLimits = { maxBytes: 20 * 1024 * 1024, maxAliasCount: 1000 };

export interface Loaded {
  readonly source: SourceFile;
  readonly data: unknown;
}

/** Parses YAML text, keeping every node's position; YAML problems become diagnostics. */
export function load(input: { path: string; text: string }, limits: LoadLimits = defaultLoadLimits, language: Language = 'en'): StageResult<Loaded> {
  // A BOM is legal at the start of a UTF-8 file; drop it so columns on line 1 stay right.
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const early = checkText(input.path, text, limits, language);
  if (early) return { diagnostics: [early] };

  // Typing slips (a full-width colon, a tab in the indent…) are named precisely, in place of the
  // parser's generic complaint: a file with one stops here; a folded value only warns. The scan
  // runs when a quick look finds a suspect character, or when the YAML does not parse.
  const slipsIn = (): Diagnostic[] => findSlips(text).map((slip) => slipDiagnostic(input.path, text, slip, language));
  const suspect = maySlip(text);
  const slips = suspect ? slipsIn() : [];
  if (slips.some((d) => d.severity === 'error')) return { diagnostics: slips };

  // Fast path: a plain plan parsed without positions; its document is built only if a diagnostic needs locating.
  const fast = fastParse(text);
  if (fast) return { value: { source: createSourceFile(input.path, text), data: fast.data }, diagnostics: slips };
  const slow = loadSlow(input.path, text, limits, language);
  if (!slow.value && !suspect) {
    const found = slipsIn();
    if (found.some((d) => d.severity === 'error')) return { diagnostics: found };
  }
  return slips.length > 0 ? { ...slow, diagnostics: [...slips, ...slow.diagnostics] } : slow;
}

/** The positioned parse: reports YAML errors and warnings, and enforces the alias budget. */
export function loadSlow(path: string, text: string, limits: LoadLimits = defaultLoadLimits, language: Language = 'en'): StageResult<Loaded> {
  const parsed = parseYaml(text);
  const { document } = parsed;
  const source = createSourceFile(path, text, parsed);
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    diagnostics.push(yamlDiagnostic(source, error.code, error.message, error.pos, 'error', language));
  }
  for (const warning of document.warnings) {
    diagnostics.push(yamlDiagnostic(source, warning.code, warning.message, warning.pos, 'warning', language));
  }
  if (document.errors.length > 0) return { diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError when the alias budget runs out; anything else is a bug.
    if (!(error instanceof ReferenceError)) throw error;
    diagnostics.push({
      code: 'yaml-limit',
      stage: 'load',
      severity: 'error',
      message: t(language, 'yaml-limit.aliases', { max: limits.maxAliasCount }),
      path: [],
      span: { file: path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    });
    return { diagnostics };
  }
  return { value: { source, data }, diagnostics };
}

function checkText(path: string, text: string, limits: LoadLimits, language: Language): Diagnostic | undefined {
  const at1 = { file: path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (text.length > limits.maxBytes) {
    return {
      code: 'yaml-limit',
      stage: 'load',
      severity: 'error',
      message: t(language, 'yaml-limit.bytes', { max: limits.maxBytes }),
      path: [],
      span: at1,
    };
  }
  const nul = text.indexOf('\0');
  const bad = text.indexOf('\uFFFD');
  const at = nul >= 0 ? nul : bad;
  if (at >= 0) {
    const { line, column } = positionAt({ text }, at);
    return {
      code: 'encoding-invalid',
      stage: 'load',
      severity: 'error',
      message: t(language, nul >= 0 ? 'encoding-invalid.nul' : 'encoding-invalid.utf8'),
      path: [],
      span: { file: path, start: { line, column }, end: { line, column: column + 1 } },
    };
  }
  return undefined;
}

function yamlDiagnostic(
  source: SourceFile,
  code: string,
  message: string,
  pos: [number, number],
  severity: 'error' | 'warning',
  language: Language,
): Diagnostic {
  const start = positionAt(source, pos[0]);
  const end = positionAt(source, Math.max(pos[1], pos[0] + 1));
  const ours = code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : severity === 'error' ? 'yaml-syntax' : 'yaml-warning';
  // yaml's messages end with a source excerpt after a colon and newline; keep the sentence only.
  const sentence = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // yaml's own sentence stays as the detail (its wording is the parser's); ours frames it.
  return { code: ours, stage: 'load', severity, message: t(language, ours, { detail: sentence }), path: [], span: { file: source.path, start, end } };
}
