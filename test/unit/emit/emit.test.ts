import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { run } from '../../../src/cli/main.js';
import { createWorkCalendar } from '../../../src/dates/holidays/work-calendar.js';
import type { Artifact, AsyncEmitter, Emitter } from '../../../src/emit/artifact.js';
import { emit, emitAll, type EmitOptions } from '../../../src/emit/emit.js';
import { emitterFlags, emitters } from '../../../src/emit/registry.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../../helpers/memory-io.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const plan = compile({ path: 'plans/xietang-2018.yaml', text: readFileSync(`${root}plans/xietang-2018.yaml`, 'utf8') }).plan!;
const generatedAt = new Date('2018-05-01T00:00:00Z');
const compiled = { plan, calendar: createWorkCalendar() };

async function collect(options: Omit<EmitOptions, 'generatedAt'> = {}, what = compiled): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for await (const artifact of emit(what, { generatedAt, ...options })) out.push(artifact);
  return out;
}

/** `calendars/<unit>.ics` → a pattern matching `calendars/xuanchuan.ics`. */
const pattern = (file: string): RegExp => new RegExp(`^${file.replace(/[.]/g, '\\.').replace('<unit>', '[a-z0-9_-]+')}$`, 'i');

describe('the registry of emitters', () => {
  it('has one emitter per id, each saying what it writes', () => {
    expect(new Set(emitters.map((e) => e.id)).size).toBe(emitters.length);
    for (const emitter of emitters) {
      expect(emitter.description).not.toBe('');
      expect(emitter.files.length).toBeGreaterThan(0);
    }
  });

  it('writes only the files each emitter declares', async () => {
    const artifacts = new Map<string, string[]>();
    for (const emitter of emitters.filter((e) => !e.optIn)) artifacts.set(emitter.id, (await collect({ outputs: [emitter.id] })).map((a) => a.path));
    for (const [id, paths] of artifacts) {
      const declared = emitters.find((e) => e.id === id)!.files.map(pattern);
      for (const path of paths) expect(declared.some((p) => p.test(path)), `${id} wrote ${path}`).toBe(true);
    }
  });

  it('offers each flag once, the opt-in ones included', () => {
    const flags = emitterFlags().map((f) => f.flags);
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags).toEqual(expect.arrayContaining(['--todo', '--alarm <days...>', '--no-ongoing', '--pdf']));
  });
});

describe('emit', () => {
  it('yields what emitAll returns, without the opt-in PDF', async () => {
    const streamed = await collect();
    const all = emitAll({ plan, generatedAt, calendar: compiled.calendar });
    expect(streamed.map((a) => a.path)).toEqual(all.map((a) => a.path));
    expect(streamed.map((a) => a.contents)).toEqual(all.map((a) => a.contents));
    expect(streamed.some((a) => a.path === 'summary.pdf')).toBe(false);
  });

  it('runs only the outputs asked for, and refuses unknown ones', async () => {
    expect((await collect({ outputs: ['plan-json', 'summary-mmd'] })).map((a) => a.path)).toEqual(['plan.json', 'summary.mmd']);
    await expect(collect({ outputs: ['docx'] })).rejects.toThrow(/no such output: docx/);
  });

  it('hands the flag values to the emitters that declare them', async () => {
    const [all] = await collect({ outputs: ['calendars'], flags: { todo: true, alarm: ['3'] } });
    expect(all!.contents).toContain('BEGIN:VTODO');
    expect(all!.contents).toContain('BEGIN:VALARM');
  });

  it('says what an emitter needs when it is missing', async () => {
    await expect(collect({ outputs: ['calendars'] }, { plan, calendar: undefined as never })).rejects.toThrow(/calendars output needs the work calendar/);
    await expect(collect({ outputs: ['summary-pdf'] })).rejects.toThrow(/summary-pdf output needs summary\.html/);
  });

  it('hands an emitter the files it needs from an earlier one, and keeps no others', async () => {
    let seen: string[] = [];
    const probe: AsyncEmitter = {
      id: 'probe',
      description: 'test',
      files: ['probe.txt'],
      needs: { files: ['summary.md'] },
      async: true,
      async emit({ files }) {
        seen = [...(files?.keys() ?? [])];
        return [{ path: 'probe.txt', contents: String(files?.get('summary.md')?.contents.length), mediaType: 'text/markdown' }];
      },
    };
    const list = [...emitters.filter((e): e is Emitter => e.id !== 'summary-pdf'), probe];
    const out = await collect({ emitters: list });
    expect(seen).toEqual(['summary.md']);
    expect(out.at(-1)!.path).toBe('probe.txt');
  });

  it('marks items with an open todo and uses the locale asked for', async () => {
    const todo = { ...plan, phases: plan.phases.map((p, i) => (i === 0 ? { ...p, tasks: p.tasks.map((t, j) => (j === 0 ? { ...t, todo: ['check'] } : t)) } : p)) };
    const [md] = await collect({ outputs: ['summary-md'], locale: 'en' }, { plan: todo, calendar: compiled.calendar });
    expect(md!.contents).toContain('(to verify) ');
    expect(md!.contents).not.toContain('【待核实】');
    expect(md!.contents).toContain('Phases and tasks');
  });
});

describe('plan build and the emitters\' flags', () => {
  it('lists them in `plan build --help` and `plan help build` alike', async () => {
    const viaFlag = memoryIo(root);
    const viaHelp = memoryIo(root);
    expect(await run(['build', '--help'], viaFlag)).toBe(0);
    expect(await run(['help', 'build'], viaHelp)).toBe(0);
    for (const flag of ['--todo', '--alarm <days...>', '--no-ongoing', '--pdf']) expect(viaFlag.out()).toContain(flag);
    expect(viaHelp.out()).toBe(viaFlag.out());
  });
});
