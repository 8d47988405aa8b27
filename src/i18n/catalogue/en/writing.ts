/**
 * English words of the file writers (src/write): a file or output folder plan could not write,
 * and why. Keys start with 'writing.'.
 */
export const writing = {
  'writing.cannot': 'cannot write {{file}}: {{why}}',
  // Said after the reason when an output folder's build failed part-way.
  'writing.cannot.unchanged': 'cannot write {{file}}: {{why}} (the previous output is unchanged)',
  // The system's reasons, by error code (shorter than Node's `EACCES: permission denied, open '/…'`).
  'writing.reason.permission': 'permission denied',
  'writing.reason.read-only': 'the file system is read-only',
  'writing.reason.no-space': 'no space left on the device',
  'writing.reason.quota': 'disk quota exceeded',
  'writing.reason.not-a-folder': 'a part of the path is a file, not a folder',
  'writing.reason.is-folder': 'it is a folder',
  'writing.reason.name-too-long': 'the name is too long',
  // plan's own reasons for refusing an output folder.
  'writing.reason.exists-not-folder': 'it exists and is not a folder',
  'writing.reason.locked': 'another build is writing it (lock {{lock}} held by process {{pid}})',
  'writing.reason.not-ours': '{{file}} is not a file plan wrote ({{manifest}} does not list it); move it away or build into another folder',
  'writing.reason.outside': '{{file}} would be outside the output folder',
} as const satisfies Readonly<Record<string, string>>;
