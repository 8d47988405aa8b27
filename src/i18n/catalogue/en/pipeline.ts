/**
 * English messages of the pipeline stages, keyed by diagnostic code (+ `.variant`). Codes are
 * the contract; these sentences are not (tests assert codes), but keep them one sentence that
 * says what is wrong and how to fix it.
 */
export const pipeline = {
  // load
  'yaml-limit.aliases': 'Too many alias references (more than {{max}}): the document expands beyond a safe size.',
  'yaml-limit.bytes': 'The file is larger than the limit of {{max}} bytes (raise it with --max-bytes).',
  'yaml-limit.tasks': 'The plan has {{count}} tasks, more than the limit of {{max}} (raise it with --max-tasks).',
  'encoding-invalid.nul': 'The file contains a NUL byte: it is binary, not a UTF-8 text plan.',
  'encoding-invalid.utf8': 'The file is not valid UTF-8 (re-save it as UTF-8; GBK/GB2312 files must be converted).',
  'yaml-syntax': '{{detail}}',
  'yaml-duplicate-key': '{{detail}}',
  'yaml-warning': '{{detail}}',
  // validate
  'schema-unknown-key.suggest': "Unknown key '{{key}}' in {{where}}. Did you mean '{{suggestion}}'? Keys of your own must start with 'x-'.",
  'schema-unknown-key.allowed': "Unknown key '{{key}}' in {{where}}. Allowed keys: {{allowed}}. Keys of your own must start with 'x-'.",
  'schema-unknown-key': "Unknown key '{{key}}' in {{where}}. Keys of your own must start with 'x-'.",
  'schema-required': "Missing required key '{{key}}' in {{where}}.",
  'schema-type': 'Expected {{expected}} at {{where}}, found {{found}}.',
  'schema-format.id': "Invalid id {{value}} at {{where}}: use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit); ids name files and calendar UIDs.",
  'schema-format.key': "Invalid key {{value}} in {{where}}: ids use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit).",
  'schema-format.date': 'Expected an ISO date (YYYY-MM-DD) at {{where}}, found {{value}}.',
  'schema-format': '{{where}} has the wrong form: {{value}} {{detail}}.',
  'schema-enum': '{{found}} at {{where}} is not one of: {{allowed}}.',
  'schema-enum.const': '{{where}} must be {{allowed}}.',
  'schema-range.compare': '{{where}} must be {{comparison}} {{limit}}, found {{found}}.',
  'schema-range.empty': '{{where}} must not be empty.',
  'schema-range.max-length': '{{where}} is longer than {{limit}} characters.',
  'schema-range.min-items': '{{where}} must list at least {{limit}} item(s).',
  'schema-range.max-items': '{{where}} lists more than {{limit}} items.',
  'schema-range.min-properties': '{{where}} must have at least {{limit}} {{entries}}.',
  'schema-invalid': '{{where}} {{detail}}.',
  // value descriptions used inside schema messages
  'value.null': 'null',
  'value.list': 'a list',
  'value.mapping': 'a mapping',
  'value.text': 'the text {{text}}',
  'value.other': '{{type}} {{text}}',
  'value.or': ' or ',
  'value.another-form': 'another form',
  'where.document': 'the document',
  // resolve
  'plan-year-missing': 'The plan has no year: add `year:` (or `issued:` / a `period:` with a year) under plan.',
  'duplicate-id.entity': "The id '{{id}}' is already used by another phase, task or measure; ids must be unique because calendar events are identified by them.",
  'duplicate-id.event': "The id '{{id}}' is already used by another event of this task; ids must be unique because calendar events are identified by them.",
  'unit-name-duplicate': "'{{key}}' already names unit '{{holder}}'; a name or alias must identify one unit.",
  'unknown-unit.suggest': "Unknown unit '{{unit}}'. Did you mean {{names}}?",
  'unknown-unit.declare': "Unknown unit '{{unit}}'. Declare it under units:, or add it as an alias of an existing unit.",
  'date-kind-mismatch.due': "'due' needs one deadline, but this expression is {{found}}.",
  'date-kind-mismatch.repeat': "'repeat' needs a recurrence (每月, 每季度, every month…), but this expression is {{found}}.",
  'date-kind-mismatch.single-day': "'{{key}}' needs a single day (use `when` for a span), but this expression is {{found}}.",
  'related.first-used': 'first used here',
  'related.first-declared': 'first declared here',
  'list.or': ' or ',
  'quote': "'{{text}}'",
} as const satisfies Readonly<Record<string, string>>;
