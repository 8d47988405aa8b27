import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { readMarkers } from '../../helpers/markers.js';

const dir = new URL('../../fixtures/', import.meta.url);

function diagnosticsOf(folder: string, name: string) {
  const text = readFileSync(new URL(`${folder}/${name}`, dir), 'utf8');
  const result = compile({ path: name, text });
  return { text, result };
}

describe('broken drafts: every marked diagnostic, and nothing else', () => {
  for (const name of readdirSync(new URL('invalid/', dir))) {
    it(name, () => {
      const { text, result } = diagnosticsOf('invalid', name);
      const expected = readMarkers(text);
      expect(expected.length).toBeGreaterThan(0);
      const actual = result.diagnostics.map((d) => ({ code: d.code, line: d.span!.start.line, column: d.span!.start.column }));
      expect(actual.map(({ code, line }) => `${code}:${line}`).sort()).toEqual(expected.map(({ code, line }) => `${code}:${line}`).sort());
      for (const e of expected.filter((x) => x.column !== undefined)) {
        expect(actual).toContainEqual({ code: e.code, line: e.line, column: e.column });
      }
    });
  }
});

describe('valid plans have no diagnostics', () => {
  for (const name of readdirSync(new URL('valid/', dir))) {
    it(name, () => {
      expect(diagnosticsOf('valid', name).result.diagnostics).toEqual([]);
    });
  }
});
