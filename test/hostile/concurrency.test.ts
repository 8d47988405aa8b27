import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/plan.js');

/** A plan big enough that writing its outputs takes a while (to be interrupted). */
function bigPlan(tasks: number): string {
  const units = Array.from({ length: 50 }, (_, i) => `  u${i}: 单位${i}`).join('\n');
  const list = Array.from({ length: tasks }, (_, i) => `      - { id: t${i}, title: 任务${i}, lead: u${i % 50}, when: "2018-05-01..2018-12-31" }`).join('\n');
  return `plan: { id: big, title: 大方案, year: 2018 }\nunits:\n${units}\nphases:\n  - id: p\n    title: 阶段\n    when: 全年\n    tasks:\n${list}\n`;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, rel);
    try {
      files[rel] = readFileSync(path, 'utf8');
    } catch {
      // a folder
    }
  }
  return files;
}

describe('output safety across processes', () => {
  it('a build killed mid-way leaves the previous output intact, and the next build recovers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-kill-'));
    writeFileSync(join(dir, 'small.yaml'), bigPlan(5).replace('id: big', 'id: small'));
    writeFileSync(join(dir, 'big.yaml'), bigPlan(12000));
    expect(spawnSync(bin, ['build', 'small.yaml', '-o', 'out'], { cwd: dir }).status).toBe(0);
    const before = snapshot(join(dir, 'out'));
    // Kill the big build at several moments: early, while writing, and late.
    let interrupted = 0;
    for (const delay of [100, 200, 300, 450, 600]) {
      const child = spawn(bin, ['build', 'big.yaml', '-o', 'out'], { cwd: dir, stdio: 'ignore' });
      // Listen before waiting: a build that finishes before the kill must not be missed.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const now = existsSync(join(dir, 'out')) ? snapshot(join(dir, 'out')) : {};
      // Either the old output, or (if the kill came after the swap) the complete new one.
      const complete = now['plan.json']?.includes('"id": "big"');
      if (!complete) {
        interrupted++;
        expect(now).toEqual(before);
      } else {
        // 50 units × (.ics, .md, .csv), all.ics, plan.json, summary.html, summary.md, the manifest.
        expect(Object.keys(now).filter((f) => !f.endsWith('/') && f.includes('.')).length).toBe(50 * 3 + 5);
      }
    }
    expect(interrupted).toBeGreaterThan(0);
    expect(spawnSync(bin, ['build', 'small.yaml', '-o', 'out'], { cwd: dir }).status).toBe(0);
    expect(snapshot(join(dir, 'out'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['big.yaml', 'out', 'small.yaml']);
  }, 60_000);

  it('two builds into the same folder at once do not corrupt it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-race-'));
    writeFileSync(join(dir, 'a.yaml'), bigPlan(1500));
    writeFileSync(join(dir, 'b.yaml'), bigPlan(1500).replace('id: big', 'id: other'));
    const runs = ['a.yaml', 'b.yaml', 'a.yaml'].map(
      (file) => new Promise<number | null>((resolve) => spawn(bin, ['build', file, '-o', 'out'], { cwd: dir, stdio: 'ignore' }).on('exit', resolve)),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    const out = snapshot(join(dir, 'out'));
    const id = JSON.parse(out['plan.json']!).plan.id as string;
    // Every file comes from the same build.
    for (const [rel, text] of Object.entries(out)) if (rel.endsWith('.ics')) expect(text).toContain(`@${id}`);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'out']);
  }, 60_000);
});
