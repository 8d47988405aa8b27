/** Values for a label's `{{name}}` placeholders. */
export type LabelData = Readonly<Record<string, string | number>>;

/** A catalogue label ready to fill: `sessions({ n: 3 })` → `共 3 次`. */
export type CompiledLabel = (data: LabelData) => string;

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * Splits a label into text and placeholders once, so filling it for each of 100,000 tasks (a
 * date, a task number) is a few joins rather than a regular expression each time. Fills as
 * `interpolate` does (src/diagnostics/interpolate.ts): an unknown placeholder stays visible.
 */
export function compileLabel(label: string): CompiledLabel {
  const texts: string[] = [];
  const names: string[] = [];
  const raws: string[] = [];
  let last = 0;
  for (const match of label.matchAll(PLACEHOLDER)) {
    texts.push(label.slice(last, match.index));
    names.push(match[1]!);
    raws.push(match[0]);
    last = match.index + match[0].length;
  }
  const tail = label.slice(last);
  if (names.length === 0) return () => label;
  return (data) => {
    let out = '';
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      out += texts[i]! + (name in data ? String(data[name]) : raws[i]!);
    }
    return out + tail;
  };
}

// Labels come from the catalogue, a fixed set of strings: the cache cannot grow past it.
const compiled = new Map<string, CompiledLabel>();

/** Fills `{{name}}` placeholders in a label from the catalogue (`{{n}} sessions`). */
export function fillLabel(label: string, data: LabelData): string {
  let fill = compiled.get(label);
  if (fill === undefined) {
    fill = compileLabel(label);
    compiled.set(label, fill);
  }
  return fill(data);
}
