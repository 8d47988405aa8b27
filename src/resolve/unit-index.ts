import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import type { Unit } from '../model/plan.js';
import type { RawUnit } from '../validate/raw-plan.js';

/** Every name a unit answers to (id, name, aliases) → the unit; built once per plan. */
export interface UnitIndex {
  readonly units: readonly Unit[];
  readonly byKey: ReadonlyMap<string, Unit>;
}

/** Builds the units and their lookup; a name or alias claimed by two units is an error. */
export function indexUnits(raw: Readonly<Record<string, RawUnit>>, language: Language = 'en'): { index: UnitIndex; diagnostics: Diagnostic[] } {
  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  const diagnostics: Diagnostic[] = [];
  for (const [id, value] of Object.entries(raw)) {
    const path = ['units', id];
    const unit: Unit =
      typeof value === 'string'
        ? { id, name: value.trim(), aliases: [], collective: false, path }
        : { id, name: value.name.trim(), aliases: (value.aliases ?? []).map((a) => a.trim()), collective: value.collective ?? false, path };
    units.push(unit);
  }
  // Ids first so that an id always wins over another unit's name or alias.
  for (const unit of units) byKey.set(unit.id, unit);
  for (const unit of units) {
    const claims: [string, (string | number)[]][] = [
      [unit.name, typeof raw[unit.id] === 'string' ? [...unit.path] : [...unit.path, 'name']],
      ...unit.aliases.map((alias, i): [string, (string | number)[]] => [alias, [...unit.path, 'aliases', i]]),
    ];
    for (const [key, path] of claims) {
      const holder = byKey.get(key);
      if (holder && holder !== unit) {
        diagnostics.push({
          code: 'unit-name-duplicate',
          stage: 'resolve',
          severity: 'error',
          path,
          message: t(language, 'unit-name-duplicate', { key, holder: holder.id }),
          related: [{ message: t(language, 'related.first-declared'), path: holder.path }],
        });
        continue;
      }
      byKey.set(key, unit);
    }
  }
  return { index: { units, byKey }, diagnostics };
}
