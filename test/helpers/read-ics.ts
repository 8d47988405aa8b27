import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** One VEVENT or VTODO as Python's icalendar reads it (test/helpers/read-ics.py). */
export interface PyComponent {
  readonly uid: string;
  readonly type: 'VEVENT' | 'VTODO';
  readonly summary: string;
  readonly status: string | null;
  readonly sequence: number;
  readonly dtstamp: string | null;
  readonly completed: string | null;
  readonly percent: number | null;
  readonly alarms: number;
}

const script = fileURLToPath(new URL('./read-ics.py', import.meta.url));

/** True when /usr/bin/python3 has icalendar. */
export const hasIcalendar = spawnSync('/usr/bin/python3', ['-c', 'import icalendar']).status === 0;

export function readIcs(text: string): PyComponent[] {
  const run = spawnSync('/usr/bin/python3', [script], { input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`read-ics.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PyComponent[];
}

/** By UID; fails loudly when a UID is there twice. */
export function byUidOnce(components: readonly PyComponent[]): Map<string, PyComponent> {
  const map = new Map<string, PyComponent>();
  for (const c of components) {
    if (map.has(c.uid)) throw new Error(`${c.uid} is in the calendar twice`);
    map.set(c.uid, c);
  }
  return map;
}
