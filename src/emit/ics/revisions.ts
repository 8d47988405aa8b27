/**
 * What a revision changes in calendars that already hold the previous one (`--base OLD.yaml`).
 *
 * Importers (Outlook, a CalDAV server, a phone's "add to calendar") keep every event they were
 * given, forever, and take a new copy of an event only when its SEQUENCE is higher. So:
 *
 * - an event whose content is the same as in the base keeps the base's SEQUENCE, so bumping
 *   `revision` does not make every client re-alert on every event;
 * - an event whose content changed gets the base's SEQUENCE + 1, or the revision if higher, so
 *   SEQUENCE never goes down and a client always takes the change;
 * - an event of the base that is gone (task removed, a window turned into a deadline, a session
 *   dropped) is written once more as STATUS:CANCELLED with a higher SEQUENCE, in every calendar
 *   that held it, so importers learn of the removal (subscribers simply stop seeing it otherwise).
 *
 * The base's own SEQUENCE is taken as its revision: what it publishes when built without a base
 * of its own. Building every revision against the one before keeps that exact for events that
 * changed in the base; an event left unchanged over two revisions is then raised once, to the
 * base's revision, which is harmless (SEQUENCE still only goes up).
 */
import type { CalComponent, TaskComponents } from './model.js';
import { componentLines } from './serialize.js';

/** One event of the base revision, as its calendars held it. */
export interface Previous {
  readonly component: CalComponent;
  /** Its content without SEQUENCE, DTSTAMP and LAST-MODIFIED. */
  readonly content: string;
  readonly sequence: number;
  /** The units whose calendars held it (besides all.ics). */
  readonly units: readonly string[];
}

const STAMPED = /^(SEQUENCE|DTSTAMP|LAST-MODIFIED):/;

/** A component's content as a client compares it: every line but the revision stamps. */
export function contentOf(c: CalComponent, timezone: string): string {
  return componentLines(c, { timezone, sequence: 0, stamp: '' })
    .filter((line) => !STAMPED.test(line))
    .join('\n');
}

/** The base revision's events by UID, in plan order. */
export function previousEvents(tasks: readonly TaskComponents[], timezone: string, revision: number): Map<string, Previous> {
  const out = new Map<string, Previous>();
  for (const task of tasks) {
    for (const component of task.components) {
      out.set(component.uid, { component, content: contentOf(component, timezone), sequence: revision, units: task.units });
    }
  }
  return out;
}

/** SEQUENCE of a component of this revision: see the rule at the top of this file. */
export function sequenceOf(c: CalComponent, timezone: string, revision: number, previous: ReadonlyMap<string, Previous> | undefined): number {
  const before = previous?.get(c.uid);
  if (before === undefined) return revision;
  if (before.content === contentOf(c, timezone)) return before.sequence;
  return Math.max(before.sequence + 1, revision);
}

/** The base's event, written once more as cancelled: no reminder, the title says so. */
export function cancelled(before: Previous, revision: number, prefix: string): { readonly component: CalComponent; readonly sequence: number } {
  const c = before.component;
  return {
    component: { ...c, summary: prefix + c.summary, status: 'CANCELLED', alarms: [] },
    sequence: Math.max(before.sequence + 1, revision),
  };
}
