import { FAILSAFE_SCHEMA, load as jsYamlLoad, Type } from 'js-yaml';

/*
 * js-yaml parses plain block YAML about five times faster than `yaml` but keeps no positions.
 * We use it only where both parsers must agree; anything unusual goes to the slow path, which
 * also owns every error and warning message.
 */

// The YAML 1.2 core schema exactly as the `yaml` package resolves it (its schema/core/*.js):
// js-yaml's own CORE_SCHEMA also accepts `1_000`, `0b1` and `+.5e3`-style forms `yaml` keeps as strings.
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
  construct: (s: string) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
});
const coreSchema = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Text the fast path declines, conservatively (a false alarm only costs speed):
 * anchors, aliases and tags (`&a`, `*a`, `!t` after a space or a bracket; `a,*b` is left to
 * the shared-reference check below, since real plans write `,*` in prose), directives and
 * document markers, complex keys (`? `), null or empty keys (`yaml` makes them "" where js-yaml
 * says "null"), a flow collection closing at the start of a line (`yaml` warns about its
 * indentation), tabs and lone carriage returns.
 */
const UNUSUAL =
  /(?:^|[\s[{])[&*!]|^(?:%|---|\.\.\.)|^[ ]*(?:\?(?:[ ]|$)|[\]}])|(?:^|[\s{,])(?:~|[Nn]ull|NULL)?[ ]*:(?:[ ]|$)|\t|\r(?!\n)/m;

/** The plan's data, or undefined when the slow path must decide (unusual text, or any js-yaml error). */
export function fastParse(text: string): { data: unknown } | undefined {
  // Whole-line comments are prose (and often quote YAML); ignore them for the check.
  if (UNUSUAL.test(text.replace(/^[ ]*#.*$/gm, ''))) return undefined;
  try {
    const data = jsYamlLoad(text, { schema: coreSchema });
    // An empty document: let the slow path produce exactly what it always did.
    if (data === undefined || hasSharedObjects(data)) return undefined;
    return { data };
  } catch {
    // Duplicate keys, syntax errors...: the slow path reports them with positions.
    return undefined;
  }
}

/**
 * An alias of a collection that slipped past UNUSUAL shows up as one object reached twice;
 * the slow path then applies the alias budget (js-yaml has none) and reports it.
 */
function hasSharedObjects(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}
