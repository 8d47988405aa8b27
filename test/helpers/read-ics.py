#!/usr/bin/python3
"""Reads a calendar on stdin with Python's icalendar (independent of plan's writer) and prints one
JSON object per VEVENT/VTODO: uid, type, summary, status, sequence, dtstamp (UTC, ISO), completed,
percent, alarms (how many VALARM). A UID seen twice is printed twice: tests check for that."""
import json
import sys

from icalendar import Calendar


def stamp(prop):
    return None if prop is None else prop.dt.strftime('%Y-%m-%dT%H:%M:%SZ')


def main():
    calendar = Calendar.from_ical(sys.stdin.buffer.read())
    out = []
    for component in calendar.walk():
        if component.name not in ('VEVENT', 'VTODO'):
            continue
        percent = component.get('PERCENT-COMPLETE')
        out.append({
            'uid': str(component.get('UID')),
            'type': component.name,
            'summary': str(component.get('SUMMARY')),
            'status': None if component.get('STATUS') is None else str(component.get('STATUS')),
            'sequence': int(component.get('SEQUENCE', 0)),
            'dtstamp': stamp(component.get('DTSTAMP')),
            'completed': stamp(component.get('COMPLETED')),
            'percent': None if percent is None else int(percent),
            'alarms': len([c for c in component.subcomponents if c.name == 'VALARM']),
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
