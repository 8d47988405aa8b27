import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseIcs } from '../helpers/ics-parse.js';
import { memoryIo } from '../helpers/memory-io.js';

// `plan build A B`: the real plans/xietang-2018.yaml and a second plan written by hand for this test
// (test/fixtures/multi/dangjian-2018.yaml), whose
// units overlap it by name (党政条线) and by alias (its 宣传办 is Xietang's 宣传条线), and which
// shares a task id with it. Calendars are read back by two independent parsers (ical.js here and
// in test/ci/ics-events.mjs, Python's icalendar in test/ci/ics-events.py); the workbook by openpyxl.

const root = fileURLToPath(new URL('../..', import.meta.url));
const XIETANG = 'plans/xietang-2018.yaml';
const DANGJIAN = 'test/fixtures/multi/dangjian-2018.yaml';
const A_ID = 'xietang-jiefang-sixiang-2018';
const B_ID = 'xietang-dangjian-2018';
const python = '/usr/bin/python3';

const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));
const files = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.') && !f.startsWith('.plan-')).sort();
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

async function build(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const out = join(tmp('plan-several-'), 'out');
  const io = memoryIo(root, { env });
  const code = await run(['build', ...args, '-o', out], io);
  return { code, out, err: io.err() };
}

/** Every VEVENT of the .ics files of `dir`, as both CI readers list them; they must agree. */
function bothParsers(dir: string): { file: string; uid: string; summary: string; dtstart: string }[] {
  const js = execFileSync(process.execPath, [join(root, 'test/ci/ics-events.mjs'), dir], { encoding: 'utf8' });
  const py = execFileSync(python, [join(root, 'test/ci/ics-events.py'), dir], { encoding: 'utf8' });
  expect(JSON.parse(py)).toEqual(JSON.parse(js));
  return JSON.parse(js);
}

const uidsOf = (text: string): string[] => parseIcs(text).components.map((c) => c.uid);

