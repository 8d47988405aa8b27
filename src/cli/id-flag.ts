import { UsageError } from '../diagnostics/errors.js';
import { isId } from '../model/id.js';

/** `--id` of `plan init` and `plan import`: the id the new plan gets, checked before anything is written. */
export function checkIdFlag(id: string): string {
  if (!isId(id)) throw new UsageError(`--id '${id}' is not an id: a letter or digit, then letters, digits, '.', '_' or '-', at most 64 characters`);
  return id;
}
