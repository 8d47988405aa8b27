/** English words of the multi area; keys start with 'multi.'. */
export const multi = {
  'multi.unit-id-conflict':
    "The unit id '{{id}}' is '{{name}}' here but '{{otherName}}' in {{otherFile}}: built together, both bodies' work would go into one calendar and one task list. If they are the same unit, give it one name or list the other name as an alias; if not, give one of them another id.",
  'multi.unit-ambiguous':
    "The unit '{{name}}' matches {{others}} in {{otherFile}} by name or alias, and cannot be both: change or remove the name or alias that matches twice.",
  'multi.unit-chain':
    "The unit '{{name}}' is joined with '{{other}}' of the same plan through a name or alias another plan gives them both: change that alias, so that each unit of this plan matches one unit elsewhere.",
  'multi.plan-id-duplicate':
    "The plan id '{{id}}' is also the id of {{otherFile}}: the two plans' calendar events would share UIDs and overwrite each other. Give one of the plans another id.",
  'multi.related-unit': "'{{name}}' in {{file}}",
  'multi.related-plan': 'the plan {{file}}',
  // How an item shows its plan in a list or calendar that holds several: 【解放思想大讨论活动】召开会议.
  'multi.item-label': '[{{label}}] ',
  'multi.plans-joined': '; ',
  'multi.revisions-joined': ', ',
  'multi.calendar.name-all': 'All plans ({{count}})',
  'multi.calendar.name-unit': '{{unit}}: all plans',
  'multi.calendar.description-all': 'Every task of {{count}} plans: {{titles}}.',
  'multi.calendar.description-unit': 'What {{unit}} leads or supports in {{count}} plans: {{titles}}.',
  'multi.base-unsupported': '--base compares one plan with its previous revision; build the plans one at a time to use it.',
  'multi.arg.plans': 'plan files or quoted globs (default: plan.yaml, - for stdin); several are built together',
  'multi.arg.plans-tasks': 'plan files or quoted globs (default: plan.yaml, - for stdin); several are listed together',
} as const;
