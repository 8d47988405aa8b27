import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

// `plan tasks` with progress: a 进展 column for people, state fields for scripts, --state to
// choose, and done or cancelled tasks no longer shown as late.

const dir = mkdtempSync(join(tmpdir(), 'plan-status-tasks-'));
writeFileSync(join(dir, 'plan.yaml'), readFileSync(new URL('../../plans/xietang-2018.yaml', import.meta.url), 'utf8'));
writeFileSync(join(dir, 'plan.progress.yaml'), readFileSync(new URL('../fixtures/status/xietang.progress.yaml', import.meta.url), 'utf8'));

async function tasks(...args: string[]) {
  const io = memoryIo(dir, { tty: args.includes('--tty') });
  const code = await run(['tasks', 'plan.yaml', '--today', '2018-06-10', ...args.filter((a) => a !== '--tty')], io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan tasks with progress', () => {
  it('table: a 进展 column; done tasks say nothing of days and are not red', async () => {
    const { code, out } = await tasks('--unit', '宣传条线', '--width', '200', '--tty');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/完成时限\s+状态\s+进展\s+角色\s+序号/);
    const done = lines.find((l) => l.includes('召开街道党工委会议精心策划部署'))!;
    expect(done).toContain('已完成（2018-05-10）');
    expect(done).not.toContain('逾期');
    expect(done).not.toContain('\u001b[31m');
    const late = lines.find((l) => l.includes('部署开展班子领导读书调研活动'))!;
    expect(late).toContain('推进中（60%）');
    expect(late).toContain('逾期 10 天');
    expect(late.startsWith('\u001b[31m')).toBe(true);
    expect(lines.find((l) => l.includes('开办专栏'))).toContain('未报送');
  });

  it('English, Markdown and the narrow form carry the state too', async () => {
    const md = (await tasks('--unit', 'xuanchuan', '--format', 'md', '--lang', 'en')).out;
    expect(md.split('\n')[0]).toBe('| Due | Status | Progress | Role | No. | Task | Lead | Support |');
    expect(md).toContain('| done 2018-05-10 |');
    const narrow = (await tasks('--unit', 'xuanchuan', '--width', '40', '--lang', 'en')).out;
    expect(narrow).toContain('Progress: in progress (60%)');
  });

  it('tsv, csv and json: state, reported, finished and percent for scripts', async () => {
    const tsv = (await tasks('--format', 'tsv')).out.split('\n');
    const header = tsv[0]!.split('\t');
    expect(header.slice(-4)).toEqual(['state', 'reported', 'finished', 'percent']);
    const field = (line: string, name: string) => line.split('\t')[header.indexOf(name)];
    const convene = tsv.find((l) => l.startsWith('task\tconvene-working-meeting\t'))!;
    expect([field(convene, 'state'), field(convene, 'reported'), field(convene, 'finished'), field(convene, 'percent')]).toEqual(['done', '2018-05-10', '2018-05-10', '100']);
    expect(field(tsv.find((l) => l.startsWith('task\tonline-columns\t'))!, 'state')).toBe('not-reported');
    const csv = (await tasks('--format', 'csv')).out;
    expect(csv.split('\r\n')[0]!.endsWith(',status,state,reported,finished,percent')).toBe(true);
    const json = JSON.parse((await tasks('--format', 'json')).out) as { id: string; progress: unknown }[];
    expect(json.find((t) => t.id === 'leaders-reading-research')!.progress).toEqual({ state: 'in-progress', reported: '2018-05-20', finished: null, percent: 60, note: null });
    expect(json.find((t) => t.id === 'online-columns')!.progress).toBeNull();
  });

  it('--state chooses by id, Chinese word or "open", repeated or comma-separated', async () => {
    const ids = async (...args: string[]) => (JSON.parse((await tasks('--format', 'json', ...args)).out) as { id: string }[]).map((t) => t.id);
    expect(await ids('--state', 'done')).toEqual(['convene-working-meeting', 'central-group-study']);
    expect(await ids('--state', '已完成,暂缓')).toEqual(['convene-working-meeting', 'central-group-study', 'media-publicity']);
    expect(await ids('--state', 'cancelled', '--state', 'paused')).toEqual(['collect-problems', 'media-publicity']);
    const open = await ids('--state', 'open');
    const all = await ids();
    expect(open).toEqual(all.filter((id) => !['convene-working-meeting', 'central-group-study', 'collect-problems'].includes(id)));
    expect((await ids('--state', '未报送')).length).toBe(all.length - 5);
  });

  it('refuses an unknown state in the reader\'s language; without progress nothing changes', async () => {
    const bad = await tasks('--state', '完成了', '--lang', 'zh');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--state 可取 未启动、推进中、已完成');
    expect(bad.err).toContain('“完成了”');
    const en = await tasks('--state', 'finished', '--lang', 'en');
    expect(en.err).toContain("--state takes not-started, in-progress, done, behind, paused, cancelled, not-reported, open, got 'finished'");
    const plain = (await tasks('--no-progress', '--format', 'tsv')).out;
    expect(plain.split('\n')[0]!.endsWith('\tdaysLeft\tstatus')).toBe(true);
  });
});
