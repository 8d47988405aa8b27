#!/usr/bin/env node
// Benchmark inputs: one in-memory plan, two renderings of the same content.
//
//   * renderYaml(plan): the plan file of docs/contract.md §1
//       plan: {id, title, year}, units: {id: name},
//       phases: [{id, title, when: "S..E", tasks: [{id, title, lead: [ids], when: "S..E" | at: "D"}]}]
//     ISO dates, quoted; ranges inclusive; a task with start == due is written with `at`.
//   * renderTjp(plan): the same plan as a TaskJuggler 3 project (units -> resources, phases ->
//     container tasks, tasks -> leaf tasks with start/end and `responsible`, start == due ->
//     milestone) with an HTML task report, a CSV task report and an icalreport.
//
// seedPlan() is a condensed transcription of the 2018 斜塘 plan (26 leaf items: 22 tasks and 4
// milestones, 5 units), used for TaskJuggler at the Xietang size; our side of that size is the
// project's real plans/xietang-2018.yaml. syntheticPlan(n) is the same shape scaled to n leaf
// tasks over n/20 units: the seed's 4 phase windows, tasks spread 6:7:5:8, ~15 % one-day items,
// 1/2/3 lead units with probability 0.70/0.25/0.05. Deterministic for a given n (mulberry32).
//
// Plain Node ESM, no dependencies. CLI:
//   node test/bench/generate.mjs -n 10000 --yaml plan.yaml --tjp plan.tjp
//   node test/bench/generate.mjs --xietang --tjp xietang.tjp
//   node test/bench/generate.mjs -n 1000            # YAML to stdout

import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const YEAR = 2018;

const SEED_TITLE = '斜塘街道解放思想大讨论活动实施方案（2018年）';

const SEED_UNITS = [
  ['dangzheng', '党政条线'],
  ['xuanchuan', '宣传条线'],
  ['jijian', '纪检条线'],
  ['zuzhi', '组织条线'],
  ['dangzuzhi', '街道各党组织'],
];

/** [id, title, start, end] (inclusive). */
const SEED_PHASES = [
  ['p1', '强化宣传发动，形成广泛思想共识（5月）', '2018-05-01', '2018-05-31'],
  ['p2', '深化学习讨论，兴起干部群众共同参与热潮（6月至10月）', '2018-06-01', '2018-10-31'],
  ['p3', '注重实践转化，提振干部干事创业精气神（10月至12月上旬）', '2018-10-01', '2018-12-10'],
  ['p4', '坚持久久为功，率先推动高质量发展（12月中旬至年底）', '2018-12-11', '2018-12-31'],
];

const FULL = Object.fromEntries(SEED_PHASES.map(([id, , s, e]) => [id, [s, e]]));

/** phase id -> [task id, title, leads, start, due]; start == due is a one-day item (milestone). */
const SEED_TASKS = {
  p1: [
    ['m1_start', '大讨论活动启动（2018年5月，党政、宣传条线牵头）', ['dangzheng', 'xuanchuan'], '2018-05-01', '2018-05-01'],
    ['t1_1', '召开街道党工委会议，研究制定大讨论活动工作方案和实施意见，广泛宣传发动', ['dangzheng', 'xuanchuan'], ...FULL.p1],
    ['t1_2', '召开街道党工委中心组学习会，对开展大讨论活动进行动员部署', ['dangzheng', 'xuanchuan'], ...FULL.p1],
    ['t1_3', '部署开展班子领导读书调研活动，推动学以致用、用以促学', ['xuanchuan'], ...FULL.p1],
    ['t1_4', '广泛征集存在问题，查找制约改革开放和高质量发展的思想障碍、观念束缚', ['dangzuzhi'], ...FULL.p1],
    ['t1_5', '发挥聚合传播体系优势，组织新闻媒体宣传报道大讨论活动', ['xuanchuan'], ...FULL.p1],
  ],
  p2: [
    ['t2_1', '聚焦“学习新思想、改革再出发、开放迈新步、发展高质量”主题，摸透情况、找准思路、搞实措施', ['dangzheng'], ...FULL.p2],
    ['t2_2', '举办3期“解放思想大讨论”论坛（8月~10月）', ['dangzheng', 'xuanchuan'], '2018-08-01', '2018-10-31'],
    ['t2_3', '各级各部门组织开展集中学习交流研讨和专题研讨', ['dangzuzhi'], ...FULL.p2],
    ['t2_4', '纪念真理标准问题讨论40周年，深入学习研讨全面深化改革开放重要思想', ['xuanchuan'], ...FULL.p2],
    ['t2_5', '自媒体开办专栏专题，举办“解放思想大家说”，组织网上主题宣传和网络文化季活动', ['xuanchuan'], ...FULL.p2],
    ['t2_6', '推出系列报道，开展“致敬改革开放40周年——‘我与斜塘的故事’”活动', ['xuanchuan'], ...FULL.p2],
    ['t2_7', '举办“走基地、看变化、聚力量”活动和百姓名嘴风采展示活动', ['xuanchuan'], ...FULL.p2],
  ],
  p3: [
    ['t3_1', '梳理有价值的意见建议，把共识性成果转化为办法、措施、政策、制度', ['dangzuzhi'], ...FULL.p3],
    ['t3_2', '加强干部日常监督和管理，完善履职保护、绩效考核、创新激励、责任追究“四项机制”', ['jijian', 'zuzhi'], ...FULL.p3],
    ['t3_3', '选优配强干部队伍，实施青蓝培育工程，系统推进干部教育培训', ['zuzhi'], ...FULL.p3],
    ['t3_4', '组织中层以上干部书面大讨论，每人提交1篇高质量心得体会文章', ['zuzhi'], ...FULL.p3],
    ['t3_5', '实施“善治斜塘党建引领工程”，推动基层党组织建设全面进步、全面过硬', ['zuzhi'], ...FULL.p3],
  ],
  p4: [
    ['t4_1', '组织好中央和省重要庆祝活动的收听收看和学习讨论', ['xuanchuan'], ...FULL.p4],
    ['m4_1218', '收听收看庆祝改革开放40周年大会（2018年12月18日上午）', ['xuanchuan'], '2018-12-18', '2018-12-18'],
    ['m4_1220', '省委、省政府庆祝改革开放40周年座谈会（12月20日前后）', ['xuanchuan'], '2018-12-20', '2018-12-20'],
    ['t4_2', '围绕“三大攻坚战”深入一线加强监督检查，加强集体“三资”管理和生态文明建设督查', ['jijian'], ...FULL.p4],
    ['t4_3', '实施全面从严治党工作方案，加大对不作为乱作为的问责曝光力度', ['zuzhi', 'jijian', 'xuanchuan'], ...FULL.p4],
    ['t4_4', '总结大讨论活动成果，运用到街道社会发展实际', ['dangzuzhi'], ...FULL.p4],
    ['t4_5', '加强对机构改革实施情况的监督检查，严肃查处改革中的违纪行为', ['jijian'], ...FULL.p4],
    ['m4_end', '大讨论活动总结收尾（2018年年底）', ['dangzheng', 'xuanchuan'], '2018-12-31', '2018-12-31'],
  ],
};

