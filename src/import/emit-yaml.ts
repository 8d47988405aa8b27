import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Language } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { unsettledMark } from '../model/mark-unsettled.js';
import type { DraftPlan, DraftTask } from './draft.js';

/** A Chinese document's plan: its outputs and messages are Chinese whatever language the todos are in. */
const IMPORTED_LOCALE = 'zh-CN';

export interface EmitYamlOptions {
  /** What `$schema=` points at (a path relative to the written file, or a URL). */
  readonly schema: string;
  /** The input, named in the header comment. */
  readonly source: string;
  /** The language of the header comment (as of the todos); default Chinese. */
  readonly language?: Language;
}

/** A task in the order `plan fmt` writes (src/fmt/order.ts), so an import is already formatted. */
function taskObject(t: DraftTask): Record<string, unknown> {
  return {
    id: t.id,
    title: t.title,
    ...(t.lead.length > 0 ? { lead: t.lead.length === 1 ? t.lead[0] : [...t.lead] } : {}),
    ...(t.support.length > 0 ? { support: [...t.support] } : {}),
    ...(t.when ? { when: t.when } : {}),
    ...(t.due ? { due: t.due } : {}),
    ...(t.sessions !== undefined ? { sessions: t.sessions } : {}),
    ...(t.repeat ? { repeat: t.repeat } : {}),
    ...(t.events.length > 0 ? { events: t.events.map((e) => ({ id: e.id, title: e.title, at: e.at, detail: e.detail })) } : {}),
    ...(t.detail ? { detail: t.detail } : {}),
    ...(t.todos.length > 0 ? { todo: [...t.todos] } : {}),
  };
}

function annotate(node: YAMLMap, task: DraftTask): void {
  node.commentBefore = ` ${task.number}${task.heading ? `  (${task.heading})` : ''}`;
  for (const key of ['lead', 'support']) {
    const value = node.get(key, true);
    if (isSeq(value)) value.flow = true;
  }
}

/** The draft as a commented YAML plan file (contract §1), TODOs where a human must decide. */
export function emitYaml(draft: DraftPlan, options: EmitYamlOptions): string {
  const units: Record<string, unknown> = {};
  for (const u of draft.units) {
    units[u.id] = u.aliases.length === 0 && !u.collective ? u.name : { name: u.name, ...(u.aliases.length ? { aliases: u.aliases } : {}), ...(u.collective ? { collective: true } : {}) };
  }
  const body: Record<string, unknown> = {
    // The document is Chinese: its messages and outputs are too, whatever the machine's LANG.
    plan: { ...draft.plan, locale: IMPORTED_LOCALE, ...(draft.todos.length > 0 ? { todo: [...draft.todos] } : {}) },
    units,
    phases: draft.phases.map((p) => ({ id: p.id, title: p.title, when: p.when, ...(p.todos.length > 0 ? { todo: [...p.todos] } : {}), tasks: p.tasks.map(taskObject) })),
    ...(draft.measures.length > 0 ? { measures: draft.measures.map(taskObject) } : {}),
    'x-document': {
      ...(draft.document.front.length ? { front: draft.document.front } : {}),
      ...(draft.document.preamble.length ? { preamble: draft.document.preamble } : {}),
      ...(draft.document.sections.length ? { sections: draft.document.sections } : {}),
    },
  };
  if (Object.keys(body['x-document'] as object).length === 0) delete body['x-document'];
  const language = options.language ?? 'zh';
  const doc = new Document(body);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schema}`,
    '',
    ` ${t(language, 'import.header.imported', { source: options.source })}`,
    // The mark plan build puts on unsettled items: named where it is defined, so the two agree.
    ` ${t(language, 'import.header.todos', { mark: unsettledMark(IMPORTED_LOCALE) })}`,
    ` ${t(language, 'import.header.detail')}`,
  ].join('\n');

  const phases = doc.get('phases', true);
  if (isSeq(phases)) draft.phases.forEach((p, i) => {
    const node = phases.items[i];
    if (!isMap(node)) return;
    if (p.number) node.commentBefore = ` ${p.number}`;
    const tasks = node.get('tasks', true);
    if (isSeq(tasks)) p.tasks.forEach((t, k) => {
      const tn = tasks.items[k];
      if (isMap(tn)) annotate(tn, t);
    });
  });
  const measures = doc.get('measures', true);
  if (isSeq(measures)) {
    draft.measures.forEach((m, k) => {
      const mn = measures.items[k];
      if (isMap(mn)) annotate(mn, m);
    });
  }
  const xdoc = doc.get('x-document', true);
  if (isMap(xdoc)) xdoc.commentBefore = ` ${t(language, 'import.header.document')}`;
  return doc.toString({ lineWidth: 0 });
}
