/**
 * English words of the dates area; keys start with 'dates.'. src/dates reports a key and its
 * facts (the text, the reading it assumed, a month…); these sentences say them. Chinese date
 * words inside an English sentence are the wordings a plan is written in, quoted as such.
 */
export const dates = {
  // Why an expression could not be read (date-unparseable).
  'dates.too-long': 'A date expression is a short text (at most {{max}} characters).',
  'dates.unreadable': 'This date expression could not be read.',
  'dates.empty': 'The date expression is empty.',
  'dates.unexpected': "Unexpected '{{text}}' in a date expression.",
  'dates.expected-date.at': "Expected a date (such as 5月, 5月20日, 10月上旬, 第三季度 or 年底) at '{{text}}'.",
  'dates.expected-date.at-end': 'Expected a date (such as 5月, 5月20日, 10月上旬, 第三季度 or 年底) at the end of the expression.',
  'dates.expected-quarter': 'Expected a quarter such as 第三季度 after 第.',
  'dates.bare-number.range-start': "'{{number}}' has no unit; write it as a year, month or day (年/月/日).",
  'dates.bare-number.single': "'{{number}}' has no unit; add 年, 月 or 日.",
  'dates.range.needs-calendar-dates': 'A range needs a calendar date at both ends.',
  'dates.length-not-date': "'{{text}}' is a length of time, not a date; write when it is due (e.g. 5月底前) or a period counted from the document date (e.g. {{count}}个月内).",
  'dates.dotted-month-day': "'{{written}}' is not a date form; write {{month}}月{{day}}日 (or {{year}}.{{month}}.{{day}} with the year).",
  'dates.english.unexpected': "Unexpected '{{text}}' in an English date.",
  'dates.english.expected': 'Expected a date such as "early May", "Q1 2019" or "by the end of June".',
  'dates.recurrence.expected-lead': 'Expected 每 or 逐 to start a recurrence.',
  'dates.recurrence.expected-period': 'Expected a period after 每: 每月, 每季度, 每周 or 每年.',

  // Dates that do not exist (date-impossible).
  'dates.no-such-month': 'There is no month {{month}}; months are 1 to 12.',
  'dates.no-such-quarter': 'There is no quarter {{quarter}}; quarters are 1 to 4.',
  'dates.no-such-day': '{{year}}年{{month}}月 has no day {{day}}.',
  'dates.not-a-calendar-date': '{{year}}-{{month}}-{{day}} is not a calendar date.',
  'dates.not-a-time': "'{{time}}' is not a time of day.",
  'dates.range.ends-before-start': 'The range ends ({{end}}) before it starts ({{start}}).',
  'dates.range.end-day-before-start': 'The range ends on day {{day}}, before it starts.',
  'dates.period.not-positive': "A period needs a positive length, got '{{count}}'.",
  'dates.recurrence.no-such-day-in-month': 'There is no day {{day}} in a month.',
  'dates.recurrence.no-such-month': 'There is no month {{month}}.',
  'dates.recurrence.no-such-day': '{{month}}月 has no day {{day}}.',

  // What the plan must say before the expression can be read.
  'dates.needs-anchor.today': "'{{word}}' is the document date; give the plan an issue date (issued:) to resolve it.",
  'dates.needs-anchor.period': "'{{text}}' counts from the document date; give the plan an issue date (issued:) to resolve it.",
  'dates.needs-anchor.festival': "'节前' does not say which festival; name it (国庆节前, 春节前) or give the plan an issue date.",
  'dates.needs-reference': "'{{written}}' has no month; write the month too, e.g. 5月{{dayWritten}}日.",
  'dates.needs-dates': "'{{word}}' has no fixed dates: they are set each year (or differ by place), so the plan cannot know them. Write the dates, e.g. X月X日至X月X日.",
  'dates.holiday-data-missing.year': "The holiday data covers {{firstYear}}–{{lastYear}}, so working days in {{year}} are unknown; add the year's arrangement to the plan's calendar.",
  'dates.holiday-data-missing.after-anchor': 'No festival break follows the document date in the holiday data.',
  'dates.holiday-data-missing.festival': 'The holiday data has no {{festival}} break in {{year}}.',

  // Notes: what was assumed, so the reader can check it.
  'dates.year-rollover': 'The range ends in an earlier month than it starts, so the end is read as {{year}}.',
  'dates.placeholder-year': 'The year is a template placeholder; the plan year {{year}} is used.',
  'dates.weekday-mismatch': 'The weekday written ({{writtenWeekday}}) does not match the date: {{date}} is a {{actualWeekday}}.',
  'dates.fuzzy.range-start.month-end': "'月底' as the start of a range is read as {{start}}; a conventional reading.",
  'dates.fuzzy.range-start.month-part': "'月初/月中' as the start of a range is read as {{start}}; a conventional reading.",
  'dates.fuzzy.convention': 'Read by convention as {{start}}…{{end}}.',
  'dates.fuzzy.convention-due': 'Read by convention as due {{end}} (the end of {{start}}…{{end}}).',
  'dates.fuzzy.festival-approx': 'Read as the {{festival}} break {{start}}…{{end}}, marked approximate; write the dates if a longer time around it is meant.',
  'dates.fuzzy.after-festival': 'Counted from the end of the {{festival}} break {{breakStart}}…{{breakEnd}}: from {{start}} to {{end}}.',
  'dates.fuzzy.holiday-on-weekday.one': 'One occurrence falls on a public holiday: {{list}}; decide whether to hold, move or skip it.',
  'dates.fuzzy.holiday-on-weekday.other': '{{holidays}} occurrences fall on a public holiday: {{list}}; decide whether to hold, move or skip them.',
  'dates.typo.day-mark-before': 'The day is written without 日 (e.g. 4月15前); read as 4月15日前.',
  'dates.typo.day-mark': 'The day is written without 日; read as a day of the month.',
  'dates.ambiguous-before': "'前' after a whole period is ambiguous: read strictly as due {{strict}}; write 底前 for {{loose}}.",
  'dates.immediate': '立行立改: due at once, then kept up for the whole period.',

  // Weekday names, for a note that a written weekday does not match its date.
  'dates.weekday.0': 'Sunday',
  'dates.weekday.1': 'Monday',
  'dates.weekday.2': 'Tuesday',
  'dates.weekday.3': 'Wednesday',
  'dates.weekday.4': 'Thursday',
  'dates.weekday.5': 'Friday',
  'dates.weekday.6': 'Saturday',

  // The nearest accepted forms, after a date error in a plan.
  'dates.did-you-mean': '{{message}} Did you mean {{names}}?',

  // A holiday file (--holidays, the holidays compile option) of the wrong shape.
  'dates.holiday-file.not-json': 'Holiday file is not valid JSON: {{detail}}',
  'dates.holiday-file.not-object': 'Holiday file must be a JSON object with "holidays" and "workdays" maps.',
  'dates.holiday-file.section-not-object': 'Holiday file: "{{section}}" must be an object mapping YYYY-MM-DD dates to names.',
  'dates.holiday-file.bad-date': 'Holiday file: "{{section}}" has "{{date}}", which is not a valid YYYY-MM-DD date.',
  'dates.holiday-file.name-not-string': 'Holiday file: "{{section}}.{{date}}" must be a string such as "National Day,国庆节,3".',
  'dates.holiday-file.both': 'Holiday file: {{date}} is listed both as a holiday and as a working day.',

  // `plan date`: its help and what it prints.
  'dates.cli.bad-issued': "--issued takes a date YYYY-MM-DD, got '{{value}}'",
  'dates.cli.bad-year': "--year takes a year such as 2018, got '{{value}}'",
  'dates.cli.error': 'error: {{message}}',
  'dates.cli.accepted-forms': 'accepted forms: {{forms}}',
  'dates.cli.kind.window': 'window',
  'dates.cli.kind.deadline': 'deadline',
  'dates.cli.kind.instant': 'instant',
  'dates.cli.kind.recurring': 'recurring',
  'dates.cli.kind.ongoing': 'ongoing',
  'dates.cli.due': 'due {{date}}',
  'dates.cli.span': '{{start}} … {{end}}',
  'dates.cli.time': 'time {{time}}',
  'dates.cli.approximate': 'approximate',
  'dates.cli.rrule': 'RRULE {{rrule}}',
  'dates.cli.list-separator': ', ',
  'dates.cli.dates': 'dates: {{dates}}',
  'dates.cli.note': 'note: {{message}} [{{code}}]',
} as const satisfies Readonly<Record<string, string>>;
