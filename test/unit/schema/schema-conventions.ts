import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;

/**
 * What every schema of ours promises editors and users (plan, progress): strict ajv, bilingual
 * descriptions on every property and definition, draft-07 keywords only, closed objects with x- keys.
 */
export function itFollowsTheSchemaConventions(schema: Record<string, unknown>): void {
  it('compiles with ajv in strict mode', () => {
    expect(() => new Ajv2020({ allErrors: true, strict: true }).compile(schema)).not.toThrow();
  });

  it('describes every property and definition in Chinese and English', () => {
    const missing: string[] = [];
    const cjk = /[\u3400-\u9fff]/u;
    const latin = /[A-Za-z]/;
    const check = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
      const s = node as Record<string, unknown>;
      const d = s.description;
      if (typeof d !== 'string' || !cjk.test(d) || !latin.test(d)) missing.push(where);
      // Properties and definitions carry their own description (it is what editors show on
      // hover); elsewhere a bare {$ref} is enough, as it points at a described definition.
      const bareRef = (sub: unknown): boolean => typeof sub === 'object' && sub !== null && Object.keys(sub).length === 1 && '$ref' in sub;
      for (const key of ['properties', '$defs'] as const) {
        for (const [name, sub] of Object.entries((s[key] as Record<string, unknown> | undefined) ?? {})) check(sub, `${where}/${key}/${name}`);
      }
      for (const [name, sub] of Object.entries((s.patternProperties as Record<string, unknown> | undefined) ?? {})) {
        if (!bareRef(sub)) check(sub, `${where}/patternProperties/${name}`);
      }
      for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) {
        if (typeof s[key] === 'object' && !bareRef(s[key])) check(s[key], `${where}/${key}`);
      }
      for (const [i, sub] of ((s.anyOf as unknown[] | undefined) ?? []).entries()) check(sub, `${where}/anyOf/${i}`);
    };
    check(schema, '#');
    expect(missing).toEqual([]);
  });

  it('uses no keyword newer than draft-07, so editors still on draft-07 (yaml-language-server) understand all of it', () => {
    const newer = ['unevaluatedProperties', 'unevaluatedItems', 'prefixItems', 'dependentSchemas', 'dependentRequired', '$dynamicRef', '$dynamicAnchor', '$anchor', '$recursiveRef', 'minContains', 'maxContains'];
    const used: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (newer.includes(k)) used.push(k);
        walk(v);
      }
    };
    walk(schema);
    expect(used).toEqual([]);
  });

  it('closes every object schema (additionalProperties: false) and allows x- keys in it', () => {
    const open: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const s = node as Record<string, unknown>;
      if (s.type === 'object' && 'properties' in s) {
        const x = (s.patternProperties as Record<string, unknown> | undefined)?.['^x-'];
        if (s.additionalProperties !== false || x === undefined) open.push(where);
      }
      for (const [k, v] of Object.entries(s)) if (typeof v === 'object') walk(v, `${where}/${k}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });
}
