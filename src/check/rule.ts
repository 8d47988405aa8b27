import type { PlanPath, RelatedLocation, Severity, SourceSpan } from '../diagnostics/diagnostic.js';
import type { rules as ruleWords } from '../i18n/catalogue/en/rules.js';
import type { IsoDate, Phase, ResolvedPlan, Task, Unit } from '../model/plan.js';
import type { ProgressLog, ProgressState } from '../progress/types.js';

export type RuleCategory = 'schedule' | 'ownership' | 'structure' | 'wording' | 'progress';

/**
 * What a rule says about itself; `plan rules`, the README table and the engine read it. Its words
 * are not here but in the catalogues (src/i18n/catalogue/{en,zh}/rules.ts), so that each language
 * is one place to read and translate: `rules.<id>.description`, and `rules.<id>.<messageId>` for
 * each message (see rule-words.ts).
 */
export interface RuleMeta<MessageId extends string, Options> {
  /** Kebab case, names the invariant (`task-within-phase`); equals the file name. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity | 'off';
  /** The rule's messages, by id; `context.report` accepts only these. */
  readonly messageIds: readonly MessageId[];
  /** JSON Schema of the options; checked by ajv when a config file sets them. */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  readonly defaultOptions?: Options;
  /** Compares with the previous revision (`plan lint --base`, the `base` service); silent without it. */
  readonly needsBase?: boolean;
  /** Checks the plan's progress entries (the `progress` service); silent without progress files. */
  readonly needsProgress?: boolean;
}

export interface RuleReport<MessageId extends string> {
  readonly messageId: MessageId;
  readonly path: PlanPath;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly related?: readonly RelatedLocation[];
  readonly atKey?: boolean;
  /** Did-you-mean candidates (the old id of a renamed task), shown by the JSON formatter. */
  readonly suggestions?: readonly string[];
  /**
   * Where the finding is when it is not in the plan: a field of a progress file (an entry's
   * `spans`). `path` then names the place in that file; without a span the engine locates `path` in the plan.
   */
  readonly span?: SourceSpan;
}

/** Services a rule may need beyond the plan itself (kept optional so rules stay testable). */
export interface RuleServices {
  /** Working-day status from the holiday calendar, when one is configured. */
  readonly workday?: (date: string) => { working: boolean; label?: string };
  readonly previousWorkingDay?: (date: string) => string;
  /** The holiday breaks overlapping a year, in order. */
  readonly breaksIn?: (year: number) => readonly { start: string; end: string; label: string }[];
  readonly isCovered?: (date: string) => boolean;
  readonly holidayCoverage?: { readonly firstYear: number; readonly lastYear: number };
  /** The previous revision (`plan lint --base OLD`); rules comparing revisions say nothing without it. */
  readonly base?: ResolvedPlan;
  /** The plan's progress entries (progress files given or found beside the plan); progress rules say nothing without them. */
  readonly progress?: ProgressLog;
  /** The day progress is judged on (--as-of, else SOURCE_DATE_EPOCH, else today). */
  readonly asOf?: IsoDate;
}

/** A key of the rules area of the catalogue (`rules.<id>.…`). */
export type RuleWordKey = keyof typeof ruleWords;

/** A progress state's label (`progress.state.done`), which progress rules name in their messages. */
export type StateWordKey = `progress.state.${ProgressState}`;

export interface RuleContext<MessageId extends string, Options> {
  readonly plan: ResolvedPlan;
  readonly options: Options;
  readonly services: RuleServices;
  report(report: RuleReport<MessageId>): void;
  /**
   * Catalogue words in the language of this run, placeholders filled: for the parts of a message
   * a rule assembles itself (a list separator, "weekend"), which must speak the message's language.
   */
  words(key: RuleWordKey | StateWordKey, data?: Readonly<Record<string, string | number>>): string;
}

export interface RuleVisitors {
  unit?(unit: Unit): void;
  phase?(phase: Phase, index: number): void;
  task?(task: Task, phase: Phase | undefined): void;
  /** Cross-entity checks after the traversal. */
  'plan:exit'?(plan: ResolvedPlan): void;
}

export interface Rule<MessageId extends string = string, Options = unknown> {
  readonly meta: RuleMeta<MessageId, Options>;
  create(context: RuleContext<MessageId, Options>): RuleVisitors;
}

/** The catalogue keys a rule with this id and these messages needs but the catalogue lacks. */
type MissingWords<Id extends string, MessageId extends string> = Exclude<`rules.${Id}.${MessageId | 'description'}`, RuleWordKey>;

/**
 * Identity helper that lets TypeScript infer a rule's id, message ids and options, and refuses
 * (at compile time) a rule whose description or messages are missing from the catalogue.
 */
export function defineRule<const Id extends string, MessageId extends string, Options = undefined>(
  rule: Rule<MessageId, Options> & { readonly meta: { readonly id: Id } } & ([MissingWords<Id, MessageId>] extends [never] ? unknown : { readonly missingWords: MissingWords<Id, MessageId> }),
): Rule<MessageId, Options> {
  return rule;
}

/** A rule of any options type, as the registry and the engine hold them. */
// Options are checked against each rule's own optionsSchema at config time, so `any` is safe here.
export type AnyRule = Rule<string, any>;
