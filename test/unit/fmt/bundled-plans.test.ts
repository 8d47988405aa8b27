import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../../src/fmt/format.js';

const plans = new URL('../../../plans/', import.meta.url);

// The README's CI recipe runs `plan fmt --check plans/*.yaml`: the bundled plans must pass it.
describe('the bundled plans', () => {
  it.each(readdirSync(plans).filter((f) => f.endsWith('.yaml')))('%s is in plan fmt’s canonical layout', (name) => {
    expect(formatPlan(readFileSync(new URL(name, plans), 'utf8')).changed).toBe(false);
  });
});
