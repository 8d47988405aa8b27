import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchPlan } from '../../../src/cli/watch.js';
import { memoryIo } from '../../helpers/memory-io.js';

// `plan build --watch` lives with the other interactive commands' tests (test/unit/tasks).
describe('watchPlan', () => {
  it('rebuilds after a change to the plan or to a file in a watched folder, and stops on abort', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-watch-'));
    writeFileSync(join(dir, 'plan.yaml'), 'a');
    writeFileSync(join(dir, 'other.txt'), 'x');
    mkdirSync(join(dir, 'templates'));
    const io = memoryIo(dir);
    const controller = new AbortController();
    const reasons: string[] = [];
    let next: (() => void) | undefined;
    const rebuilt = (): Promise<void> => new Promise((resolve) => (next = resolve));
    const watching = watchPlan(['plan.yaml', 'templates'], async () => {
      reasons.push('rebuild');
      next?.();
    }, io, { debounceMs: 20, signal: controller.signal });

    let wait = rebuilt();
    writeFileSync(join(dir, 'plan.yaml'), 'b');
    await wait;
    wait = rebuilt();
    writeFileSync(join(dir, 'templates', 'summary.html.eta'), 'c');
    await wait;
    controller.abort();
    await watching;
    expect(reasons).toEqual(['rebuild', 'rebuild']);
    expect(io.err()).toContain('plan: watching 2 paths for changes (Ctrl+C to stop)');
    expect(io.err()).toContain('plan: change detected, rebuilding');
  });

  it('ignores other files in the plan folder, keeps watching after a failed rebuild, never overlaps rebuilds', async () => {
    const listeners: ((event: string, file: string | null) => void)[] = [];
    const fakeWatch = (_dir: string, listener: (event: string, file: string | null) => void) => {
      listeners.push(listener);
      return { close: () => undefined } as unknown as import('node:fs').FSWatcher;
    };
    const io = memoryIo(tmpdir());
    const controller = new AbortController();
    let calls = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    let release: (() => void) | undefined;
    const watching = watchPlan(['plan.yaml'], async () => {
      calls++;
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise<void>((r) => (release = r));
      concurrent--;
      if (calls === 1) throw new Error('plan.yaml:3:1 error');
    }, io, { debounceMs: 1, signal: controller.signal, watch: fakeWatch });
    const fire = (file: string) => listeners.forEach((l) => l('change', file));
    const tick = () => new Promise((r) => setTimeout(r, 10));

    fire('notes.txt');
    await tick();
    expect(calls).toBe(0);
    fire('plan.yaml');
    await tick();
    expect(calls).toBe(1);
    fire('plan.yaml'); // during the first rebuild: queued, not run alongside
    await tick();
    expect(calls).toBe(1);
    release?.();
    await tick();
    await tick();
    expect(calls).toBe(2);
    release?.();
    await tick();
    expect(maxConcurrent).toBe(1);
    expect(io.err()).toContain('plan: plan.yaml:3:1 error');
    controller.abort();
    await watching;
  });
});
