/**
 * The form of every id in a plan (the plan's own, units, phases, tasks, measures, events): a
 * letter or digit, then letters, digits, '.', '_' or '-', at most 64 characters, so ids are safe
 * in file names and calendar UIDs. schemas/plan.schema.json ($defs.id) says the same for the
 * validator; a test holds the two together.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}
