import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { IdPool, romanize } from './ids.js';
import { isCollective, nameCore, withoutPlacePrefix } from './unit-names.js';

/**
 * The lead of an item whose text names none, until a person decides (its unit id is `tbd`), in
 * the language of the import's todos. The one place that names it: the roster compares with it.
 */
export function placeholderLead(language: Language): string {
  return t(language, 'import.lead.placeholder');
}

export interface DraftUnit {
  id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly collective: boolean;
}

/**
 * Every unit the document names, in order of first mention. A name that differs from a known one
 * only by a leading level word (街道党政条线 / 党政条线) or, for collectives, by 各/各级
 * (各级党组织 / 街道各党组织) is an alias of it, not a new unit.
 */
export class UnitRoster {
  private readonly list: DraftUnit[] = [];
  private readonly byName = new Map<string, DraftUnit>();
  /** The placeholder lead (see placeholderLead) of this import. */
  readonly placeholder: string;

  constructor(language: Language = 'zh') {
    this.placeholder = placeholderLead(language);
  }

  /** Finds a known unit for a name, without adding anything. */
  find(name: string): DraftUnit | undefined {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const bare = withoutPlacePrefix(name);
    if (bare && this.byName.has(bare)) return this.byName.get(bare);
    for (const unit of this.list) {
      if (withoutPlacePrefix(unit.name) === name) return unit;
    }
    if (isCollective(name)) {
      const core = nameCore(name);
      return this.list.find((u) => u.collective && nameCore(u.name) === core);
    }
    return undefined;
  }

  /** The canonical name for `name`, adding a unit (or an alias) when it is new. */
  add(name: string): string {
    const known = this.find(name);
    if (known) {
      if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
      this.byName.set(name, known);
      return known.name;
    }
    const unit: DraftUnit = { id: '', name, aliases: [], collective: isCollective(name) };
    this.list.push(unit);
    this.byName.set(name, unit);
    return name;
  }

  /** Ids from pinyin, 条线 left out (党政条线 → dangzheng): assigned once every name is in. */
  units(): readonly DraftUnit[] {
    const pool = new IdPool();
    // The placeholder lead of items with no lead in the text: a plain id for its calendar file.
    for (const unit of this.list) if (unit.name === this.placeholder) unit.id = pool.take('tbd', 'tbd');
    for (const unit of this.list) if (unit.id === '') unit.id = pool.take(romanize(unit.name.replace(/[((][^()()]*[))]/g, '').replace(/条线$/, ''), 12) || 'unit', 'unit');
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }
}
