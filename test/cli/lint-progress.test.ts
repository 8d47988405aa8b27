import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

// The plan of the progress-rule fixtures, with one deadline on a Sunday: a warning of the plan's own.
const plan = readFileSync(new URL('../fixtures/progress-rules/plan.yaml', import.meta.url), 'utf8').replace('5月18日前', '5月20日前');

const progress = [
  'plan: progress-rules',
  'unit: 党政条线',
  'entries:',
  '  - { task: convene, date: 2018-05-10, state: 推进中 }',
  '  - { task: convene, date: 2018-05-10, state: 已完成 }',
  '  - { task: guarantee, date: 2019-06-01, state: 推进中 }',
  '',
].join('\n');

const unitFile = ['plan: progress-rules', 'unit: 宣传条线', 'entries:', '  - { task: forums, date: 2018-05-20, state: 已完成 }', ''].join('\n');

/** plans/p.yaml, plans/p.progress.yaml and plans/p.progress/xuanchuan.yaml, as an office keeps them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-lint-progress-'));
  mkdirSync(join(dir, 'plans/p.progress'), { recursive: true });
  writeFileSync(join(dir, 'plans/p.yaml'), plan);
  writeFileSync(join(dir, 'plans/p.progress.yaml'), progress);
  writeFileSync(join(dir, 'plans/p.progress/xuanchuan.yaml'), unitFile);
  return dir;
}

interface Json {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

async function lint(dir: string, args: readonly string[], env: Record<string, string> = {}, now?: Date) {
  const io = { ...memoryIo(dir, { env }), ...(now ? { now: () => now } : {}) };
  const code = await run(['lint', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const where = (found: Json[]) => found.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('plan lint with progress files', () => {
  it('checks the progress beside the plan, at the progress file’s own lines; progress files matched by a glob are not read as plans', async () => {
    const dir = workspace();
    const { code, out } = await lint(dir, ['plans/*.yaml', 'plans/p.progress/*.yaml', '--format', 'json', '--as-of', '2018-09-30']);
    expect(code).toBe(1);
    expect(where(JSON.parse(out) as Json[])).toEqual([
      'plans/p.progress.yaml:5:47 progress-conflict',
      'plans/p.progress.yaml:6:30 progress-after-as-of',
      'plans/p.progress/xuanchuan.yaml:4:27 progress-done-before-start',
      'plans/p.yaml:13:56 deadline-working-day',
    ]);
  });

  it('shows code frames from the progress file, in the plan’s language or --lang', async () => {
    const dir = workspace();
    const { out } = await lint(dir, ['plans/p.yaml', '--as-of', '2018-09-30', '--lang', 'zh']);
    expect(out).toContain('plans/p.progress.yaml:6:30  错误  “加强组织领导”的进展报告日期为 2019-06-01,晚于统计截止日 2018-09-30');
    expect(out).toContain('> 6 |   - { task: guarantee, date: 2019-06-01, state: 推进中 }');
    expect(out).toContain('> 5 |   - { task: convene, date: 2018-05-10, state: 已完成 }');
    expect(out).toContain('当天的另一条报告(推进中):plans/p.progress.yaml:4:47');
    const en = await lint(dir, ['plans/p.yaml', '--as-of', '2018-09-30']);
    expect(en.out).toContain("plans/p.progress.yaml:6:30  error  The report on '加强组织领导' is dated 2019-06-01, after the as-of day 2018-09-30");
  });

  it('gives progress files their place in SARIF, JUnit and GitHub annotations', async () => {
    const dir = workspace();
    const sarif = JSON.parse((await lint(dir, ['plans/p.yaml', '--format', 'sarif', '--as-of', '2018-09-30'])).out) as {
      runs: { artifacts: { location: { uri: string } }[]; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.artifacts.map((a) => a.location.uri)).toEqual(['plans/p.yaml', 'plans/p.progress.yaml', 'plans/p.progress/xuanchuan.yaml']);
    const conflict = sarif.runs[0]!.results.find((r) => r.ruleId === 'progress-conflict')!;
    expect(conflict.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'plans/p.progress.yaml' }, region: { startLine: 5 } });
    const junit = (await lint(dir, ['plans/p.yaml', '--format', 'junit', '--as-of', '2018-09-30'])).out;
    expect(junit).toMatch(/<testsuite name="plans\/p\.progress\.yaml" tests="2" failures="2"/);
    expect(junit).toMatch(/<testsuite name="plans\/p\.progress\/xuanchuan\.yaml" tests="1" failures="0"/);
    const github = (await lint(dir, ['plans/p.yaml', '--format', 'github', '--as-of', '2018-09-30'])).out;
    expect(github).toContain('::error file=plans/p.progress.yaml,line=6,endLine=6,col=30,');
  });

  it('naming only a progress file lints that progress against its plan, without the plan’s own warnings', async () => {
    const dir = workspace();
    const { code, out } = await lint(dir, ['plans/p.progress/xuanchuan.yaml', '--format', 'json', '--as-of', '2018-09-30']);
    expect(code).toBe(0);
    expect(where(JSON.parse(out) as Json[])).toEqual(['plans/p.progress/xuanchuan.yaml:4:27 progress-done-before-start']);
  });

  it('--fix leaves alone a plan read only for a progress file named on its own', async () => {
    const dir = workspace();
    // A Chinese key (标题 for title) is a slip --fix would repair.
    const slipped = plan.replace('title: 举办论坛', '标题: 举办论坛');
    writeFileSync(join(dir, 'plans/p.yaml'), slipped);
    await lint(dir, ['plans/p.progress/xuanchuan.yaml', '--fix', '--as-of', '2018-09-30']);
    expect(readFileSync(join(dir, 'plans/p.yaml'), 'utf8')).toBe(slipped);
    await lint(dir, ['plans/p.yaml', '--fix', '--as-of', '2018-09-30']);
    expect(readFileSync(join(dir, 'plans/p.yaml'), 'utf8')).not.toBe(slipped);
  });

  it('--no-progress ignores them; --progress names others (a file or a folder)', async () => {
    const dir = workspace();
    const none = await lint(dir, ['plans/p.yaml', '--format', 'json', '--no-progress', '--as-of', '2018-09-30']);
    expect(where(JSON.parse(none.out) as Json[])).toEqual(['plans/p.yaml:13:56 deadline-working-day']);
    expect(none.code).toBe(0);
    const folder = await lint(dir, ['plans/p.yaml', '--format', 'json', '--progress', 'plans/p.progress', '--as-of', '2018-09-30']);
    expect(where(JSON.parse(folder.out) as Json[])).toEqual(['plans/p.progress/xuanchuan.yaml:4:27 progress-done-before-start', 'plans/p.yaml:13:56 deadline-working-day']);
  });

  it('shares --progress files among several plans by the plan id each records', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plans/q.yaml'), plan.replace('id: progress-rules', 'id: other-plan'));
    writeFileSync(join(dir, 'q-progress.yaml'), ['plan: other-plan', 'entries:', '  - { task: forums, date: 2018-05-20, state: 已完成, unit: 宣传条线 }', ''].join('\n'));
    const { out } = await lint(dir, ['plans/p.yaml', 'plans/q.yaml', '--format', 'json', '--no-progress', '--as-of', '2018-09-30']);
    expect(where(JSON.parse(out) as Json[]).filter((w) => w.includes('progress'))).toEqual([]);
    const both = await lint(dir, ['plans/p.yaml', 'plans/q.yaml', '--format', 'json', '--progress', 'plans/p.progress.yaml', '--progress', 'q-progress.yaml', '--as-of', '2018-09-30']);
    expect(where(JSON.parse(both.out) as Json[]).filter((w) => w.includes('progress'))).toEqual([
      'plans/p.progress.yaml:5:47 progress-conflict',
      'plans/p.progress.yaml:6:30 progress-after-as-of',
      'q-progress.yaml:3:27 progress-done-before-start',
    ]);
  });

  it('judges the as-of day from SOURCE_DATE_EPOCH, else today (the plan’s time zone)', async () => {
    const dir = workspace();
    // 2019-06-01 00:30 in Beijing is still 2019-05-31 in UTC: the report of 2019-06-01 is not after that day in Beijing.
    const epoch = String(Date.UTC(2019, 4, 31, 16, 30) / 1000);
    const byEpoch = await lint(dir, ['plans/p.yaml', '--format', 'json'], { SOURCE_DATE_EPOCH: epoch });
    expect((JSON.parse(byEpoch.out) as Json[]).map((d) => d.code)).not.toContain('progress-after-as-of');
    const early = await lint(dir, ['plans/p.yaml', '--format', 'json'], { SOURCE_DATE_EPOCH: String(Date.UTC(2019, 4, 31, 15, 0) / 1000) });
    expect((JSON.parse(early.out) as Json[]).map((d) => d.code)).toContain('progress-after-as-of');
    const byClock = await lint(dir, ['plans/p.yaml', '--format', 'json'], {}, new Date(Date.UTC(2018, 11, 31)));
    expect((JSON.parse(byClock.out) as Json[]).filter((d) => d.code === 'progress-after-as-of').map((d) => d.line)).toEqual([6]);
  });

  it('refuses an as-of day that is not a day, in the user’s words', async () => {
    const dir = workspace();
    const { code, err } = await lint(dir, ['plans/p.yaml', '--as-of', '2018-13-01', '--lang', 'zh']);
    expect(code).toBe(2);
    expect(err).toMatch(/--as-of/);
    expect(err).not.toMatch(/at .+\.ts/);
  });
});
