/**
 * The file name of one calendar object (`plan ics --split`): the UID in characters that are safe
 * in a file name on every system and in a CalDAV URL path without encoding. Letters, digits,
 * `.`, `-`, `_` and `@` stay (every UID plan makes is only these); any other UTF-8 byte becomes
 * `~XX`, and so does `~` itself and a leading `.`, so two UIDs never share a name and no object
 * is a hidden file.
 */
export function objectFileName(uid: string): string {
  let out = '';
  for (const byte of Buffer.from(uid, 'utf8')) {
    const c = String.fromCharCode(byte);
    const safe = /[A-Za-z0-9_@-]/.test(c) || (c === '.' && out !== '');
    out += safe ? c : '~' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out + '.ics';
}
