/**
 * English words of the cli area (everything `plan` prints on the terminal that is not a
 * diagnostic); keys start with 'cli.'. Flags, file names and command names stay as typed.
 */
export const cli = {
  // The stylish report (src/report/formatters/stylish.ts)
  'cli.report.severity.error': 'error',
  'cli.report.severity.warning': 'warning',
  'cli.report.severity.info': 'info',
  'cli.report.summary': '✖ {{problems}} ({{errors}}, {{warnings}}{{infos}})',
  'cli.report.problems.one': '{{count}} problem',
  'cli.report.problems.other': '{{count}} problems',
  'cli.report.errors.one': '{{count}} error',
  'cli.report.errors.other': '{{count}} errors',
  'cli.report.warnings.one': '{{count}} warning',
  'cli.report.warnings.other': '{{count}} warnings',
  'cli.report.infos': ', {{count}} info',
  'cli.report.related': '  {{message}}: {{where}}',

  // Failures of plan itself (src/cli/main.ts)
  'cli.bug.internal': 'internal error: {{message}}',
  'cli.bug.unexpected': 'unexpected error: {{message}}',
  'cli.bug.report': 'This is a bug in plan. Please report it with the command you ran and the plan file (or a smaller file that shows the problem).',

  // Reading files and flags
  'cli.read.cannot': 'cannot read {{file}}: {{why}}',
  'cli.read.cannot-default': 'cannot read {{file}}: {{why}} (name a plan file, or run in a folder with plan.yaml)',
  'cli.read.no-such-file': 'no such file',
  'cli.read.is-folder': 'it is a folder',
  'cli.read.permission': 'permission denied',
  'cli.read.too-large': '{{file}} is larger than the limit of {{max}} bytes (raise it with --max-bytes)',
  'cli.read.stdin': 'standard input',
  'cli.read.holidays': 'cannot read holiday file {{file}}',
  'cli.read.holidays-invalid': '{{file}}: {{detail}}',
  'cli.read.config': 'cannot read config {{file}}: no such file',
  'cli.flag.whole-number': '{{flag}} takes a positive whole number, got {{value}}',
  'cli.flag.lang': '--lang takes zh or en, got {{value}}',
  'cli.flag.locale': '--locale takes zh-CN or en, got {{value}}',
  'cli.flag.outputs': '--outputs takes output ids separated by commas; unknown: {{value}}. The outputs are: {{known}}',
  'cli.flag.id': "--id {{value}} is not an id: a letter or digit, then letters, digits, '.', '_' or '-', at most 64 characters",
  'cli.flag.year': '--year takes a year such as 2023, got {{value}}',
  'cli.flag.one-of': '{{flag}} takes one of {{choices}}, got {{value}}',
  'cli.flag.max-warnings': '--max-warnings takes a whole number, got {{value}}',
  'cli.flag.source-date-epoch': 'SOURCE_DATE_EPOCH must be whole seconds since 1970, got {{value}}',
  'cli.flag.as-of': '--as-of takes a day such as 2018-09-30 or 2018年9月30日, got {{value}}',
  'cli.help.progress': 'progress file or folder of the plan (default: <plan>.progress.yaml and <plan>.progress/ beside it); may be repeated',
  'cli.help.no-progress': 'ignore progress files, even those beside the plan',
  'cli.help.as-of': 'the day progress is judged on, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)',
  'cli.flag.unknown-format': 'unknown format {{value}} (choose one of: {{choices}})',
  'cli.flag.unit': '--unit: {{detail}}',
  'cli.flag.alarm': '--alarm takes a number of working days from 0 to 60, got {{value}}',

  // plan lint
  'cli.lint.too-many-warnings': '{{count}} warnings, more than --max-warnings {{max}}',
  'cli.lint.base-has-errors': "the base plan {{file}} has errors: run 'plan lint {{file}}' to see them",

  // plan build and plan ics
  'cli.build.nothing-written': 'nothing written: fix the errors above first',
  'cli.build.wrote': 'wrote {{count}} files to {{folder}}',
  'cli.build.open-todos': '{{count}} open point(s) (todo) to verify: the items concerned are marked {{mark}} in every output; plan lint fails until they are settled',
  'cli.build.watch-stdin': '--watch needs a plan file, not standard input',
  'cli.build.template-failed': '{{detail}} (nothing written)',
  // A user's template (--templates) that cannot be used; {{detail}} is the template engine's own words.
  'cli.template.does-not-compile': 'template {{file}} does not compile: {{detail}}',
  'cli.template.not-found': 'template {{name}}.eta not found in {{dir}}',
  'cli.template.failed': 'template {{name}}.eta failed: {{detail}}',
  'cli.watch.watching.one': 'watching {{count}} path for changes (Ctrl+C to stop)',
  'cli.watch.watching.other': 'watching {{count}} paths for changes (Ctrl+C to stop)',
  'cli.watch.rebuilding': 'change detected, rebuilding',

  // plan import
  'cli.import.exists': '{{file}} exists; pass --force to overwrite it',
  'cli.import.open-todos': '{{count}} open point(s) to verify, written as todo in {{file}}; check each, then delete its todo (plan lint lists them one by one). plan build already works: the items concerned are marked {{mark}}.',

  // plan init
  'cli.init.names-a-file': 'plan init writes a file; name one (default plan.yaml)',
  'cli.init.exists': '{{file}} already exists; use --force to replace it',
  'cli.init.wrote': 'wrote {{file}}; check it with: plan lint {{file}}, then write the outputs with: plan build {{file}}',
  'cli.init.default-title': '某某活动实施方案',

  // plan fmt
  'cli.fmt.stdin-once': 'stdin (-) can be named only once',
  'cli.fmt.does-not-parse': '{{file}}: not formatted, the YAML does not parse: {{detail}} (run plan lint {{file}} for details)',
  'cli.fmt.unformatted': '{{count}} file(s) not in the canonical layout; run plan fmt to fix',

  // plan diff
  'cli.diff.one-stdin': 'only one of OLD and NEW can be read from stdin',

  // plan date

  // plan help: commander's own words, and every command's description
  'cli.help.options-placeholder': '[options]',
  'cli.help.command-placeholder': '[command]',
  'cli.help.usage': 'Usage:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.global-options': 'Global Options:',
  'cli.help.safety-limits': 'Safety limits:',
  'cli.help.default': 'default: {{value}}',
  'cli.help.choices': 'choices: {{values}}',
  'cli.help.help-option': 'display help for command',
  'cli.help.version-option': 'output the version number',
  'cli.help.help-command': 'display help for command',
  'cli.help.help-command-argument': 'a command',

  // commander's errors, recognised by their English text and said again in the run's language
  'cli.commander.unknown-option': "error: unknown option '{{flag}}'",
  'cli.commander.unknown-command': "error: unknown command '{{name}}'",
  'cli.commander.did-you-mean': '(Did you mean {{names}}?)',
  'cli.commander.missing-argument': "error: missing required argument '{{name}}'",
  'cli.commander.option-missing-argument': "error: option '{{flags}}' argument missing",
  'cli.commander.invalid-choice': "error: option '{{flags}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
  'cli.commander.too-many-arguments': 'error: too many arguments{{command}}. Expected {{expected}} but got {{received}}.',
  'cli.commander.for-command': " for '{{name}}'",
  'cli.commander.or': ' or ',

  'cli.program': 'Compile implementation plans (实施方案) kept as YAML into calendars, task lists and summaries; lint them in CI.',
  'cli.arg.plan': 'plan file, or - for stdin',
  'cli.arg.plans': 'plan files (- for stdin)',
  'cli.opt.holidays': 'extra holidays and adjusted working days (chinese-days JSON shape)',
  'cli.opt.config': 'lint configuration (default: .planlint.yaml if present)',
  'cli.opt.locale': "labels in zh-CN or en (default: the plan's locale)",
  'cli.opt.lang': 'language of the messages: zh or en (default: the plan locale, then LANG)',
  'cli.opt.todo': 'also write deadlines as VTODO (Google Calendar ignores VTODO)',
  'cli.opt.alarm': 'calendar reminders this many working days before each deadline',
  'cli.opt.no-ongoing': 'leave ongoing measures out of the calendars',
  'cli.opt.pdf': 'also print summary.pdf with the installed Chromium (Debian: apt-get install chromium)',
  'cli.opt.docx': 'also write summary.docx and units/<unit>.docx (Word documents laid out as GB/T 9704 公文)',
  'cli.opt.format': 'output format',
  'cli.opt.json': 'print JSON',
  'cli.opt.max-bytes': 'largest plan file accepted (default {{max}})',
  'cli.opt.max-aliases': 'most YAML alias expansions (default {{max}})',
  'cli.opt.max-tasks': 'most tasks in one plan (default {{max}})',

  'cli.build.description': 'validate, then write plan.json, calendars, unit task lists and summaries into DIR',
  'cli.build.out': 'output folder',
  'cli.build.templates': 'your own templates (summary.html.eta, summary.md.eta, unit-tasks.md.eta, unit-tasks.html.eta)',
  'cli.build.outputs': 'write only these outputs (comma-separated ids, e.g. summary-docx,unit-xlsx)',
  'cli.build.watch': 'rebuild when the plan, templates, holidays or config change',

  'cli.lint.description': 'report every problem in one or more plans',
  'cli.lint.max-warnings': 'exit 1 when there are more than n warnings',
  'cli.lint.base': 'the previous revision: warn on renamed task ids and deadlines moved earlier',

  'cli.ics.description': 'write one calendar (all units, or the named ones) to FILE or stdout',
  'cli.ics.unit': 'only what these units lead or support (id, name or alias)',
  'cli.ics.out': 'write to FILE instead of stdout',

  'cli.date.description': 'resolve one date expression (a debugging aid)',
  'cli.date.expr': 'a date expression, e.g. 10月至12月上旬',
  'cli.date.year': 'plan year for dates written without one',
  'cli.date.issued': 'issue date: anchor for 明年, N个工作日内',

  'cli.diff.description': 'list what changed between two revisions of a plan (tasks, ids, deadlines per unit, owners)',
  'cli.diff.old': 'the earlier revision (- for stdin)',
  'cli.diff.new': 'the later revision (- for stdin)',
  'cli.diff.format': 'output format (md suits a pull-request comment)',

  'cli.import.description': 'read a plan document (.docx, .xlsx, .csv, text, or - for stdin) into plan YAML',
  'cli.import.file': 'the document: .docx, .xlsx, .csv, text as copied from Word, a web page or a PDF (UTF-8, UTF-16 or GBK), or - for stdin',
  'cli.import.out': 'write the plan here (atomically) instead of stdout',
  'cli.import.year': 'plan year, when the document does not say it',
  'cli.import.id': 'plan id (default: from the title and year)',
  'cli.import.force': 'overwrite PLAN if it exists',

  'cli.init.description': 'write a commented starter plan that editors can complete against the schema',
  'cli.init.file': 'the plan to create',
  'cli.init.title': 'plan title (the document’s full title)',
  'cli.init.year': 'plan year (default: the current year)',
  'cli.init.id': 'plan id (default: the file name, or plan-YEAR)',
  'cli.init.schema': 'what the $schema= line points at (default: a relative path to the installed schema)',
  'cli.init.force': 'replace the file if it exists',

  'cli.fmt.description': 'rewrite plans in the canonical layout (key order, indentation), keeping comments',
  'cli.fmt.plans': 'plan files (default plan.yaml; - prints stdin formatted)',
  'cli.fmt.check': 'write nothing; exit 1 listing the files that would change (for CI)',

  'cli.schema.description': 'print the JSON Schema of the plan file',
  'cli.schema.progress': 'print the JSON Schema of the progress file instead',
  'cli.rules.off': 'off',
  'cli.rules.description': 'list the lint rules',
} as const satisfies Readonly<Record<string, string>>;
