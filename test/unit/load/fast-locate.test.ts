import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import type { PlanPath } from '../../../src/diagnostics/diagnostic.js';
import { load, loadSlow } from '../../../src/load/load.js';
import { locateFast, locateFull } from '../../../src/load/locate.js';
import { createSourceFile } from '../../../src/load/source-file.js';
import { yamlFiles } from './yaml-files.js';

/** Every path into the data, plus a missing child under each (the closest-ancestor fallback). */
function paths(data: unknown, prefix: PlanPath = []): PlanPath[] {
  const out: PlanPath[] = [prefix, [...prefix, 'no-such-key'], [...prefix, 999]];
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const extra = [
  { path: 'styles.yaml', text: 'a: "x\\"y"  # c\nb: \'it\'\'s\'\n"q k": 1\n\'s k\' : v\nc:\n- 1\n- two\n-   three  \nd:\n  - e: f\n    g:   h\n  -\n    i: j\n10: ten\nk: [1, 2]\nl: {m: n}\nm: >\n  folded\nn: multi\n  line\no:\np: |\n  block: not a key\nq: end\n' },
  { path: 'crlf.yaml', text: 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\n' },
  { path: 'nested.yaml', text: 'a:\n  - - x\n    - y\n  - z: 1\n    # comment\n\n    w: 2\nb: 3\n' },
];

describe('the line-based locator agrees with the yaml-based one', () => {
  for (const file of [...yamlFiles(), ...extra]) {
    it(`on every path of ${file.path}`, () => {
      const slow = loadSlow(file.path, file.text);
      if (!slow.value) return;
      const source = createSourceFile(file.path, slow.value.source.text);
      let answered = 0;
      let asked = 0;
      for (const path of paths(slow.value.data)) {
        for (const options of [{}, { atKey: true }, { valueRange: { offset: 1, length: 2 } }]) {
          asked++;
          const fast = locateFast(source, path, options);
          if (!fast) continue;
          answered++;
          expect({ path, options, span: fast }).toEqual({ path, options, span: locateFull(slow.value.source, path, options) });
        }
      }
      // Not a speed check: a locator that always gave up would pass the comparison vacuously.
      if (file.path.endsWith('xietang-2018.yaml')) expect(answered / asked).toBeGreaterThan(0.5);
    });
  }
});

describe('diagnostics of a generated plan', () => {
  it('are all located without the full parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-locate-'));
    const file = join(dir, 'p.yaml');
    execFileSync(process.execPath, ['test/bench/generate.mjs', '-n', '2000', '--yaml', file]);
    const text = readFileSync(file, 'utf8');
    const result = compile({ path: file, text });
    const located = result.diagnostics.filter((d) => d.path.length > 0);
    expect(located.length).toBeGreaterThan(0);
    const loaded = load({ path: file, text });
    for (const d of located) {
      const options = { ...(d.atKey ? { atKey: true } : {}), ...(d.valueRange ? { valueRange: d.valueRange } : {}) };
      expect(locateFast(loaded.value!.source, d.path, options)).toEqual(d.span);
    }
  });
});
