#!/usr/bin/env node
// Prints a canonical JSON list of the VEVENTs in every .ics file of DIR, as read by ical.js.
// Its twin, ics-events.py, reads the same files with Python's icalendar; CI diffs the two
// outputs, so a calendar only passes when two independent parsers agree on every event.
//
// Usage: node test/ci/ics-events.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: ics-events.mjs DIR\n');
  process.exit(2);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** DATE → YYYY-MM-DD; DATE-TIME → YYYY-MM-DDTHH:MM:SS plus `Z` (UTC) or `[TZID]`. */
function when(prop) {
  if (prop === null) return null;
  const t = prop.getFirstValue();
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  if (t.isDate) return date;
  const tzid = prop.getParameter('tzid');
  const zone = tzid ? `[${tzid}]` : t.zone === ICAL.Timezone.utcTimezone ? 'Z' : '';
  return `${date}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${zone}`;
}

/** RRULE parts sorted by name, so the two parsers' orderings cannot differ. */
function rrule(prop) {
  if (prop === null) return null;
  return prop.getFirstValue().toString().split(';').sort().join(';');
}

const events = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ics')).sort()) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dir, file), 'utf8')));
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const text = (name) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    const sequence = vevent.getFirstPropertyValue('sequence');
    events.push({
      dtend: when(vevent.getFirstProperty('dtend')),
      dtstart: when(vevent.getFirstProperty('dtstart')),
      file,
      rrule: rrule(vevent.getFirstProperty('rrule')),
      sequence: sequence === null ? null : Number(sequence),
      status: text('status'),
      summary: text('summary'),
      uid: text('uid'),
    });
  }
}
events.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
process.stdout.write(events.length === 0 ? '[]\n' : '[\n' + events.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n');
