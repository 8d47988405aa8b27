import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../../src/import/read/text-blocks.js';

describe('a table flattened to one cell a line', () => {
  // 南陵县 2024 分解表 (nlx.gov.cn): each cell on its own line, ending in " |".
  it('is rebuilt with the header’s width, found from the first row number', () => {
    const text = ['附件', '序号 |', '目标与任务 |', '牵头责任单位 |', '责任单位 |', '80 |', '加大普惠性托育供给。 |', '县教育局 |', '县各有关单位 |', '81 |', '保障秋季开学。 |', '县教育局 |', '县各有关单位 |'].join('\n');
    const blocks = textToBlocks(text);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '附件' });
    const table = blocks[1];
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '目标与任务', '牵头责任单位', '责任单位'],
      ['80', '加大普惠性托育供给。', '县教育局', '县各有关单位'],
      ['81', '保障秋季开学。', '县教育局', '县各有关单位'],
    ]);
  });

  it('but lines ending in a bar without a 序号 header stay paragraphs', () => {
    expect(textToBlocks('目标 |\n任务 |').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
