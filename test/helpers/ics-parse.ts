import ICAL from 'ical.js';

/** What a parser reads back from one component: the fields the tests compare with the model. */
export interface ParsedComponent {
  readonly type: string;
  readonly uid: string;
  readonly summary: string;
  readonly description: string | null;
  readonly dtstart: string | null;
  readonly dtend: string | null;
  readonly due: string | null;
  readonly status: string | null;
  readonly rrule: string | null;
  readonly sequence: number | null;
  readonly categories: string[];
  readonly triggers: string[];
}

export interface ParsedCalendar {
  readonly props: Record<string, string>;
  readonly components: ParsedComponent[];
  readonly timezones: string[];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function when(prop: ICAL.Property | null): string | null {
  if (prop === null) return null;
  const t = prop.getFirstValue() as ICAL.Time;
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  if (t.isDate) return date;
  const tzid = prop.getParameter('tzid');
  return `${date}T${pad(t.hour)}:${pad(t.minute)}${typeof tzid === 'string' ? `[${tzid}]` : ''}`;
}

/** Parses with ical.js (an independent implementation) into plain comparable data. */
export function parseIcs(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const components = [...root.getAllSubcomponents('vevent'), ...root.getAllSubcomponents('vtodo')].map((c): ParsedComponent => {
    const str = (name: string): string | null => {
      const v = c.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    const seq = c.getFirstPropertyValue('sequence');
    const rrule = c.getFirstPropertyValue('rrule');
    return {
      type: c.name,
      uid: str('uid') ?? '',
      summary: str('summary') ?? '',
      description: str('description'),
      dtstart: when(c.getFirstProperty('dtstart')),
      dtend: when(c.getFirstProperty('dtend')),
      due: when(c.getFirstProperty('due')),
      status: str('status'),
      rrule: rrule === null ? null : String(rrule),
      sequence: seq === null ? null : Number(seq),
      categories: c.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      triggers: c.getAllSubcomponents('valarm').map((a) => {
        const trig = a.getFirstProperty('trigger');
        const related = trig?.getParameter('related');
        return `${typeof related === 'string' ? related + ':' : ''}${String(trig?.getFirstValue())}`;
      }),
    };
  });
  return { props, components, timezones: root.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))) };
}

/** Events sorted as emitted (file order); the tests compare by UID. */
export function byUid(calendar: ParsedCalendar): Map<string, ParsedComponent> {
  return new Map(calendar.components.map((c) => [c.uid, c]));
}
