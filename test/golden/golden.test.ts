import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { generatedAt } from '../../src/cli/generated-at.js';
import { createEmitters, emitAll } from '../../src/emit/emit.js';
import { summaryDocxEmitter } from '../../src/emit/emitters/summary-docx.js';
import { unitDocxEmitter } from '../../src/emit/emitters/unit-docx.js';
import { run } from '../../src/cli/main.js';
import { MANIFEST } from '../../src/emit/write.js';
import { memoryIo } from '../helpers/memory-io.js';
import { byUid, parseIcs } from '../helpers/ics-parse.js';
import { textOf } from '../helpers/text-of.js';

const planFile = 'plans/xietang-2018.yaml';
const expectedDir = new URL('./xietang/expected/', import.meta.url);

function build() {
  const text = readFileSync(new URL(`../../${planFile}`, import.meta.url), 'utf8');
  const result = compile({ path: planFile, text });
  expect(result.diagnostics).toEqual([]);
  const plan = result.plan!;
  // Every output but the PDF (test/browser prints it): the Word documents too, as `--docx` asks.
  return emitAll({ plan, generatedAt: generatedAt({}, plan) }, [...createEmitters(), summaryDocxEmitter, unitDocxEmitter]);
}

describe('the full build of the Xietang plan', () => {
  const artifacts = build();

  it('writes exactly the expected files', () => {
    const expected = readdirSync(expectedDir, { recursive: true })
      .map(String)
      .filter((rel) => statSync(new URL(rel, expectedDir)).isFile())
      .sort();
    expect(artifacts.map((a) => a.path).sort()).toEqual(expected);
  });

  // `npm run test:update` rewrites these after an intended change; review the diff before committing.
  for (const artifact of artifacts) {
    it(`matches ${artifact.path} byte for byte`, async () => {
      const file = new URL(artifact.path, expectedDir);
      if (typeof artifact.contents === 'string') {
        await expect(artifact.contents).toMatchFileSnapshot(file.pathname);
        return;
      }
      // Binary outputs (xlsx) are compared as bytes; vitest snapshots only hold text.
      if (process.env.PLAN_UPDATE_GOLDEN) writeFileSync(file, artifact.contents);
      expect(Buffer.from(artifact.contents).equals(readFileSync(file))).toBe(true);
    });
  }

  it('is what `plan build` writes, file by file as each is emitted (the streaming path of the CLI)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-golden-'));
    const io = memoryIo(fileURLToPath(new URL('../..', import.meta.url)));
    // The issued plan, as the golden files hold it: its worked-example progress is left out.
    expect(await run(['build', planFile, '--no-progress', '--docx', '-o', join(dir, 'out')], io)).toBe(0);
    const written = readdirSync(join(dir, 'out'), { recursive: true })
      .map(String)
      .filter((rel) => rel !== MANIFEST && statSync(join(dir, 'out', rel)).isFile())
      .sort();
    expect(written).toEqual(artifacts.map((a) => a.path).sort());
    for (const artifact of artifacts) {
      const bytes = readFileSync(join(dir, 'out', artifact.path));
      expect(bytes.equals(Buffer.from(artifact.contents)), artifact.path).toBe(true);
    }
  });

  it('puts every task of plan.json into the calendars, read back by ical.js', () => {
    const json = JSON.parse(textOf(artifacts.find((a) => a.path === 'plan.json'))) as {
      plan: { id: string };
      phases: { tasks: { id: string; lead: string[]; support: string[]; start: string; end: string; events?: { id: string; date: string }[] }[] }[];
      measures: { id: string; lead: string[] }[];
      units: { id: string }[];
    };
    const all = byUid(parseIcs(textOf(artifacts.find((a) => a.path === 'calendars/all.ics'))));
    const tasks = json.phases.flatMap((p) => p.tasks);
    for (const task of tasks) {
      const window = all.get(`${task.id}.window@${json.plan.id}`);
      if (window) {
        expect(window.dtstart).toBe(task.start);
        // All-day DTEND is exclusive: the day after the last day.
        expect(window.dtend).toBe(new Date(Date.parse(`${task.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      }
      for (const event of task.events ?? []) expect(all.get(`${task.id}.at.${event.id}@${json.plan.id}`)?.dtstart?.slice(0, 10)).toBe(event.date);
      expect(window ?? (task.events?.length ?? 0) > 0).toBeTruthy();
    }
    for (const unit of json.units) {
      const calendar = parseIcs(textOf(artifacts.find((a) => a.path === `calendars/${unit.id}.ics`)));
      const owned = new Set([...tasks, ...json.measures].filter((t) => t.lead.includes(unit.id) || ('support' in t && (t.support as string[]).includes(unit.id))).map((t) => t.id));
      const inCalendar = new Set(calendar.components.map((c) => c.uid.split('.')[0]));
      expect(inCalendar).toEqual(owned);
    }
  });
});
