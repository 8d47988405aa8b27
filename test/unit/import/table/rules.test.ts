import { describe, expect, it } from 'vitest';
import { continuesText } from '../../../../src/import/table/continuation.js';
import { headingLevels, headingRank } from '../../../../src/import/table/heading-levels.js';
import { isSameAsAbove, unitNames } from '../../../../src/import/table/units-cell.js';
import { splitUnitList } from '../../../../src/import/unit-names.js';

describe('heading ranks and levels', () => {
  it('ranks the numbering styles', () => {
    expect(headingRank('第一阶段：宣传发动')).toBe(0);
    expect(headingRank('一、宣传发动阶段（2019年3月）')).toBe(1);
    expect(headingRank('（一）强化组织领导')).toBe(2);
    expect(headingRank('(一)强化组织领导')).toBe(2);
    expect(headingRank('1.建立工作台账')).toBe(3);
    expect(headingRank('宣传发动阶段')).toBeUndefined();
    expect(headingRank('强化组织领导', '二')).toBe(1);
    expect(headingRank('强化组织领导', '（二）')).toBe(2);
  });

  it('renumbers the ranks a table uses from 1', () => {
    expect(headingLevels([2, 3, 3, 2])).toEqual([1, 2, 2, 1]);
    expect(headingLevels([1, 2, 1])).toEqual([1, 2, 1]);
  });

  it('puts unnumbered headings outermost when the table opens with one, innermost otherwise', () => {
    expect(headingLevels([undefined, 1, 1, undefined, 1])).toEqual([1, 2, 2, 1, 2]);
    expect(headingLevels([1, undefined, undefined, 1])).toEqual([1, 2, 2, 1]);
  });
});

describe('continued task text', () => {
  it('continues a cell cut off on a joining mark or word', () => {
    expect(continuesText('完善城乡社区治理体系，', '健全村（居）民自治机制。')).toBe(true);
    expect(continuesText('统筹推进疫情防控和', '经济社会发展。')).toBe(true);
  });

  it('continues when the next row starts with a mark no sentence starts with', () => {
    expect(continuesText('加强校园周边交通秩序管理', '，每日安排警力值守。')).toBe(true);
  });

  it('does not continue a finished clause, nor an unfinished one followed by a fresh start', () => {
    expect(continuesText('成立领导小组。', '，制定方案。')).toBe(false);
    expect(continuesText('建立工作台账；', '开展自查。')).toBe(false);
    expect(continuesText('建立工作台账', '开展自查。')).toBe(false);
  });
});

describe('unit cells', () => {
  it('splits lines, lists and space-separated unit names', () => {
    expect(unitNames('区发改局\n区财政局、区统计局')).toEqual(['区发改局', '区财政局', '区统计局']);
    expect(unitNames('区发改局  区财政局')).toEqual(['区发改局', '区财政局']);
  });

  it('leaves a line with a space that is not a list of unit names to splitUnitList whole', () => {
    for (const line of ['市 发改委', '各成员单位 按职责分工负责']) expect(unitNames(line)).toEqual(splitUnitList(line));
    expect(unitNames('市 发改委')).not.toContain('市');
  });

  it('drops a name repeated on another line', () => {
    expect(unitNames('区发改局\n区发改局、区财政局')).toEqual(['区发改局', '区财政局']);
  });

  it('recognises 同上 and its marks', () => {
    expect(isSameAsAbove('同上')).toBe(true);
    expect(isSameAsAbove('同上一项')).toBe(true);
    expect(isSameAsAbove('〃')).toBe(true);
    expect(isSameAsAbove('同上级部门')).toBe(false);
  });
});
