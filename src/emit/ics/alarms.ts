import { UsageError } from '../../diagnostics/errors.js';
import { words } from '../../i18n/words.js';

/** `--alarm 3 1` → reminders 3 and 1 working days before each deadline. */
export function parseAlarms(values: readonly string[] | undefined): { workingDaysBefore: number }[] {
  return (values ?? []).map((value) => {
    const days = Number(value);
    if (!Number.isInteger(days) || days < 0 || days > 60) throw new UsageError(words('cli.flag.alarm', { value: words('quote', { text: value }) }));
    return { workingDaysBefore: days };
  });
}
