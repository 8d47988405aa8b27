#!/usr/bin/python3
"""Prints a canonical JSON list of the VEVENTs in every .ics file of DIR, as read by Python's
icalendar (Debian: python3-icalendar). Its twin, ics-events.mjs, reads the same files with
ical.js; CI diffs the two outputs, so a calendar only passes when two independent parsers agree.

Usage: /usr/bin/python3 test/ci/ics-events.py DIR
"""
import datetime
import json
import os
import sys

from icalendar import Calendar


def when(prop):
    """DATE -> YYYY-MM-DD; DATE-TIME -> YYYY-MM-DDTHH:MM:SS plus Z (UTC) or [TZID]."""
    if prop is None:
        return None
    value = prop.dt
    if not isinstance(value, datetime.datetime):
        return value.strftime('%Y-%m-%d')
    tzid = prop.params.get('TZID')
    if tzid:
        zone = '[%s]' % tzid
    elif value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0):
        zone = 'Z'
    else:
        zone = ''
    return value.strftime('%Y-%m-%dT%H:%M:%S') + zone


def rrule(prop):
    """RRULE parts sorted by name, so the two parsers' orderings cannot differ."""
    if prop is None:
        return None
    return ';'.join(sorted(prop.to_ical().decode('utf-8').split(';')))


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: ics-events.py DIR\n')
        sys.exit(2)
    folder = sys.argv[1]
    events = []
    for name in sorted(f for f in os.listdir(folder) if f.endswith('.ics')):
        with open(os.path.join(folder, name), 'rb') as handle:
            calendar = Calendar.from_ical(handle.read())
        for vevent in calendar.walk('VEVENT'):
            sequence = vevent.get('SEQUENCE')
            events.append({
                'dtend': when(vevent.get('DTEND')),
                'dtstart': when(vevent.get('DTSTART')),
                'file': name,
                'rrule': rrule(vevent.get('RRULE')),
                'sequence': None if sequence is None else int(sequence),
                'status': text(vevent, 'STATUS'),
                'summary': text(vevent, 'SUMMARY'),
                'uid': text(vevent, 'UID'),
            })
    events.sort(key=lambda e: (e['file'], e['uid']))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(',', ':')) for e in events]
    sys.stdout.write('[]\n' if not lines else '[\n' + ',\n'.join(lines) + '\n]\n')


if __name__ == '__main__':
    main()
