import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../src/import/blocks.js';
import { readTaskTable } from '../../../../src/import/table/index.js';

const table = (rows: string[][]): TableBlock => ({ kind: 'table', rows: rows.map((r) => r.map((text) => ({ text, colSpan: 1, mergedFromAbove: false }))) });

describe('a table of targets', () => {
  // 沙坪坝区 2022 (cqspb.gov.cn): 序号 | 2022年预期目标 | 责任单位.
  it('has its target column read as the work, each owned by its units', () => {
    const read = readTaskTable(table([['序号', '2022年预期目标', '责任单位'], ['1', '地区生产总值增长5.5%左右', '区发展改革委'], ['2', '工业增加值增长7%左右', '区经济信息委']]));
    expect(read?.tasks.map((t) => [t.text, t.lead])).toEqual([
      ['地区生产总值增长5.5%左右', ['区发展改革委']],
      ['工业增加值增长7%左右', ['区经济信息委']],
    ]);
  });

  it('but a table of figures with no units is still no task table', () => {
    expect(readTaskTable(table([['序号', '预期目标', '完成值'], ['1', '增长5%', '5.2%']]))).toBeUndefined();
  });
});

describe('a column saying where a task comes from', () => {
  // 六安市 2022 重点工作及责任清单 (luan.gov.cn): 任务来源 names a document, not the work.
  it('is detail, and 重点工作 stays the task', () => {
    const read = readTaskTable(table([['序号', '重点工作', '牵头责任单位', '协同责任单位', '任务来源'], ['1', '全面延伸“双招双引”。', '市政府办', '市政府各部门', '皖政〔2022〕9号文件']]));
    expect(read?.tasks[0]).toMatchObject({ text: '全面延伸“双招双引”。', lead: ['市政府办'], support: ['市政府各部门'], detail: [{ header: '任务来源', text: '皖政〔2022〕9号文件' }] });
  });
});