/** mulberry32: a tiny, fast, seeded PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const pad = (n, width) => String(n).padStart(width, '0');

/** The 26-item seed (22 tasks, 4 milestones, 5 units). */
export function seedPlan() {
  return {
    plan: { id: 'xdt', title: SEED_TITLE, year: YEAR },
    units: SEED_UNITS.map(([id, name]) => ({ id, name })),
    phases: SEED_PHASES.map(([id, title, start, end]) => ({
      id,
      title,
      start,
      end,
      tasks: SEED_TASKS[id].map(([tid, tt, owners, ts, td]) => ({ id: tid, title: tt, owners: [...owners], start: ts, due: td })),
    })),
  };
}

/** The seed's shape scaled to n leaf tasks over max(1, n/20) units; deterministic for (n, seed). */
export function syntheticPlan(n, seed = n) {
  const rng = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
  const m = Math.max(1, Math.floor(n / 20));
  const wid = Math.max(3, String(m).length);
  const units = [];
  for (let i = 0; i < m; i++) {
    const [, baseName] = SEED_UNITS[i % SEED_UNITS.length];
    units.push({ id: `u${pad(i + 1, wid)}`, name: `${baseName}${pad(i + 1, wid)}` });
  }

  const weights = SEED_PHASES.map(([id]) => SEED_TASKS[id].length); // 6, 7, 5, 8
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((n * w) / total));
  for (let k = 0, rest = n - counts.reduce((a, b) => a + b, 0); k < rest; k++) counts[k % 4] += 1;

  const all = Object.values(SEED_TASKS).flat();
  const seedTitles = all.filter((t) => t[3] !== t[4]).map((t) => t[1]);
  const msTitles = all.filter((t) => t[3] === t[4]).map((t) => t[1]);
  const tw = String(n).length;

  const pickOwners = (k) => {
    const chosen = [];
    k = Math.min(k, m);
    while (chosen.length < k) {
      const u = units[int(0, m - 1)].id;
      if (!chosen.includes(u)) chosen.push(u);
    }
    return chosen;
  };

  let serial = 0;
  const phases = SEED_PHASES.map(([pid, ptitle, pstart, pend], p) => {
    const ps = dayNumber(pstart);
    const pe = dayNumber(pend);
    const span = pe - ps;
    const tasks = [];
    for (let k = 0; k < counts[p]; k++) {
      serial += 1;
      const r = rng();
      const owners = pickOwners(r < 0.7 ? 1 : r < 0.95 ? 2 : 3);
      let start;
      let due;
      let title;
      if (rng() < 0.15) {
        start = due = ps + int(0, span);
        title = `${msTitles[serial % msTitles.length]}（节点${serial}）`;
      } else {
        if (rng() < 0.5) {
          start = ps;
          due = pe;
        } else {
          const a = int(0, span);
          const b = a < span ? int(a + 1, span) : span;
          start = ps + a;
          due = ps + b;
          if (start === due) start -= 1; // keep non-milestones at least 2 days wide
        }
        title = `${seedTitles[serial % seedTitles.length]}（第${serial}项）`;
      }
      tasks.push({ id: `t${pid.slice(1)}_${pad(serial, tw)}`, title, owners, start: isoDay(start), due: isoDay(due) });
    }
    return { id: pid, title: ptitle, start: pstart, end: pend, tasks };
  });
  return { plan: { id: 'xdt', title: `${SEED_TITLE}（合成规模 N=${n}）`, year: YEAR }, units, phases };
}

