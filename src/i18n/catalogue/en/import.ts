/**
 * English words of the import area; keys start with 'import.'. What `plan import` writes into the
 * plan file for a person: the todos (each one point to check, then delete), the header comment,
 * and the stand-ins it fills where the document says nothing (no title, no lead, no phases).
 * Quoted `{{text}}`-style values are the document's own words and stay as written.
 */
export const importer = {
  // Stand-ins written into the plan itself.
  'import.lead.placeholder': 'lead unit to be decided',
  'import.title.missing': '(title to be filled in)',
  'import.phase.tasks': 'Tasks',
  'import.phase.otherTasks': 'Other tasks',

  // How a todo joins document words: a list of units, a span of dates.
  'import.list.separator': ', ',
  'import.range': '{{start}} to {{end}}',

  // Where the plan year was read (a todo names it when --year overrules it).
  'import.yearFrom.period': 'the period of implementation',
  'import.yearFrom.title': 'the title',
  'import.yearFrom.docNumber': 'the document number',
  'import.yearFrom.issued': 'the date of issue',
  'import.yearFrom.body': 'the text',

  // Todos of the whole plan.
  'import.todo.noTitle': 'No title found for the plan: please fill in title',
  'import.todo.noTasks': 'No tasks found: the file has no numbered items, units or dates that could be read',
  'import.todo.endsMidSentence': "The document stops in the middle of a sentence ('…{{end}}'): the file may be incomplete",
  'import.todo.leadFromTitle': "The document names no units: each task's lead is, for now, the unit in the title ('{{unit}}'); please check",
  'import.todo.noUnits': 'No units found: please list the units and give each task a lead unit',
  'import.todo.yearOverruled': 'The document says {{shown}} (from {{from}}); imported as --year {{year}}',
  'import.todo.yearFromBody': 'The plan year {{year}} is the year the text mentions most: please check',

  // Todos of a phase.
  'import.todo.phaseUndated': 'The document gives no dates for this phase: the period of the plan is used for now; please fill in when',
  'import.todo.phaseDaysOnly': 'The document gives only days ({{days}}): the months were taken from the dates of the activity; please check when',
  'import.todo.phaseEmpty': 'This phase has no tasks',
  'import.todo.phaseEmptyAddTasks': 'This phase has no tasks: please add the tasks from the document',
  'import.todo.noPhases': 'The document has no phases: all tasks are in one phase covering the period of the plan; split it if there are steps',
  'import.todo.outsidePhases': "These tasks are not in any of the document's phases: move them into one, or keep this phase",
  'import.todo.phaseDateDropped': "The phase's dates '{{text}}' cannot be used as written ({{why}}): the period of the plan is used for now; please check",

  // Todos of a task: who.
  'import.todo.leadFromSubject': "The lead '{{units}}' was taken from the subject of the sentence: please check",
  'import.todo.planLeadFilled': 'The document names no lead unit for this item: the unit the text says leads the whole plan is filled in for now; please decide',
  'import.todo.leadPlaceholder': "The document names no lead unit: lead is '{{placeholder}}' for now; please fill it in",
  'import.todo.notAUnitName': "'{{name}}' does not look like the name of a unit (cut short, or a person's name?): please check",
  'import.todo.unreadInBracket': "Could not read '{{text}}' among the units or dates",
  'import.todo.unreadLine': "Could not read this line: '{{line}}'",

  // Todos of a task: when.
  'import.todo.unreadDate': "Could not read the date '{{text}}'",
  'import.todo.tooManyDates': "More dates than one task can hold: '{{text}}'",
  'import.todo.otherRepeat': "The text gives another repeat: '{{text}}'",
  'import.todo.otherDeadline': "The text gives another deadline '{{text}}' ({{end}})",
  'import.todo.otherDeadlineSplit': "The text gives another deadline '{{text}}' ({{end}}); to follow it on its own, split the task",
  'import.todo.otherWindow': "The text gives another period '{{text}}' ({{start}} to {{end}}); to follow it on its own, split the task",
  'import.todo.dateDropped': "The date '{{text}}' cannot be used as written ({{why}}): it was taken out of {{field}} and is still in detail; please check it and fill it in",

  // The comment at the top of the written file.
  'import.header.imported': 'Imported by `plan import` from {{source}}. Each todo is one point import could not settle and a person must check:',
  'import.header.todos': 'check it, correct the plan, then delete the todo. While todos remain plan lint fails; plan build still writes its outputs, marked “{{mark}}”.',
  'import.header.detail': 'detail keeps the text of each item as written (without its number and the units and deadlines in brackets).',
  'import.header.document': 'Parts of the document that are neither tasks nor measures, verbatim (the compiler ignores x- keys).',
} as const satisfies Readonly<Record<string, string>>;
