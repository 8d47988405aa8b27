// Which units of several plans are the same office, for the report's rows: two units are one when
// they have the same name, or when one's name is among the other's aliases (宣传条线 in one plan,
// 宣传办 with alias 宣传条线 in another). Small on purpose: the general cross-plan matcher of
// `plan build` (src/multi/) may replace it; this one only has to key the report's rows.
import type { ResolvedPlan, Unit } from '../model/plan.js';

export type UnitKey = (plan: ResolvedPlan, unit: Unit) => { key: string; name: string };

/**
 * The row key of every unit of these plans: the name of the first unit (plans in order, units in
 * plan order) of its group, which is also the name the row shows.
 */
export function matchUnits(plans: readonly ResolvedPlan[]): UnitKey {
  const all: { plan: ResolvedPlan; unit: Unit }[] = plans.flatMap((plan) => plan.units.map((unit) => ({ plan, unit })));
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // The earlier unit stays the root, so a group is named after its first unit.
  const join = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byName = new Map<string, number>();
  all.forEach(({ unit }, i) => {
    const first = byName.get(unit.name);
    if (first === undefined) byName.set(unit.name, i);
    else join(first, i);
  });
  all.forEach(({ unit }, i) => {
    for (const alias of unit.aliases) {
      const named = byName.get(alias);
      if (named !== undefined) join(named, i);
    }
  });
  const keyOf = new Map<Unit, { key: string; name: string }>();
  all.forEach(({ unit }, i) => {
    const name = all[find(i)]!.unit.name;
    keyOf.set(unit, { key: name, name });
  });
  return (_plan, unit) => keyOf.get(unit) ?? { key: unit.name, name: unit.name };
}
