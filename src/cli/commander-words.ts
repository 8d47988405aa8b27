import type { Argument, Command, Help, Option } from 'commander';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';

// Commander writes its headings and errors in English. The headings are a handful of fixed
// titles; its errors are recognised by their English text (commander 14's wording) and said
// again from the catalogue. An error not recognised is printed as commander wrote it.

// The English catalogue says commander's headings exactly as commander does, so a heading is
// recognised by its English words.
const TITLES: readonly MessageKey[] = ['cli.help.usage', 'cli.help.arguments', 'cli.help.options', 'cli.help.commands', 'cli.help.global-options'];

function title(heading: string, language: Language): string {
  const key = TITLES.find((k) => t('en', k) === heading);
  return key ? t(language, key) : heading;
}

/** `(default: …, choices: …)` after a description, in the run's language. */
function extras(language: Language, item: { description: string; argChoices?: string[] | undefined; defaultValue?: unknown; defaultValueDescription?: string | undefined }, showDefault: boolean): string {
  const parts: string[] = [];
  // Values quoted as commander quotes them: they are typed as shown.
  if (item.argChoices) parts.push(t(language, 'cli.help.choices', { values: item.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
  if (showDefault && item.defaultValue !== undefined) parts.push(t(language, 'cli.help.default', { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
  if (parts.length === 0) return item.description;
  const joined = parts.join(language === 'zh' ? ',' : ', ');
  return language === 'zh' ? `${item.description}(${joined})` : `${item.description} (${joined})`;
}

/** `[options]` and `[command]`, commander's placeholders in a usage line, in `language`. */
const placeholdersIn = (language: Language) => (usage: string): string =>
  usage.replace('[options]', t(language, 'cli.help.options-placeholder')).replace('[command]', t(language, 'cli.help.command-placeholder'));

/** Help in `language`: headings, the defaults and choices after descriptions, `[options]` in the usage line. */
function helpIn(language: Language): Partial<Help> {
  return {
    styleTitle: (heading: string) => title(heading, language),
    // As commander's: a default is shown for options that take a value (not for on/off switches).
    optionDescription: (option: Option) => extras(language, option, option.required || option.optional),
    argumentDescription: (argument: Argument) => extras(language, argument, true),
    styleUsage: placeholdersIn(language),
    styleSubcommandTerm: placeholdersIn(language),
  };
}

interface Rewording {
  readonly pattern: RegExp;
  readonly say: (language: Language, match: RegExpMatchArray) => string;
}

/** Commander's suggestion line, `(Did you mean --lang?)` or `(Did you mean one of a, b?)`, in `language`. */
function suggestion(line: string | undefined, language: Language): string {
  const names = line?.match(/^\(Did you mean (?:one of )?(.+)\?\)$/)?.[1];
  if (names === undefined) return '';
  return `\n${t(language, 'cli.commander.did-you-mean', { names: names.split(', ').join(t(language, 'cli.commander.or')) })}`;
}

const REWORDINGS: readonly Rewording[] = [
  { pattern: /^error: unknown option '(.+)'$/, say: (l, m) => t(l, 'cli.commander.unknown-option', { flag: m[1]! }) },
  { pattern: /^error: unknown command '(.+)'$/, say: (l, m) => t(l, 'cli.commander.unknown-command', { name: m[1]! }) },
  { pattern: /^error: missing required argument '(.+)'$/, say: (l, m) => t(l, 'cli.commander.missing-argument', { name: m[1]! }) },
  { pattern: /^error: option '(.+)' argument missing$/, say: (l, m) => t(l, 'cli.commander.option-missing-argument', { flags: m[1]! }) },
  {
    pattern: /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    say: (l, m) => t(l, 'cli.commander.invalid-choice', { flags: m[1]!, value: m[2]!, choices: m[3]! }),
  },
  {
    pattern: /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (l, m) => t(l, 'cli.commander.too-many-arguments', { command: m[1] ? t(l, 'cli.commander.for-command', { name: m[1] }) : '', expected: m[2]!, received: m[3]! }),
  },
];

/** One of commander's error texts in `language` (English is commander's own, unchanged). */
export function commanderError(text: string, language: Language): string {
  if (language === 'en') return text;
  const [first = '', second] = text.replace(/\n$/, '').split('\n');
  for (const { pattern, say } of REWORDINGS) {
    const match = first.match(pattern);
    if (match) return `${say(language, match)}${suggestion(second, language)}\n`;
  }
  return text;
}

/**
 * Makes `program` (and the commands declared on it afterwards, which inherit these settings)
 * speak `language`: headings, the help option and command, and commander's errors.
 */
export function speak(program: Command, language: Language, write: { out: (s: string) => void; err: (s: string) => void }): Command {
  return program
    .configureHelp(helpIn(language))
    .helpOption('-h, --help', t(language, 'cli.help.help-option'))
    .configureOutput({ writeOut: write.out, writeErr: write.err, outputError: (text, writeErr) => writeErr(commanderError(text, language)) });
}