export const countTasks = (plan) => plan.phases.reduce((a, p) => a + p.tasks.length, 0);

// JSON string == valid YAML 1.2 double-quoted scalar
const q = (s) => JSON.stringify(s);

/** The plan file of docs/contract.md §1. */
export function renderYaml(plan) {
  const out = ['plan:', `  id: ${plan.plan.id}`, `  title: ${q(plan.plan.title)}`, `  year: ${plan.plan.year}`, 'units:'];
  for (const u of plan.units) out.push(`  ${u.id}: ${q(u.name)}`);
  out.push('phases:');
  for (const ph of plan.phases) {
    out.push(`  - id: ${ph.id}`, `    title: ${q(ph.title)}`, `    when: "${ph.start}..${ph.end}"`, '    tasks:');
    for (const t of ph.tasks) {
      out.push(`      - id: ${t.id}`, `        title: ${q(t.title)}`, `        lead: [${t.owners.join(', ')}]`);
      out.push(t.start === t.due ? `        at: "${t.start}"` : `        when: "${t.start}..${t.due}"`);
    }
  }
  return `${out.join('\n')}\n`;
}

const tq = (s) => {
  if (s.includes('"') || s.includes('\\')) throw new Error(`ASCII quote/backslash not supported in TJP string: ${s}`);
  return `"${s}"`;
};
const plus1 = (iso) => isoDay(dayNumber(iso) + 1);

/** The same plan as a TaskJuggler project: inclusive end/due -> exclusive TJ end (+1 day). */
export function renderTjp(plan, projectId = 'xdt', reportBase = '') {
  const out = [];
  const w = (line) => out.push(line);
  w('# Generated by test/bench/generate.mjs -- the same content as the YAML plan.');
  w('# Dates: YAML end/due are inclusive last days; TaskJuggler end = that day + 1 (00:00).');
  const pstart = plan.phases.map((p) => p.start).sort()[0];
  const pend = plus1(plan.phases.map((p) => p.end).sort().at(-1));
  w(`project ${projectId} ${tq(plan.plan.title)} ${pstart}-00:00-+0800 - ${pend}-00:00-+0800 {`);
  w('  timezone "Asia/Shanghai"');
  w('  timeformat "%Y-%m-%d"');
  w(`  now ${pstart}`);
  w('}');
  w('');
  w('# 牵头单位 (owning units)');
  for (const u of plan.units) w(`resource ${u.id} ${tq(u.name)} { email "${u.id}@units.example" }`);
  w('');
  for (const ph of plan.phases) {
    w(`task ${ph.id} ${tq(ph.title)} {`);
    w(`  start ${ph.start}`);
    w(`  end ${plus1(ph.end)}`);
    for (const t of ph.tasks) {
      const resp = t.owners.join(', ');
      if (t.start === t.due) w(`  task ${t.id} ${tq(t.title)} { milestone start ${t.start} responsible ${resp} }`);
      else w(`  task ${t.id} ${tq(t.title)} { start ${t.start} end ${plus1(t.due)} responsible ${resp} }`);
    }
    w('}');
    w('');
  }
  w('# Reports: HTML summary table, CSV task list, iCalendar export');
  w(`taskreport summary "${reportBase}summary" {`);
  w('  formats html');
  w(`  headline ${tq(plan.plan.title)}`);
  w('  columns bsi, name, start, end, responsible');
  w('}');
  w(`taskreport tasklist "${reportBase}tasks" {`);
  w('  formats csv');
  w('  columns id, name, start, end, responsible');
  w('}');
  w(`icalreport "${reportBase}plan"`);
  return `${out.join('\n')}\n`;
}

function main(argv) {
  let n;
  let xietang = false;
  let yamlOut;
  let tjpOut;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n') n = Number(argv[++i]);
    else if (a === '--xietang') xietang = true;
    else if (a === '--yaml') yamlOut = argv[++i];
    else if (a === '--tjp') tjpOut = argv[++i];
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: generate.mjs (-n N | --xietang) [--yaml FILE] [--tjp FILE]   (YAML to stdout without either)\n');
      return 0;
    } else {
      process.stderr.write(`generate.mjs: unknown argument ${a}\n`);
      return 2;
    }
  }
  if (!xietang && !(Number.isInteger(n) && n > 0)) {
    process.stderr.write('generate.mjs: give -n N (a positive integer) or --xietang\n');
    return 2;
  }
  const plan = xietang ? seedPlan() : syntheticPlan(n);
  if (!yamlOut && !tjpOut) process.stdout.write(renderYaml(plan));
  if (yamlOut) writeFileSync(yamlOut, renderYaml(plan));
  if (tjpOut) writeFileSync(tjpOut, renderTjp(plan));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
