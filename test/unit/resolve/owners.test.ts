import { describe, expect, it } from 'vitest';
import { resolveUnitRefs, splitUnitList } from '../../../src/resolve/owners.js';
import { indexUnits } from '../../../src/resolve/unit-index.js';

const { index } = indexUnits({
  dangzheng: '党政条线',
  xuanchuan: { name: '宣传条线', aliases: ['宣传办'] },
  jijian: '纪检条线',
  zuzhi: '组织条线',
  dangzuzhi: { name: '街道各党组织', collective: true },
  fgw: '省发改委(省能源局)',
  county: '各县(市、区)人民政府',
});

describe('splitUnitList', () => {
  it('splits on 、 and keeps parenthesised lists whole', () => {
    expect(splitUnitList('各县(市、区)人民政府、省发改委(省能源局)').map((p) => p.text)).toEqual(['各县(市、区)人民政府', '省发改委(省能源局)']);
  });
  it('reports offsets into the original string', () => {
    expect(splitUnitList('组织、 纪检、宣传条线')).toEqual([
      { text: '组织', offset: 0 },
      { text: '纪检', offset: 4 },
      { text: '宣传条线', offset: 7 },
    ]);
  });
});

describe('resolveUnitRefs', () => {
  it('distributes the shared suffix in document style', () => {
    expect(resolveUnitRefs('党政、宣传条线', index, []).ids).toEqual(['dangzheng', 'xuanchuan']);
    expect(resolveUnitRefs('组织、纪检、宣传条线', index, []).ids).toEqual(['zuzhi', 'jijian', 'xuanchuan']);
  });
  it('accepts ids, names and aliases, in lists too, without duplicates', () => {
    const result = resolveUnitRefs(['jijian', '宣传办', '纪检条线'], index, ['lead']);
    expect(result.ids).toEqual(['jijian', 'xuanchuan']);
    expect(result.diagnostics).toEqual([]);
  });
  it('splits at a conjunction', () => {
    expect(resolveUnitRefs('纪检及组织条线', index, []).ids).toEqual(['jijian', 'zuzhi']);
  });
  it('keeps nested parentheses inside one unit', () => {
    expect(resolveUnitRefs('各县(市、区)人民政府', index, []).ids).toEqual(['county']);
  });
  it('reports an unknown unit with a did-you-mean and its place in the string', () => {
    const result = resolveUnitRefs('党政、宣专条线', index, ['phases', 0, 'tasks', 0, 'lead']);
    expect(result.ids).toEqual(['dangzheng']);
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d!.code).toBe('unknown-unit');
    expect(d!.valueRange).toEqual({ offset: 3, length: 4 });
    expect(d!.suggestions).toContain('宣传条线');
    expect(d!.path).toEqual(['phases', 0, 'tasks', 0, 'lead']);
  });
  it('points list entries at their index', () => {
    const result = resolveUnitRefs(['dangzheng', 'nobody'], index, ['lead']);
    expect(result.diagnostics[0]!.path).toEqual(['lead', 1]);
  });
});

describe('indexUnits', () => {
  it('rejects a name claimed by two units', () => {
    const { diagnostics } = indexUnits({ a: '宣传条线', b: { name: '宣传部', aliases: ['宣传条线'] } });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['unit-name-duplicate', ['units', 'b', 'aliases', 0]]]);
  });
});
