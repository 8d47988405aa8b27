/**
 * The units of several plans matched into one list: an office's 宣传条线 is one body whichever
 * plan names it, and wants one calendar and one task list across them all.
 *
 * Two units are the same unit when one's name or an alias equals the other's name or an alias
 * (plan A's 宣传条线 with alias 宣传办 and plan B's 宣传办). The merged unit takes the id and name
 * of the first plan (in the order given) that declares it, so its files keep the names that plan
 * gives them alone. What cannot be merged safely is a conflict (see `UnitConflict`).
 */
import type { ResolvedPlan, Unit } from '../model/plan.js';

/** One plan's unit inside a merged unit. */
export interface PlanUnit {
  /** Position of the plan in the list given (0 = first). */
  readonly planIndex: number;
  readonly plan: ResolvedPlan;
  readonly unit: Unit;
}

export interface MergedUnit {
  /** The first plan's id of the unit: names its calendar and list files. */
  readonly id: string;
  readonly name: string;
  /** Every other name any plan gives it, in plan order. */
  readonly aliases: readonly string[];
  readonly collective: boolean;
  /** At most one unit of each plan, in plan order. */
  readonly members: readonly PlanUnit[];
}

/**
 * - `id-conflict`: the same unit id names different units in two plans; their files would be one
 *   file mixing two bodies' work.
 * - `ambiguous`: a unit's names match two units of another plan, which cannot both be it.
 * - `plan-id`: two plans share a plan id, so their calendar events would share UIDs.
 * `at` is where the conflict shows (the later plan); `others` are what it clashes with.
 */
export interface UnitConflict {
  readonly kind: 'id-conflict' | 'ambiguous' | 'plan-id';
  readonly at: { readonly planIndex: number; readonly plan: ResolvedPlan; readonly unit?: Unit };
  readonly others: readonly { readonly planIndex: number; readonly plan: ResolvedPlan; readonly unit?: Unit }[];
}

export interface UnitMatching {
  /** In order of first appearance: the first plan's units in its order, then units new in the second, … */
  readonly units: readonly MergedUnit[];
  readonly conflicts: readonly UnitConflict[];
  /** The merged unit of a plan's unit (by the plan's id and the unit's id). */
  mergedOf(plan: ResolvedPlan, unitId: string): MergedUnit | undefined;
  /** A unit as the user names it (id, name or alias in any plan), for `--unit`. */
  find(given: string): MergedUnit | undefined;
  /**
   * For the progress report (src/progress/report-model.ts, option `unitKey`): the same key for
   * the same unit in every plan, and the name it is shown by.
   */
  unitKey(plan: ResolvedPlan, unit: Unit): { key: string; name: string };
}

const namesOf = (unit: Unit): readonly string[] => [unit.name, ...unit.aliases];
const memberKey = (planId: string, unitId: string): string => `${planId}\u0000${unitId}`;

/** Matches the units of `plans` (in the order given). */
export function matchUnits(plans: readonly ResolvedPlan[]): UnitMatching {
  const all: PlanUnit[] = plans.flatMap((plan, planIndex) => plan.units.map((unit) => ({ planIndex, plan, unit })));
  const conflicts: UnitConflict[] = [];

  // Union-find over every unit of every plan, joined through the names they share.
  const parent = all.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => {
    const [ra, rb] = [root(a), root(b)];
    // The earlier unit stays the root, so a group's root is its first member.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byName = new Map<string, number[]>();
  all.forEach((member, i) => {
    for (const name of new Set(namesOf(member.unit))) {
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [i]);
      else list.push(i);
    }
  });
  for (const list of byName.values()) for (const i of list.slice(1)) join(list[0]!, i);

  // A unit whose names reach two units of one other plan: report it once per plan pair.
  const ambiguousAt = new Set<number>();
  all.forEach((member, i) => {
    const reached = new Map<number, Set<number>>();
    for (const name of new Set(namesOf(member.unit))) {
      for (const j of byName.get(name) ?? []) {
        const other = all[j]!;
        if (other.planIndex === member.planIndex) continue;
        let set = reached.get(other.planIndex);
        if (set === undefined) reached.set(other.planIndex, (set = new Set()));
        set.add(j);
      }
    }
    for (const set of reached.values()) {
      if (set.size < 2) continue;
      ambiguousAt.add(i);
      conflicts.push({ kind: 'ambiguous', at: member, others: [...set].sort((a, b) => a - b).map((j) => all[j]!) });
    }
  });

  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    const r = root(i);
    const list = groups.get(r);
    if (list === undefined) groups.set(r, [i]);
    else list.push(i);
  });
  // A chain through a third plan can still join two units of one plan (A.x ~ B.y ~ A.z).
  for (const list of groups.values()) {
    if (list.some((i) => ambiguousAt.has(i))) continue;
    const seen = new Map<number, number>();
    for (const i of list) {
      const member = all[i]!;
      const first = seen.get(member.planIndex);
      if (first === undefined) seen.set(member.planIndex, i);
      else conflicts.push({ kind: 'ambiguous', at: member, others: [all[first]!] });
    }
  }

  const units: MergedUnit[] = [];
  const byMember = new Map<string, MergedUnit>();
  for (const list of [...groups.values()].sort((a, b) => a[0]! - b[0]!)) {
    const members = list.map((i) => all[i]!);
    const first = members[0]!;
    const aliases: string[] = [];
    for (const m of members) for (const name of namesOf(m.unit)) if (name !== first.unit.name && !aliases.includes(name)) aliases.push(name);
    const merged: MergedUnit = { id: first.unit.id, name: first.unit.name, aliases, collective: first.unit.collective, members };
    units.push(merged);
    for (const m of members) byMember.set(memberKey(m.plan.id, m.unit.id), merged);
  }

  // The same id in two plans for units that did not match: their files would be one file.
  const byId = new Map<string, PlanUnit[]>();
  for (const member of all) {
    const list = byId.get(member.unit.id);
    if (list === undefined) byId.set(member.unit.id, [member]);
    else list.push(member);
  }
  for (const list of byId.values()) {
    for (const [k, member] of list.entries()) {
      const clashes = list.slice(0, k).filter((o) => o.planIndex !== member.planIndex && byMember.get(memberKey(o.plan.id, o.unit.id)) !== byMember.get(memberKey(member.plan.id, member.unit.id)));
      if (clashes.length > 0) conflicts.push({ kind: 'id-conflict', at: member, others: clashes });
    }
  }

  // Two plans with one id: every UID of one would be a UID of the other.
  const planById = new Map<string, number>();
  plans.forEach((plan, planIndex) => {
    const first = planById.get(plan.id);
    if (first === undefined) planById.set(plan.id, planIndex);
    else conflicts.push({ kind: 'plan-id', at: { planIndex, plan }, others: [{ planIndex: first, plan: plans[first]! }] });
  });

  const find = (given: string): MergedUnit | undefined =>
    units.find((u) => u.id === given) ?? units.find((u) => u.name === given || u.aliases.includes(given)) ?? units.find((u) => u.members.some((m) => m.unit.id === given));

  return {
    units,
    conflicts: conflicts.sort((a, b) => a.at.planIndex - b.at.planIndex),
    mergedOf: (plan, unitId) => byMember.get(memberKey(plan.id, unitId)),
    find,
    unitKey(plan, unit) {
      const merged = byMember.get(memberKey(plan.id, unit.id));
      return merged === undefined ? { key: unit.name, name: unit.name } : { key: merged.id, name: merged.name };
    },
  };
}
