import type { AnyEmitter } from '../emit/artifact.js';
import { UsageError } from '../diagnostics/errors.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';

/**
 * `plan build --outputs summary-docx,unit-xlsx`: the outputs to write, by emitter id, checked
 * against the registry before any work. An output that prints another's file (the PDF prints
 * summary.html) brings that one along, so a choice never fails half-way through a build.
 */
export function outputsFromFlag(value: string, registry: readonly AnyEmitter[], language: Language): string[] {
  const asked = value
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  const known = registry.map((emitter) => emitter.id);
  const unknown = asked.filter((id) => !known.includes(id));
  if (asked.length === 0 || unknown.length > 0) {
    throw new UsageError(t(language, 'cli.flag.outputs', { value: t(language, 'quote', { text: unknown.join(', ') || value }), known: known.join(', ') }));
  }
  const chosen = new Set(asked);
  for (const emitter of registry) {
    if (!chosen.has(emitter.id)) continue;
    for (const file of emitter.needs?.files ?? []) {
      const maker = registry.find((other) => other.files.includes(file));
      if (maker) chosen.add(maker.id);
    }
  }
  // Registry order: an output that needs another's file runs after it.
  return known.filter((id) => chosen.has(id));
}