describe('plan build with two plans', () => {
  let combined: string;
  let singleA: string;
  let singleB: string;
  beforeAll(async () => {
    const both = await build([XIETANG, DANGJIAN]);
    expect(both.err).toContain('已写出');
    expect(both.code).toBe(0);
    combined = both.out;
    singleA = (await build([XIETANG])).out;
    singleB = (await build([DANGJIAN])).out;
  }, 60_000);

  it('writes each plan’s own outputs in its folder and one calendar and one list per matched unit at the top', () => {
    const all = files(combined);
    for (const id of [A_ID, B_ID]) {
      expect(all.filter((f) => f.startsWith(`${id}/`))).toEqual([`${id}/calendars/all.ics`, `${id}/plan.json`, `${id}/summary.html`, `${id}/summary.md`, `${id}/summary.mmd`]);
    }
    // 宣传办 (xcb) of the second plan is Xietang's 宣传条线: one unit, under the first plan's id.
    const units = ['dangzheng', 'dangzuzhi', 'jijian', 'shiye', 'xuanchuan', 'zuzhi'];
    expect(all.filter((f) => f.startsWith('calendars/'))).toEqual(['calendars/all.ics', ...units.map((u) => `calendars/${u}.ics`)]);
    expect(all.filter((f) => f.startsWith('units/'))).toEqual(units.flatMap((u) => ['csv', 'html', 'md', 'xlsx'].map((ext) => `units/${u}.${ext}`)));
  });

  it('gives each plan’s folder the very files of its single build', () => {
    for (const [id, single] of [[A_ID, singleA], [B_ID, singleB]] as const) {
      for (const file of ['calendars/all.ics', 'plan.json', 'summary.html', 'summary.md', 'summary.mmd']) expect(read(combined, `${id}/${file}`), `${id}/${file}`).toBe(read(single, file));
    }
  });

  it('puts every event of both plans in the combined calendars, with the UIDs of their single builds and none twice', () => {
    const events = bothParsers(join(combined, 'calendars'));
    const byFile = (file: string) => events.filter((e) => e.file === file).map((e) => e.uid);
    // all.ics: exactly the union of the two plans' calendars, which share no UID.
    const a = uidsOf(read(singleA, 'calendars/all.ics'));
    const b = uidsOf(read(singleB, 'calendars/all.ics'));
    expect(a.filter((uid) => b.includes(uid))).toEqual([]);
    expect(byFile('all.ics').sort()).toEqual([...a, ...b].sort());
    // The unit matched across plans holds its events of both, once each.
    const xuanchuan = byFile('xuanchuan.ics');
    expect(xuanchuan.sort()).toEqual([...uidsOf(read(singleA, 'calendars/xuanchuan.ics')), ...uidsOf(read(singleB, 'calendars/xcb.ics'))].sort());
    expect(new Set(xuanchuan).size).toBe(xuanchuan.length);
    // The same task id in both plans: two events, told apart by the plan id in the UID.
    expect(xuanchuan).toContain(`convene-working-meeting.window@${A_ID}`);
    expect(xuanchuan).toContain(`convene-working-meeting.at.at@${B_ID}`);
    // A unit only the second plan has, and one only the first has.
    expect(byFile('shiye.ics').sort()).toEqual(uidsOf(read(singleB, 'calendars/shiye.ics')).sort());
    expect(byFile('jijian.ics').sort()).toEqual(uidsOf(read(singleA, 'calendars/jijian.ics')).sort());
    for (const file of new Set(events.map((e) => e.file))) expect(new Set(byFile(file)).size, file).toBe(byFile(file).length);
  });

  it('marks every event with its plan: the short name before the title, the plan’s title first among the categories', () => {
    const calendar = parseIcs(read(combined, 'calendars/xuanchuan.ics'));
    const [a, b] = ['【解放思想大讨论活动】', '【基层党建工作】'];
    for (const event of calendar.components) {
      const ofA = event.uid.endsWith(`@${A_ID}`);
      // A reported state's mark (plans/xietang-2018.progress/) goes before the plan's name.
      const summary = event.summary.replace(/^【(已完成|已取消|暂缓)】/, '');
      expect(summary.startsWith(ofA ? a : b), event.summary).toBe(true);
      expect(event.categories[0]).toBe(ofA ? '斜塘街道解放思想大讨论活动实施方案' : '斜塘街道基层党建工作实施方案');
    }
    // The second plan's 宣传办 is called by the merged name in the combined calendar.
    const meeting = calendar.components.find((e) => e.uid === `convene-working-meeting.at.at@${B_ID}`)!;
    expect(meeting.categories).toContain('宣传条线');
    expect(meeting.categories).not.toContain('宣传办');
    expect(calendar.props['x-wr-calname']).toBe('宣传条线 · 全部方案');
    // The timed meeting of the second plan keeps its zone: the file carries one VTIMEZONE.
    expect(calendar.timezones).toEqual(['Asia/Shanghai']);
    const py = execFileSync(python, ['-c', `
import sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    cats = e.get('CATEGORIES')
    cats = cats if isinstance(cats, list) else [cats]
    print(str(e.get('UID')), str(e.get('SUMMARY')).replace(' ', '')[:20], cats[0].cats[0])
`, join(combined, 'calendars/xuanchuan.ics')], { encoding: 'utf8' });
    const lines = py.trim().split('\n');
    expect(lines.length).toBe(calendar.components.length);
    for (const line of lines) {
      const [uid, summary, category] = line.split(' ');
      expect(summary!.replace(/^【(已完成|已取消|暂缓)】/, '').startsWith(uid!.endsWith(A_ID) ? a : b), line).toBe(true);
      expect(category).toBe(uid!.endsWith(A_ID) ? '斜塘街道解放思想大讨论活动实施方案' : '斜塘街道基层党建工作实施方案');
    }
  });

  it('lists a unit’s tasks of both plans in one workbook, each row marked with its plan (read by openpyxl)', () => {
    const rows = JSON.parse(
      execFileSync(python, ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([['' if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)], ensure_ascii=False))
`, join(combined, 'units/xuanchuan.xlsx')], { encoding: 'utf8' }),
    ) as string[][];
    const text = rows.map((r) => r.join('|'));
    const titles = (prefix: string) => text.filter((r) => r.includes(prefix));
    // Led in the second plan, supported in the second plan, led in the first.
    expect(titles('【基层党建工作】制定党建宣传方案')).toHaveLength(1);
    expect(titles('【基层党建工作】召开基层党建工作推进会')).toHaveLength(1);
    expect(titles('【解放思想大讨论活动】召开街道党工委会议精心策划部署')).toHaveLength(1);
    // Every task row says which plan it is from.
    const csv = read(combined, 'units/xuanchuan.csv').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(csv.length).toBeGreaterThan(10);
    for (const line of csv) expect(/【(解放思想大讨论活动|基层党建工作)】/.test(line), line).toBe(true);
    const md = read(combined, 'units/xuanchuan.md');
    expect(md).toContain('斜塘街道解放思想大讨论活动实施方案;斜塘街道基层党建工作实施方案');
    expect(md).toContain('1、2');
  });

  it('gives byte-identical files in two time zones', () => {
    const outs = ['UTC', 'Pacific/Kiritimati'].map((tz) => {
      const out = join(tmp('plan-several-tz-'), 'out');
      execFileSync(process.execPath, [join(root, 'bin/plan.js'), 'build', XIETANG, DANGJIAN, '--docx', '-o', out], { cwd: root, env: { ...process.env, TZ: tz }, stdio: 'pipe' });
      return out;
    });
    const [first, second] = outs as [string, string];
    expect(files(second)).toEqual(files(first));
    expect(files(first)).toContain('units/xuanchuan.docx');
    for (const file of files(first)) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  }, 120_000);
});

describe('plans named by a glob', () => {
  it('builds every plan the glob matches and leaves progress files out', async () => {
    const dir = tmp('plan-several-glob-');
    mkdirSync(join(dir, 'plans'));
    copyFileSync(join(root, XIETANG), join(dir, 'plans/a.yaml'));
    copyFileSync(join(root, DANGJIAN), join(dir, 'plans/b.yaml'));
    writeFileSync(join(dir, 'plans/a.progress.yaml'), `plan: ${A_ID}\nentries: []\n`);
    const io = memoryIo(dir);
    expect(await run(['build', 'plans/*.yaml', '-o', 'out'], io)).toBe(0);
    expect(io.err()).not.toContain('错误');
    expect(files(join(dir, 'out')).filter((f) => !f.includes('/') || f.startsWith('calendars/all'))).toEqual(['calendars/all.ics']);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.plan-manifest.json', 'calendars', 'units', B_ID, A_ID].sort());
  });
});

describe('units that cannot be matched', () => {
  const second = (units: string): string => {
    const dir = tmp('plan-several-conflict-');
    copyFileSync(join(root, XIETANG), join(dir, 'a.yaml'));
    const text = readFileSync(join(root, DANGJIAN), 'utf8').replace(/^units:\n(?:  .*\n)+/m, `units:\n${units}`);
    writeFileSync(join(dir, 'b.yaml'), text);
    return dir;
  };
  const units = (extra: string) => `  dangzheng: 党政条线\n  xcb: { name: 宣传办, aliases: [宣传条线] }\n${extra}`;

  it('refuses one id for two different units, at the unit’s line and column, naming both names and files (Chinese)', async () => {
    const dir = second(units('  shiye: 社会事业条线\n  jijian: 纪律检查室\n'));
    const out = join(dir, 'out');
    const io = memoryIo(dir);
    expect(await run(['build', 'a.yaml', 'b.yaml', '-o', out], io)).toBe(1);
    // b.yaml line 19 (after the comment block, plan and two other units), column 3: the key `jijian`.
    expect(io.err()).toMatch(/b\.yaml:19:3 {2}错误 {2}单位编号“jijian”在这里是“纪律检查室”,在 a\.yaml 中却是“纪检条线”.*multi-unit-id-conflict/);
    expect(io.err()).toContain('a.yaml 中的“纪检条线”:a.yaml:28:11');
    expect(io.err()).toContain('plan: 未写出任何文件');
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses the same conflict in plan report, which would count two bodies in one row', async () => {
    const dir = second(units('  shiye: 社会事业条线\n  jijian: 纪律检查室\n'));
    const io = memoryIo(dir);
    expect(await run(['report', 'a.yaml', 'b.yaml', '--no-progress', '--as-of', '2018-09-30'], io)).toBe(1);
    expect(io.err()).toMatch(/b\.yaml:19:3 {2}错误 {2}单位编号“jijian”在这里是“纪律检查室”.*multi-unit-id-conflict/);
    expect(io.out()).toBe('');
  });

  it('says the same in English', async () => {
    const dir = second(units('  shiye: 社会事业条线\n  jijian: 纪律检查室\n'));
    const io = memoryIo(dir);
    expect(await run(['build', 'a.yaml', 'b.yaml', '--lang', 'en', '-o', join(dir, 'out')], io)).toBe(1);
    expect(io.err()).toMatch(/b\.yaml:19:3 {2}error {2}The unit id 'jijian' is '纪律检查室' here but '纪检条线' in a\.yaml: .*multi-unit-id-conflict/);
    expect(io.err()).toContain("'纪检条线' in a.yaml: a.yaml:28:11");
  });

  it('refuses a unit whose names match two units of the other plan, in both languages', async () => {
    const dir = second(units('  shiye: { name: 社会事业条线, aliases: [组织条线, 纪检条线] }\n'));
    const zh = memoryIo(dir);
    expect(await run(['build', 'a.yaml', 'b.yaml', '-o', join(dir, 'out')], zh)).toBe(1);
    expect(zh.err()).toMatch(/b\.yaml:18:3 {2}错误 {2}单位“社会事业条线”的名称或别名与 a\.yaml 中的“纪检条线”、“组织条线”都相符.*multi-unit-ambiguous/);
    const en = memoryIo(dir);
    expect(await run(['build', 'a.yaml', 'b.yaml', '--lang', 'en', '-o', join(dir, 'out')], en)).toBe(1);
    expect(en.err()).toMatch(/b\.yaml:18:3 {2}error {2}The unit '社会事业条线' matches '纪检条线', '组织条线' in a\.yaml by name or alias/);
  });

  it('refuses two plans with one plan id, whose events would share UIDs', async () => {
    const dir = second(units('  shiye: 社会事业条线\n'));
    writeFileSync(join(dir, 'b.yaml'), readFileSync(join(dir, 'b.yaml'), 'utf8').replace(`id: ${B_ID}`, `id: ${A_ID}`));
    const io = memoryIo(dir);
    expect(await run(['build', 'a.yaml', 'b.yaml', '-o', join(dir, 'out')], io)).toBe(1);
    expect(io.err()).toMatch(/b\.yaml:6:3 {2}错误 {2}方案编号“xietang-jiefang-sixiang-2018”与 a\.yaml 的方案编号相同.*multi-plan-id-duplicate/);
  });
});

describe('plan tasks with two plans', () => {
  it('lists a unit’s tasks of both plans as one list, named as either plan names it', async () => {
    const io = memoryIo(root);
    expect(await run(['tasks', XIETANG, DANGJIAN, '--unit', '宣传办', '--today', '2018-06-10', '--format', 'tsv'], io)).toBe(0);
    const rows = io.out().trim().split('\n').slice(1).map((l) => l.split('\t'));
    const tasks = rows.filter((r) => r[0] === 'task');
    const lead = tasks.filter((r) => r[6] === 'lead' && r[0] === 'task');
    // Led tasks of both plans sorted together by due date: the second plan's 6月29日 task sits between Xietang's May and October ones.
    const dues = lead.map((r) => r[11]);
    expect([...dues].sort()).toEqual(dues);
    expect(lead.map((r) => r[4])).toContain('【基层党建工作】制定党建宣传方案');
    expect(lead.map((r) => r[4])).toContain('【解放思想大讨论活动】召开街道党工委会议精心策划部署');
    expect(tasks.filter((r) => r[6] === 'support').map((r) => r[4])).toContain('【基层党建工作】召开基层党建工作推进会');
    // The second plan's unit id is the merged one.
    expect(tasks.find((r) => r[4] === '【基层党建工作】制定党建宣传方案')![7]).toBe('xuanchuan');
  });

  it('lists one plan exactly as before', async () => {
    const io = memoryIo(root);
    expect(await run(['tasks', XIETANG, '--unit', '宣传条线', '--today', '2018-06-10', '--format', 'tsv'], io)).toBe(0);
    expect(io.out()).not.toContain('【');
  });
});
