import { describe, expect, it } from 'vitest';
import { readTaskTable } from '../../../../src/import/table/read-task-table.js';
import { merged, span, table } from './table-helpers.js';

const HEADER5 = ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'];

describe('a five-column table with merged phase rows', () => {
  const result = readTaskTable(
    table(
      [span('附件1\n重点任务分工表', 5)],
      HEADER5,
      [span('一、宣传发动阶段（2019年3月）', 5)],
      ['1', '制定创建工作实施方案，成立工作专班。', '区文明办', '区委宣传部、各街道', '2019年3月底前'],
      ['2', '召开全区动员大会，营造浓厚创建氛围。', '区委宣传部', '区融媒体中心', '2019年3月'],
      [span('二、集中整治阶段（2019年4月—10月）', 5)],
      ['3', '开展背街小巷环境卫生整治。', '区城管局', '各街道办事处、区住建局', '2019年10月底前'],
      ['4', '整治农贸市场周边占道经营。', '同上', '区市场监管局', '同上'],
    ),
  );

  it('reads the title row, the headings and the tasks', () => {
    expect(result?.titleRows).toEqual(['附件1\n重点任务分工表']);
    expect(result?.headerRows).toEqual([1]);
    expect(result?.headings).toEqual([
      { row: 2, text: '一、宣传发动阶段（2019年3月）', level: 1 },
      { row: 5, text: '二、集中整治阶段（2019年4月—10月）', level: 1 },
    ]);
    expect(result?.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
  });

  it('gives each task its units, timing and phase', () => {
    expect(result?.tasks[0]).toEqual({
      row: 3,
      number: '1',
      text: '制定创建工作实施方案，成立工作专班。',
      lead: ['区文明办'],
      support: ['区委宣传部', '各街道'],
      timing: '2019年3月底前',
      detail: [],
      groups: ['一、宣传发动阶段（2019年3月）'],
    });
    expect(result?.tasks[2]?.groups).toEqual(['二、集中整治阶段（2019年4月—10月）']);
  });

  it('同上 repeats the cell of the row above', () => {
    const task = result?.tasks[3];
    expect(task?.lead).toEqual(['区城管局']);
    expect(task?.support).toEqual(['区市场监管局']);
    expect(task?.timing).toBe('2019年10月底前');
  });
});

describe('two-tier header', () => {
  it('reads 牵头单位 and 配合单位 under a merged 责任单位', () => {
    const result = readTaskTable(
      table(
        ['序号', '工作任务', span('责任单位', 2), '完成时限'],
        [merged('序号'), merged('工作任务'), '牵头单位', '配合单位', merged('完成时限')],
        ['1', '建立健全联席会议制度。', '县司法局', '县委政法委、县公安局', '2023年6月'],
      ),
    );
    expect(result?.headerRows).toEqual([0, 1]);
    expect(result?.tasks).toHaveLength(1);
    expect(result?.tasks[0]?.lead).toEqual(['县司法局']);
    expect(result?.tasks[0]?.support).toEqual(['县委政法委', '县公安局']);
    expect(result?.tasks[0]?.timing).toBe('2023年6月');
  });
});

describe('a vertical section column', () => {
  it('groups the tasks under the merged value, and under an empty cell left by a reader without merges', () => {
    const result = readTaskTable(
      table(
        ['类别', '序号', '工作任务', '责任单位', '完成时限'],
        ['基础设施', '1', '改造老旧小区供水管网。', '区住建局', '2024年6月底前'],
        [merged('基础设施'), '2', '新建公共停车位500个。', '区交通局', '2024年12月底前'],
        ['公共服务', '3', '新增普惠性托位200个。', '区卫健委', '2024年12月底前'],
        ['', '4', '建成社区嵌入式养老服务站3个。', '区民政局', '2024年10月底前'],
      ),
    );
    expect(result?.roles.map((c) => c.role)).toEqual(['section', 'number', 'task', 'lead', 'due']);
    expect(result?.tasks.map((t) => t.groups)).toEqual([['基础设施'], ['基础设施'], ['公共服务'], ['公共服务']]);
    expect(result?.headings).toEqual([]);
  });

  it('a 重点任务 column merged over its 具体措施 becomes their group', () => {
    const result = readTaskTable(
      table(
        ['序号', '重点任务', '具体措施', '责任单位', '完成时限'],
        ['1', '优化营商环境', '（1）推行“一窗受理”。', '县行政审批局', '2023年6月'],
        [merged('1'), merged('优化营商环境'), '（2）压缩企业开办时间至1个工作日。', '县市场监管局', '2023年9月'],
      ),
    );
    expect(result?.tasks.map((t) => [t.number, t.text, t.groups])).toEqual([
      ['1', '（1）推行“一窗受理”。', ['优化营商环境']],
      [undefined, '（2）压缩企业开办时间至1个工作日。', ['优化营商环境']],
    ]);
  });
});

describe('continuation rows', () => {
  it('a task cell merged from above adds units and a second date to the same task', () => {
    const result = readTaskTable(
      table(
        HEADER5,
        ['1', '开展“两违”专项整治。', '区城管局', '各街道', '2024年6月底前'],
        [merged('1'), merged('开展“两违”专项整治。'), merged('区城管局'), '区自然资源分局', '2024年12月底前'],
        ['2', '建立长效管理机制。', '区城管局', '各街道', '2024年12月底前'],
      ),
    );
    expect(result?.tasks).toHaveLength(2);
    expect(result?.tasks[0]?.lead).toEqual(['区城管局']);
    expect(result?.tasks[0]?.support).toEqual(['各街道', '区自然资源分局']);
    expect(result?.tasks[0]?.timing).toBe('2024年6月底前\n2024年12月底前');
  });

  it('a row with empty 序号 and empty task cell adds to the task above', () => {
    const result = readTaskTable(
      table(
        HEADER5,
        ['1', '推进垃圾分类全覆盖。', '区城管局', '各街道', '2024年底前'],
        ['', '', '', '区教育局、区商务局', ''],
        ['2', '开展垃圾分类进校园活动。', '区教育局', '', '2024年9月'],
      ),
    );
    expect(result?.tasks.map((t) => t.support)).toEqual([['各街道', '区教育局', '区商务局'], []]);
  });

  it('new text under an unfinished cell (ends on ，) continues it; after 。 it is a new task', () => {
    const result = readTaskTable(
      table(
        HEADER5,
        ['1', '完善城乡社区治理体系，', '区民政局', '各镇（街道）', '2024年底前'],
        ['', '健全村（居）民自治机制。', '', '', ''],
        ['', '开展社区工作者能力提升培训。', '区民政局', '区委组织部', '2024年10月'],
      ),
    );
    expect(result?.tasks.map((t) => [t.number, t.text])).toEqual([
      ['1', '完善城乡社区治理体系，健全村（居）民自治机制。'],
      [undefined, '开展社区工作者能力提升培训。'],
    ]);
    expect(result?.tasks[1]?.row).toBe(3);
  });

  it('a row starting with a mark no sentence starts with continues the cell above', () => {
    const result = readTaskTable(
      table(HEADER5, ['1', '加强校园周边交通秩序管理', '区公安分局', '区教育局', '长期坚持'], ['', '，每日上下学时段安排警力值守。', '', '', '']),
    );
    expect(result?.tasks.map((t) => t.text)).toEqual(['加强校园周边交通秩序管理，每日上下学时段安排警力值守。']);
  });
});

describe('责任单位-only tables', () => {
  it('all units lead without a note', () => {
    const result = readTaskTable(
      table(['序号', '工作任务', '责任单位', '完成时间'], ['1', '开展河湖“清四乱”行动。', '县水利局、县生态环境分局', '2023年11月']),
    );
    expect(result?.tasks[0]?.lead).toEqual(['县水利局', '县生态环境分局']);
    expect(result?.tasks[0]?.support).toEqual([]);
    expect(result?.firstListedLeads).toBe(false);
  });

  const body = [
    ['序号', '工作任务', '责任单位', '完成时间'],
    ['1', '开展河湖“清四乱”行动。', '县水利局、县生态环境分局、各乡镇人民政府', '2023年11月'],
  ];

  it('a 列第一位 note in the title: the first unit leads, the rest support', () => {
    const result = readTaskTable(table([span('重点任务分工表（列第一位的为牵头单位）', 4)], ...body));
    expect(result?.firstListedLeads).toBe(true);
    expect(result?.tasks[0]?.lead).toEqual(['县水利局']);
    expect(result?.tasks[0]?.support).toEqual(['县生态环境分局', '各乡镇人民政府']);
  });

  it('the note in a footnote row under the table', () => {
    const result = readTaskTable(table(...body, [span('注：责任单位中列第一位的为牵头单位。', 4)]));
    expect(result?.notes).toEqual(['注：责任单位中列第一位的为牵头单位。']);
    expect(result?.tasks).toHaveLength(1);
    expect(result?.tasks[0]?.lead).toEqual(['县水利局']);
  });

  it('the note given by the caller from the text around the table', () => {
    expect(readTaskTable(table(...body), { firstListedLeads: true })?.tasks[0]?.lead).toEqual(['县水利局']);
  });

  it('the note does not apply where a 牵头单位 column exists', () => {
    const result = readTaskTable(
      table(HEADER5, ['1', '开展河湖“清四乱”行动。', '县水利局', '县生态环境分局、各乡镇人民政府', '2023年11月']),
      { firstListedLeads: true },
    );
    expect(result?.firstListedLeads).toBe(false);
    expect(result?.tasks[0]?.support).toEqual(['县生态环境分局', '各乡镇人民政府']);
  });

  it('keeps 各县(市、区)人民政府 whole and reads units one per line', () => {
    const result = readTaskTable(
      table(['序号', '工作任务', '责任单位', '完成时间'], ['1', '全面推行河湖长制。', '省水利厅\n各县(市、区)人民政府', '2023年底前']),
    );
    expect(result?.tasks[0]?.lead).toEqual(['省水利厅', '各县(市、区)人民政府']);
  });
});

describe('not a task table', () => {
  it('a personnel list', () => {
    expect(
      readTaskTable(
        table(
          [span('创建工作领导小组成员名单', 3)],
          ['姓名', '职务', '分工'],
          ['王某某', '区长', '全面负责'],
          ['李某某', '副区长', '具体负责'],
        ),
      ),
    ).toBeUndefined();
  });

  it('a table of figures', () => {
    expect(readTaskTable(table(['指标', '2022年', '2023年'], ['地区生产总值（亿元）', '120', '128']))).toBeUndefined();
  });
});

describe('traditional script', () => {
  it('reads 牽頭單位 / 責任單位 / 完成時限 and keeps the document characters', () => {
    const result = readTaskTable(
      table(['序號', '重點任務', '牽頭單位', '責任單位', '完成時限'], ['1', '建立聯席會議制度。', '區司法局', '區公安局、區民政局', '2023年6月底前']),
    );
    expect(result?.roles.map((c) => c.header)).toEqual(['序號', '重點任務', '牽頭單位', '責任單位', '完成時限']);
    expect(result?.tasks[0]).toMatchObject({ number: '1', text: '建立聯席會議制度。', lead: ['區司法局'], timing: '2023年6月底前' });
    expect(result?.tasks[0]?.support).toEqual(['區公安局', '區民政局']);
  });
});

describe('page breaks', () => {
  it('skips the header repeated on a new page and the column-number row', () => {
    const result = readTaskTable(
      table(
        HEADER5,
        ['1', '2', '3', '4', '5'],
        ['1', '制定工作方案。', '区发改局', '区财政局', '2024年3月'],
        ['序  号', '重点任务', '牵头单位', '责任单位', '完成时限'],
        ['2', '建立项目库。', '区发改局', '各街道', '2024年6月'],
      ),
    );
    expect(result?.tasks.map((t) => [t.number, t.text, t.row])).toEqual([
      ['1', '制定工作方案。', 2],
      ['2', '建立项目库。', 4],
    ]);
  });
});

describe('heading levels', () => {
  it('nests （一） under 一、 and closes it at the next 一、-style heading', () => {
    const result = readTaskTable(
      table(
        HEADER5,
        [span('一、强化组织保障', 5)],
        [span('（一）健全工作机制', 5)],
        ['1', '成立领导小组。', '区委办', '区政府办', '2024年1月'],
        [span('（二）压实工作责任', 5)],
        ['2', '签订目标责任书。', '区委办', '各街道', '2024年2月'],
        [span('二、加强督促检查', 5)],
        ['3', '开展季度督查。', '区督查室', '', '每季度末'],
      ),
    );
    expect(result?.headings.map((h) => h.level)).toEqual([1, 2, 2, 1]);
    expect(result?.tasks.map((t) => t.groups)).toEqual([
      ['一、强化组织保障', '（一）健全工作机制'],
      ['一、强化组织保障', '（二）压实工作责任'],
      ['二、加强督促检查'],
    ]);
  });

  it('a table whose headings start at （一） has them at level 1', () => {
    const result = readTaskTable(table(HEADER5, [span('（一）强化组织领导', 5)], ['1', '成立领导小组。', '区委办', '', '2024年1月']));
    expect(result?.headings[0]?.level).toBe(1);
  });

  it('a heading whose number stands in its own cell, the text merged across the rest', () => {
    const result = readTaskTable(
      table(HEADER5, ['一', span('强化组织领导', 4)], ['1', '成立领导小组。', '区委办', '', '2024年1月'], ['二', span('加强宣传引导', 4)], ['2', '开设专题专栏。', '区融媒体中心', '', '2024年3月']),
    );
    expect(result?.headings).toEqual([
      { row: 1, text: '强化组织领导', number: '一', level: 1 },
      { row: 3, text: '加强宣传引导', number: '二', level: 1 },
    ]);
    expect(result?.tasks.map((t) => t.groups)).toEqual([['强化组织领导'], ['加强宣传引导']]);
  });

  it('a heading written in the first cell only, the others left empty', () => {
    const result = readTaskTable(table(HEADER5, ['第一阶段：动员部署', '', '', '', ''], ['1', '召开动员会。', '区委办', '', '2024年1月']));
    expect(result?.headings).toEqual([{ row: 1, text: '第一阶段：动员部署', level: 1 }]);
    expect(result?.tasks[0]?.groups).toEqual(['第一阶段：动员部署']);
  });

  it('an unnumbered task alone in the first (task) column stays a task', () => {
    const result = readTaskTable(table(['工作任务', '责任单位', '完成时限'], ['建立工作台账。', '', ''], ['开展自查自纠。', '区司法局', '2024年5月']));
    expect(result?.headings).toEqual([]);
    expect(result?.tasks.map((t) => t.text)).toEqual(['建立工作台账。', '开展自查自纠。']);
  });
});

describe('detail columns', () => {
  it('keeps leaders, targets and unknown columns under their header, never as units', () => {
    const result = readTaskTable(
      table(
        ['序号', '重点任务', '工作目标', '牵头领导', '牵头单位', '督办科室'],
        ['1', '推进老旧小区改造。', '完成改造小区12个', '张某某', '区住建局', '督查一科'],
      ),
    );
    expect(result?.tasks[0]?.lead).toEqual(['区住建局']);
    expect(result?.tasks[0]?.detail).toEqual([
      { header: '工作目标', text: '完成改造小区12个' },
      { header: '牵头领导', text: '张某某' },
      { header: '督办科室', text: '督查一科' },
    ]);
  });
});

describe('page breaks in pasted text', () => {
  it('skips a two-tier header re-printed as one row', () => {
    const result = readTaskTable(
      table(
        ['序号', '工作任务', span('责任单位', 2), '完成时限'],
        [merged('序号'), merged('工作任务'), '牵头单位', '配合单位', merged('完成时限')],
        ['1', '建立健全联席会议制度。', '县司法局', '县公安局', '2023年6月'],
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        ['2', '开展矛盾纠纷排查。', '县司法局', '各乡镇', '每月'],
      ),
    );
    expect(result?.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
});

describe('bare 单位 header', () => {
  it('reads 任务 | 单位 as a task table, but not a contact list', () => {
    expect(readTaskTable(table(['任务', '单位'], ['编制年度计划。', '区发改局']))?.tasks[0]?.lead).toEqual(['区发改局']);
    expect(readTaskTable(table(['序号', '单位', '联系人', '电话'], ['1', '区发改局', '王某', '1234567']))).toBeUndefined();
  });
});
