#!/usr/bin/env node
// `npm run bench:compare -- <other checkout>`: this checkout's `plan lint` and `plan build`
// against another built checkout of plan (an earlier commit: `git worktree add /tmp/before <rev>
// && (cd /tmp/before && npm ci && npm run build)`), on the Xietang plan and generated plans.
//
//   node test/bench/compare.mjs <other-root> [--reps N] [--sizes 1000,10000]
//
// The two are run in alternation, with `node -e 0` in every round, so both see the same load on
// a shared machine; each is reported against that floor (lint / floor, build / floor, as in
// results.md) and the change is the ratio of the two. CPU time (user + system) is reported
// beside wall time: it is less disturbed by other work on the machine. Prints a Markdown table.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderYaml, syntheticPlan } from './generate.mjs';
import { median, runOnce, settleDisk, writeRssProbe } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function parseArgs(argv) {
  const o = { other: undefined, reps: 9, sizes: [1000, 10000] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--sizes') o.sizes = argv[++i].split(',').filter(Boolean).map(Number);
    else if (!a.startsWith('-') && o.other === undefined) o.other = resolve(a);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.other) throw new Error('usage: node test/bench/compare.mjs <other-root> [--reps N] [--sizes 1000,10000]');
  for (const root of [ROOT, o.other]) if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error(`${root}: dist/ is not built (npm run build)`);
  return o;
}

const summary = (runs) => ({ wall: median(runs.map((r) => r.seconds)), cpu: runs.every((r) => r.cpu !== undefined) ? median(runs.map((r) => r.cpu)) : undefined });

function main() {
  const o = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(os.tmpdir(), 'plan-compare-'));
  writeRssProbe(work);
  const plans = [{ label: 'Xietang', file: join(ROOT, 'plans', 'xietang-2018.yaml') }];
  for (const n of o.sizes) {
    const file = join(work, `plan-${n}.yaml`);
    writeFileSync(file, renderYaml(syntheticPlan(n)));
    plans.push({ label: n.toLocaleString('en-US'), file });
  }
  const node = process.execPath;
  const sides = [
    { name: 'before', bin: join(o.other, 'bin', 'plan.js') },
    { name: 'after', bin: join(ROOT, 'bin', 'plan.js') },
  ];
  let outs = 0;
  const fresh = () => {
    const dir = join(work, `out-${outs++}`);
    mkdirSync(dir);
    return dir;
  };
  const run = (args) => runOnce(node, args, { work, node: true });
  // Warm the page cache for both checkouts; not counted.
  for (const side of sides) run([side.bin, 'build', plans[0].file, '-o', fresh()]);
  settleDisk(10);

  const rows = [];
  for (const plan of plans) {
    const floor = [];
    const got = { before: { lint: [], build: [] }, after: { lint: [], build: [] } };
    for (let i = 0; i < o.reps; i++) {
      floor.push(run(['-e', '0']));
      // Alternate which side goes first, so neither always runs on a warmer machine.
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        got[side.name].lint.push(run([side.bin, 'lint', plan.file]));
        got[side.name].build.push(run([side.bin, 'build', plan.file, '-o', fresh()]));
      }
      process.stderr.write(`${plan.label} round ${i + 1}/${o.reps}\n`);
    }
    const f = summary(floor);
    for (const job of ['lint', 'build']) {
      const before = summary(got.before[job]);
      const after = summary(got.after[job]);
      rows.push({ plan: plan.label, job, floor: f, before, after });
    }
  }
  rmSync(work, { recursive: true, force: true });

  const s = (x) => (x === undefined ? '–' : `${x.toFixed(3)} s`);
  const pct = (a, b) => (a === undefined || b === undefined ? '–' : `${(((b - a) / a) * 100).toFixed(0)}%`);
  const lines = [
    `| plan | command | \`node -e 0\` | before | after | before / floor | after / floor | change (wall) | CPU before | CPU after | change (CPU) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.plan} | \`plan ${r.job}\` | ${s(r.floor.wall)} | ${s(r.before.wall)} | ${s(r.after.wall)} | ${(r.before.wall / r.floor.wall).toFixed(2)}x | ${(r.after.wall / r.floor.wall).toFixed(2)}x | ${pct(r.before.wall, r.after.wall)} | ${s(r.before.cpu)} | ${s(r.after.cpu)} | ${pct(r.before.cpu, r.after.cpu)} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n(${o.reps} alternating rounds each, medians; other checkout: ${o.other})\n`);
}

main();
