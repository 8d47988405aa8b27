/**
 * English words of the lint rules and of `plan rules`. Each rule's description is
 * `rules.<id>.description` and each of its messages `rules.<id>.<messageId>`; words a rule puts
 * into a message's data (a list separator, "weekend") are `rules.<id>.<placeholder>.<name>`.
 * The pipeline's own diagnostics are described under `rules.stage.<code>.description`.
 */
export const rules = {
  // deadline-moved-earlier
  'rules.deadline-moved-earlier.description': 'plan lint --base: a deadline moved earlier than in the base revision; the units concerned must be told.',
  'rules.deadline-moved-earlier.earlier': "The deadline of '{{title}}' moved {{days}} day(s) earlier ({{from}} → {{to}}); tell {{units}} before merging.",
  'rules.deadline-moved-earlier.units.separator': ', ',
  'rules.deadline-moved-earlier.units.none': 'the units concerned',
  // deadline-working-day
  'rules.deadline-working-day.description': 'A written deadline falls on a working day, not on a weekend or statutory holiday.',
  'rules.deadline-working-day.offDay': "Task '{{task}}' is due {{due}}, a {{what}}; the previous working day is {{previous}}.",
  'rules.deadline-working-day.what.break': 'day of the {{label}} break',
  'rules.deadline-working-day.what.weekend': 'weekend',
  'rules.deadline-working-day.what.day-off': 'day off',
  // lead-accountable
  'rules.lead-accountable.description': 'A task has a lead, and not only a collective one (各部门, 各党组织) that no single office answers for.',
  'rules.lead-accountable.noLead': "Task '{{task}}' has no lead unit.",
  'rules.lead-accountable.onlyCollective': "Task '{{task}}' is led only by the collective '{{names}}': name an office that answers for it.",
  // Unit names are Chinese, so they keep the Chinese enumeration comma in English too.
  'rules.lead-accountable.names.separator': '、',
  // phase-not-empty
  'rules.phase-not-empty.description': 'Every phase holds at least one task.',
  'rules.phase-not-empty.empty': "Phase '{{phase}}' has no tasks: add its tasks or remove the phase.",
  // phases-ordered
  'rules.phases-ordered.description': 'Phases are listed in the order they start, and (optionally) do not overlap.',
  'rules.phases-ordered.outOfOrder': "Phase '{{phase}}' starts {{start}}, before the phase listed above it ('{{previous}}', {{previousStart}}).",
  'rules.phases-ordered.overlaps': "Phase '{{phase}}' starts {{start}}, while '{{previous}}' still runs until {{previousEnd}}.",
  // plan-within-holiday-data
  'rules.plan-within-holiday-data.description': 'The plan does not reach past the years whose holiday arrangements are published.',
  'rules.plan-within-holiday-data.pastData': 'The plan runs until {{end}}, but holiday arrangements are known only for {{first}}–{{last}}: holidays after {{last}} are not checked. Add them under calendar: (holidays, workdays) or pass --holidays FILE when the State Council publishes them.',
  // task-dates-ordered
  'rules.task-dates-ordered.description': 'A task is not due before it starts.',
  'rules.task-dates-ordered.dueBeforeStart': "Task '{{task}}' is due {{due}}, before it starts ({{start}}).",
  // task-id-renamed
  'rules.task-id-renamed.description': 'plan lint --base: a task kept its title but changed its id, which orphans the calendar events subscribers already have; keep the old id.',
  'rules.task-id-renamed.renamed': "Task id '{{from}}' was renamed to '{{to}}': renaming a task id orphans the calendar events subscribers already have; keep the old id.",
  // plan-id-changed
  'rules.plan-id-changed.description': 'plan lint --base: the plan id changed, so every event in every calendar that holds the plan would be duplicated; keep the old id.',
  'rules.plan-id-changed.changed': "The plan id changed from '{{from}}' to '{{to}}': every calendar event's identity ends in the plan id, so every calendar that already holds this plan would show each event twice. Keep the old id.",
  // progress rules (plan lint with progress files)
  'rules.progress-after-as-of.description': 'Progress: a report dated after the day progress is judged on (--as-of, else today); it is not counted, and a mistyped year would hide the real state.',
  'rules.progress-after-as-of.after': "The report on '{{title}}' is dated {{date}}, after the as-of day {{asOf}}, so it is not counted. Is the year mistyped?",
  'rules.progress-conflict.description': 'Progress: two reports on one task for one day with different states; which one counts would depend on file order.',
  'rules.progress-conflict.conflict': "Two reports on '{{title}}' for {{date}} disagree ({{first}}, then {{second}}). Keep the one that is right.",
  'rules.progress-conflict.first': 'the other report of that day ({{state}})',
  'rules.progress-done-before-start.description': 'Progress: a task reported done before the plan starts it; usually a wrong date or task id.',
  'rules.progress-done-before-start.before': "'{{title}}' is reported done on {{date}}, before it starts ({{start}}). Check the date and the task id.",
  'rules.progress-percent-state.description': 'Progress: the percent contradicts the state (100% but not done, or done below 100%).',
  'rules.progress-percent-state.fullNotDone': "'{{title}}' is reported {{percent}}% complete but {{state}}: write state done (已完成) if it is finished, or lower the percent.",
  'rules.progress-percent-state.doneNotFull': "'{{title}}' is reported done at {{percent}}%: write percent 100, or another state if work remains.",
  'rules.progress-reopened.description': 'Progress: a task reported done or cancelled and later reported otherwise, without a note saying why.',
  'rules.progress-reopened.reopened': "'{{title}}' was reported {{closed}} on {{closedOn}} and is now {{state}} ({{date}}) without a note: say in a note why it is reopened.",
  'rules.progress-repeated.description': 'Progress: a finished or cancelled task reported the same again, with no note and nothing new (a hint).',
  'rules.progress-repeated.repeated': "'{{title}}' was already reported {{state}} on {{first}}; the report of {{date}} adds nothing. Remove it, or add a note.",
  'rules.progress-unit-not-owner.description': 'Progress: a unit reports on a task it neither leads nor supports; often a wrong task id or a file under the wrong unit.',
  'rules.progress-unit-not-owner.notOwner': "{{unit}} reports on '{{title}}', which it neither leads nor supports (lead: {{leads}}).",
  'rules.progress-unit-not-owner.separator': ', ',
  'rules.progress-unit-not-owner.none': 'none',
  // revision-not-bumped
  'rules.revision-not-bumped.description': 'plan lint --base: the plan changed but its revision did not rise, so calendars that imported it keep the old events.',
  'rules.revision-not-bumped.same': 'The plan changed since revision {{base}} but its revision is still {{revision}}: raise revision so calendars take the changes.',
  // task-within-phase
  'rules.task-within-phase.description': "A task's window and deadline lie inside its phase's window.",
  'rules.task-within-phase.startsBefore': "Task '{{task}}' starts {{start}}, before its phase '{{phase}}' starts ({{phaseStart}}).",
  'rules.task-within-phase.endsAfter': "Task '{{task}}' runs until {{end}}, after its phase '{{phase}}' ends ({{phaseEnd}}).",
  'rules.task-within-phase.dueOutside': "Task '{{task}}' is due {{due}}, outside its phase '{{phase}}' ({{phaseStart}} to {{phaseEnd}}).",
  // title-length
  'rules.title-length.description': 'Task titles stay short enough to read in a calendar; the full text belongs in `detail`.',
  'rules.title-length.tooLong': "Title of '{{task}}' is {{length}} characters long (limit {{max}}): move the full text to `detail`.",
  // unit-used
  'rules.unit-used.description': 'Every declared unit leads or supports at least one task or measure.',
  'rules.unit-used.unused': "Unit '{{unit}}' ({{name}}) is declared but owns no task: remove it or assign it work.",
  // unsettled
  'rules.unsettled.description': 'No open `todo` is left: each point `plan import` could not settle has been checked by a person and its `todo` deleted.',
  'rules.unsettled.open': 'Still to settle: {{todo}} (then delete this todo).',
  // window-clear-of-breaks
  'rules.window-clear-of-breaks.description': 'A window does not lose a large share of its days to a holiday break (10月上旬 is mostly National Day).',
  'rules.window-clear-of-breaks.swallowed': '{{what}} ({{start}} to {{end}}) loses {{lost}} of its {{total}} days to the {{label}} break ({{breakStart}} to {{breakEnd}}).',
  'rules.window-clear-of-breaks.what.phase': "Phase '{{id}}'",
  'rules.window-clear-of-breaks.what.task': "Task '{{id}}'",
  // the pipeline's own diagnostics
  'rules.stage.yaml-syntax.description': 'The file is not well-formed YAML.',
  'rules.stage.yaml-duplicate-key.description': 'A key appears twice in the same mapping.',
  'rules.stage.yaml-warning.description': 'The YAML parser has a remark (an unknown tag, for example).',
  'rules.stage.yaml-limit.description': 'The file exceeds a safety limit (size, aliases, nesting).',
  'rules.stage.encoding-invalid.description': 'The file is not valid UTF-8 or contains NUL bytes.',
  'rules.stage.schema-unknown-key.description': 'A key the plan format does not define (typos must not pass silently; use an x- prefix for your own keys).',
  'rules.stage.schema-required.description': 'A required key is missing.',
  'rules.stage.schema-type.description': 'A value has the wrong type.',
  'rules.stage.schema-format.description': 'A value does not have the required form (id, ISO date, …).',
  'rules.stage.schema-enum.description': 'A value is not one of the allowed choices.',
  'rules.stage.schema-range.description': 'A number, text or list is too small or too large.',
  'rules.stage.schema-invalid.description': 'A value does not match the plan format.',
  'rules.stage.plan-year-missing.description': 'No plan year: dates written without a year cannot be placed.',
  'rules.stage.duplicate-id.description': 'Two phases, tasks, measures or events share an id (calendar UIDs depend on ids).',
  'rules.stage.unit-name-duplicate.description': 'Two units share a name or alias, so references to it are ambiguous.',
  'rules.stage.progress-plan-mismatch.description': "A progress file records another plan (its plan: is not the plan's id).",
  'rules.stage.progress-unknown-task.description': "A progress entry names a task the plan does not have.",
  'rules.stage.progress-unknown-unit.description': "A progress file or entry names a unit the plan does not declare.",
  'rules.stage.progress-invalid-date.description': "A progress entry's date is not a day on the calendar (2018-02-30).",
  'rules.stage.multi-plan-id-duplicate.description': "Several plans built together: two plans have the same plan id (their calendar events would collide).",
  'rules.stage.multi-unit-id-conflict.description': "Several plans built together: one unit id names different units in two plans (one calendar file would mix two bodies).",
  'rules.stage.multi-unit-ambiguous.description': "Several plans built together: a unit's name or alias matches more than one unit, so it cannot be matched across plans.",
  'rules.stage.unknown-unit.description': 'A lead or support reference names no declared unit.',
  'rules.stage.timezone-unknown.description': 'The plan names a time zone that does not exist (timed events would lose their time).',
  'rules.stage.yaml-fullwidth-colon.description': 'A full-width colon ： after a key where YAML needs `: ` (plan lint --fix repairs it).',
  'rules.stage.yaml-fullwidth-space.description': 'A full-width space 　 in the indentation or after a dash or colon (plan lint --fix repairs it).',
  'rules.stage.yaml-tab-indent.description': 'A tab in the indentation; YAML indents with spaces (plan lint --fix repairs it).',
  'rules.stage.yaml-fullwidth-dash.description': 'A list item started with －, — or – instead of `- ` (plan lint --fix repairs it).',
  'rules.stage.yaml-missing-colon.description': 'A key without its colon (`title 会议`).',
  'rules.stage.yaml-missing-space.description': 'A key whose colon has no space after it (`title:会议`), which YAML reads as one word (plan lint --fix repairs it).',
  'rules.stage.yaml-unclosed-quote.description': 'A quote that is never closed, or closed with a Chinese quote ” (points at the opening quote).',
  'rules.stage.yaml-broken-value.description': 'A value continued on the next line without indentation, which YAML reads as a new key.',
  'rules.stage.yaml-folded-value.description': 'A value broken over two lines, which YAML joins with a space between Chinese characters.',
  'rules.stage.yaml-chinese-key.description': 'A key typed in Chinese (标题, 牵头单位) where the plan format has an English key (title, lead); plan lint --fix renames it when the place leaves one choice.',
  'rules.stage.date-unparseable.description': 'A date expression could not be read.',
  'rules.stage.date-impossible.description': 'A date expression names a day that does not exist (2月30日, 13月).',
  'rules.stage.date-needs-anchor.description': 'A relative expression (N个工作日内, 明年) needs plan.issued.',
  'rules.stage.date-needs-dates.description': 'A period whose dates change every year or place (两会期间, 汛期, 开学前后): write its dates.',
  'rules.stage.date-holiday-data-missing.description': 'Working days were asked of a year the holiday data does not cover.',
  'rules.stage.date-ambiguous.description': 'A date with two readings (6月前: by May 31, or by June 30?); write 6月底前 or 5月底前.',
  'rules.stage.date-year-rollover.description': 'A range whose end month comes before its start month was read as running into the next year.',
  'rules.stage.date-placeholder-year.description': 'A template year (20**年) was read as the plan year.',
  'rules.stage.date-weekday-mismatch.description': 'A weekday written next to a date (星期六) is not that date’s weekday.',
  'rules.stage.date-typo.description': 'A date with a likely typo was read anyway (4月15前 for 4月15日前).',
  'rules.stage.date-fuzzy.description': 'A reading by convention (月初 = 上旬, 月底 as the start of a range).',
  'rules.stage.date-kind-mismatch.description': 'A date expression of the wrong kind for its key (a recurrence as a deadline, …).',
  // a .planlint.yaml that cannot be used
  'rules.config.unreadable': 'cannot read config {{file}}: {{detail}}',
  'rules.config.invalid': 'invalid config {{file}}: {{where}} {{detail}}',
  'rules.config.top-level': 'top level',
  'rules.config.is-invalid': 'is invalid',
  'rules.config.unknown-rule': "config {{file}}: unknown rule '{{id}}' (run 'plan rules' for the list)",
  'rules.config.no-options': "config {{file}}: '{{id}}' takes no options",
  'rules.config.bad-options': "config {{file}}: options of '{{id}}' {{detail}}",
  'rules.config.are-invalid': 'are invalid',
  // plan rules
  'rules.list.stage-heading': 'Checks made while reading the plan (only those whose default is warning or info can be set in .planlint.yaml):',
} as const satisfies Readonly<Record<string, string>>;
