import { objectFileName } from '../emit/ics/object-name.js';
import { writeOutput } from '../write/output-folder.js';

/**
 * `plan ics --split DIR`: one `.ics` per calendar object, named from its UID, written as one
 * output folder (all or nothing; objects of an earlier split that are gone now are removed,
 * the user's own files are kept). Returns how many objects were written.
 */
export function writeObjects(objects: readonly { readonly uid: string; readonly text: string }[], dir: string, shown: string): number {
  writeOutput(
    dir,
    objects.map((o) => ({ path: objectFileName(o.uid), contents: o.text })),
    { shown },
  );
  return objects.length;
}
