#!/usr/bin/env node
// Benchmark input for `plan report`: a progress file for a generated plan (generate.mjs), with
// several dated entries for every task, as units would report them through the year: 未启动 or
// 推进中 with a rising percent, then where the task ended up (mostly 已完成, some 滞后, 暂缓,
// 取消, some left 推进中). Entries are dated from the task's start, none after `asOf`, and the
// file is in no particular date order (files from several units are appended to over months).
// Deterministic for (plan, asOf, seed) (mulberry32).
//
//   node test/bench/progress.mjs -n 10000 --as-of 2018-10-15   # progress YAML to stdout

import { pathToFileURL } from 'node:url';
import { mulberry32, syntheticPlan } from './generate.mjs';

const DAY = 86_400_000;
const dayNumber = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);

/** The progress file of `plan` (a generate.mjs plan) as of `asOf`: 2–4 entries a task. */
export function renderProgress(plan, asOf, seed = 7) {
  const rng = mulberry32(seed);
  const last = dayNumber(asOf);
  const out = [`plan: ${plan.plan.id}`, 'entries:'];
  for (const phase of plan.phases) {
    for (const task of phase.tasks) {
      const start = dayNumber(task.start);
      if (start > last) continue; // not started by the day: nothing to report yet
      const end = Math.min(last, dayNumber(task.due) + 20);
      const count = 2 + Math.floor(rng() * 3);
      // Distinct days: two reports of one task on one day are a progress-conflict error.
      const days = [...new Set(Array.from({ length: count }, () => start + Math.floor(rng() * (end - start + 1))))].sort((a, b) => a - b);
      const r = rng();
      const final = r < 0.55 ? '已完成' : r < 0.75 ? '推进中' : r < 0.87 ? '滞后' : r < 0.94 ? '暂缓' : '取消';
      days.forEach((day, i) => {
        const isLast = i === days.length - 1;
        const state = isLast ? final : i === 0 ? '未启动' : '推进中';
        const percent = state === '已完成' ? 100 : state === '未启动' ? 0 : Math.min(95, Math.round(((i + 1) / count) * 90));
        const note = isLast && state === '滞后' ? ', note: 受场地影响进度滞后' : '';
        out.push(`  - { task: ${task.id}, date: ${isoDay(day)}, state: ${state}, percent: ${percent}, unit: ${task.owners[0]}${note} }`);
      });
    }
  }
  return `${out.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
  process.stdout.write(renderProgress(syntheticPlan(Number(at('-n', '10000'))), at('--as-of', '2018-10-15')));
}
