import type { DateContext } from '../dates/index.js';
import { resolveDate } from '../dates/index.js';
import type { Language } from '../i18n/language.js';
import { t, type MessageKey } from '../i18n/messages.js';
import { WordedError, words } from '../i18n/words.js';
import type { DraftEvent, DraftPhase, DraftPlan, DraftTask } from './draft.js';
import { readFacts, type YearSource } from './facts.js';
import { IdPool, romanize } from './ids.js';
import { parseItem, type ItemInput, type ParsedItem, type ReadState } from './item.js';
import { chainDeadlineStages, layOut } from './layout.js';
import { firstLeadsNote } from './attribution.js';
import { buildOutline, readMarker } from './outline.js';
import { leadInSentence, subjectsOf } from './subject.js';
import type { Block } from './blocks.js';
import { documentParts, type PlacedTable } from './document-parts.js';
import { textToBlocks } from './read/text-blocks.js';
import { layOutTables } from './table-layout.js';
import { foldWidth, Restorer } from './fidelity.js';
import { restoreDraft } from './restore-draft.js';
import { endsCleanly } from './text.js';
import { wholeYear } from './text-dates.js';
import { looksLikeUnit } from './unit-names.js';
import { UnitRoster } from './units.js';

export interface ImportOptions {
  /** The plan year when the document does not say it (or to overrule what it says). */
  readonly year?: number;
  /** The plan id; default: from the title and year. */
  readonly id?: string;
  /**
   * The language of what import writes for a person (todos, stand-in titles, the placeholder
   * lead, the header comment); default Chinese, the language of the documents it reads.
   */
  readonly language?: Language;
}

/** The document gives no year and none was passed. Its words are for the CLI to say in the run's language. */
export class MissingYearError extends WordedError {
  override readonly name = 'MissingYearError';
  constructor() {
    super(words('reading.no-year'));
  }
}

/**
 * Reads a plan document (text, or the blocks a .docx/.xlsx/.csv reader made) into a draft plan.
 * Pure and deterministic. It reads a width-folded copy and writes the document's own characters.
 */
export function buildDraft(input: string | readonly Block[], options: ImportOptions = {}): DraftPlan {
  const parts = documentParts(typeof input === 'string' ? textToBlocks(input) : input);
  const restorer = new Restorer([...parts.paragraphs, ...parts.cells]);
  return restoreDraft(readDraft(parts.paragraphs.map(foldWidth), parts.tables, options), restorer);
}

function readDraft(paragraphs: readonly string[], tables: readonly PlacedTable[], options: ImportOptions): DraftPlan {
  const facts = readFacts(paragraphs);
  const year = options.year ?? facts.year;
  if (year === undefined) throw new MissingYearError();
  const language = options.language ?? 'zh';
  const say = (key: MessageKey, data?: Readonly<Record<string, string | number>>): string => t(language, key, data);
  const planTodos: string[] = [];
  let ctx: DateContext = { year, ...(facts.issued ? { anchor: facts.issued } : {}) };
  if (facts.period) {
    const p = resolveDate(facts.period, ctx);
    if (p.ok) ctx = { ...ctx, planStart: p.value.start, planEnd: p.value.end };
  }

  const front: string[] = [];
  const content: string[] = [];
  // Furniture stays out of the outline, except numbered lines (a numbered title is still an item),
  // but a list of attachments is furniture even though it is numbered.
  const isFront = (p: string, i: number) => facts.furniture.has(i) && (!readMarker(p) || facts.attachments.has(i));
  paragraphs.forEach((p, i) => (isFront(p, i) ? front : content).push(p));
  const layout = layOut(buildOutline(content), ctx);
  // A table's place counted among the content paragraphs (the outline's indexes), not all of them.
  const contentBefore = (at: number) => paragraphs.slice(0, at).filter((p, i) => !isFront(p, i)).length;
  layOutTables(layout, tables.map((t) => ({ ...t, at: contentBefore(t.at) })), ctx);
  chainDeadlineStages(layout.phases, ctx);

  // 注:列第一位的为牵头单位 in a paragraph of its own (preamble, a section's prose) governs every list.
  const standalone = [...front, ...layout.preamble, ...layout.sections.flatMap((sec) => sec.paragraphs)];
  const state: ReadState = { firstLeads: standalone.some((p) => firstLeadsNote(p) !== undefined) };
  const parse = (input: ItemInput): ParsedItem => parseItem(input, ctx, state, language);
  // Parse in document order so 列第一位者为牵头部门,下同 reaches every list after it.
  const orderOf = new Map<ItemInput, number>();
  const all: ItemInput[] = [];
  const loose = [...layout.loose].sort((a, b) => a.index - b.index);
  const ordered: { input: ItemInput; at: number }[] = [
    ...loose.map((l) => ({ input: l.item, at: l.index })),
    ...layout.phases.flatMap((ph) => ph.items.map((input, k) => ({ input, at: ph.firstIndex + k / 1000 }))),
    ...layout.measures.map((input, k) => ({ input, at: 1e9 + k })),
  ].sort((a, b) => a.at - b.at);
  for (const o of ordered) {
    orderOf.set(o.input, all.length);
    all.push(o.input);
  }
  const parsed = new Map<ItemInput, ParsedItem>();
  for (const input of all) parsed.set(input, parse(input));

  // Units: the fields first (they carry the document's own names), then leads read from sentences.
  const roster = new UnitRoster(language);
  for (const input of all) {
    const item = parsed.get(input) as ParsedItem;
    if (!item.leadFromText) item.lead.forEach((n) => roster.add(n));
    item.support.forEach((n) => roster.add(n));
    input.sectionLead?.forEach((n) => roster.add(n));
  }
  // 大讨论活动由街道党政、宣传条线牵头: the activity's lead, offered (with a todo) where an item names none.
  const planLead = leadInSentence(content.join('\n')).map((n) => roster.add(n));

  // A 目标责任书 names its one responsible unit in the title (党工委统战部门(单位)2020年度…).
  const titleUnit = roster.size === 0 && planLead.length === 0 ? /^(.+?)\d{4}年/.exec(facts.title ?? '')?.[1]?.replace(/[((][^()()]*[))]$/, '') : undefined;
  const titleLead = titleUnit && looksLikeUnit(titleUnit) ? titleUnit : undefined;

  const pool = new IdPool();
  const toTask = (input: ItemInput, taskNo: string): DraftTask => {
    const item = parsed.get(input) as ParsedItem;
    const todos = [...item.todos];
    let lead = item.lead.map((n) => roster.add(n));
    if (lead.length === 0 && input.sectionLead) lead = input.sectionLead.map((n) => roster.add(n));
    if (lead.length === 0) {
      // Both opening clauses of the first sentence may open with units (各村要…，各村、各驻地单位对…);
      // a later clause's subject is a follow-up (…报区政府办，区政府办将对…督办), not a lead.
      const sentences = item.prose.split(/[。\n]/);
      const union = (texts: readonly string[]) => [...new Set(texts.flatMap((text) => subjectsOf(text, roster)))];
      let subjects = union((sentences[0] ?? '').split(/[,;]/).slice(0, 2));
      // 二是调查摸底，建立台帐。各区县政府…排查 / 我市规划已编制完成。各县市区要…: when the first
      // sentence names nobody, the units that open the next sentences act (all of them).
      if (subjects.length === 0) subjects = union(sentences.slice(1, 4));
      if (subjects.length > 0) {
        const known = subjects.every((n) => roster.find(n) !== undefined);
        // 区财政局负责… says who leads outright; a known unit opening a clause is a reading.
        const opening = item.prose.split(/[,。;\n]/)[0] ?? '';
        const stated = /负责|牵头|会同/.test(opening);
        lead = subjects.map((n) => roster.add(n));
        if (!known && !stated) todos.push(say('import.todo.leadFromSubject', { units: subjects.join(say('import.list.separator')) }));
      }
    }
    if (lead.length === 0 && planLead.length > 0) {
      lead = [...planLead];
      todos.push(say('import.todo.planLeadFilled'));
    } else if (lead.length === 0 && titleLead) {
      // One plan-level TODO says so; repeating it on every row would bury the others.
      lead = [roster.add(titleLead)];
    } else if (lead.length === 0) {
      // A value the schema accepts, so the plan builds at once; the todo keeps lint failing.
      lead = [roster.add(roster.placeholder)];
      todos.push(say('import.todo.leadPlaceholder', { placeholder: roster.placeholder }));
    }
    const support = item.support.map((n) => roster.add(n)).filter((n, i, a) => !lead.includes(n) && a.indexOf(n) === i);
    for (const name of [...lead, ...support]) {
      if (name !== roster.placeholder && !looksLikeUnit(name) && !/条线$/.test(name)) todos.push(say('import.todo.notAUnitName', { name }));
    }
    const slug = romanize(item.title, 6, 2);
    const id = pool.take(`${taskNo}-${slug}`, taskNo);
    const eventPool = new IdPool();
    const events: DraftEvent[] = item.events.map((e, k) => ({ ...e, id: eventPool.take(romanize(e.title, 4, 2), `event-${k + 1}`) }));
    return {
      id,
      kind: input.kind,
      title: item.title,
      ...(item.detail ? { detail: item.detail } : {}),
      lead: [...new Set(lead)],
      support,
      ...(item.when ? { when: item.when } : {}),
      ...(item.due ? { due: item.due } : {}),
      ...(item.repeat ? { repeat: item.repeat } : {}),
      ...(item.sessions !== undefined ? { sessions: item.sessions } : {}),
      events,
      ...(input.heading ? { heading: input.heading } : {}),
      todos,
      number: input.number,
    };
  };

  const phases: DraftPhase[] = [];
  const phaseAt: { phase: DraftPhase; at: number }[] = [];
  layout.phases.forEach((ph, k) => {
    const phase: DraftPhase = { id: pool.take(`p${k + 1}-${romanize(ph.title, 4, 2)}`, `p${k + 1}`), title: ph.title, when: ph.when, tasks: [], number: ph.number, todos: ph.undated ? [say('import.todo.phaseUndated')] : ph.daysOnly ? [say('import.todo.phaseDaysOnly', { days: ph.daysOnly })] : [] };
    ph.items.forEach((input, t) => phase.tasks.push(toTask(input, `${k + 1}-${t + 1}`)));
    if (phase.tasks.length === 0) (phase.todos as string[]).push(say('import.todo.phaseEmpty'));
    phaseAt.push({ phase, at: ph.firstIndex });
  });
  if (loose.length > 0) {
    const when = facts.period ?? wholeYear(year);
    const todo = say(layout.phases.length === 0 ? 'import.todo.noPhases' : 'import.todo.outsidePhases');
    const phase: DraftPhase = { id: pool.take(layout.phases.length === 0 ? 'tasks' : 'other-tasks', 'tasks'), title: say(layout.phases.length === 0 ? 'import.phase.tasks' : 'import.phase.otherTasks'), when, tasks: [], number: '', todos: [todo] };
    loose.forEach((l, t) => phase.tasks.push(toTask(l.item, `t${t + 1}`)));
    phaseAt.push({ phase, at: (loose[0] as { index: number }).index });
  }
  phases.push(...phaseAt.sort((a, b) => a.at - b.at).map((p) => p.phase));
  const measures = layout.measures.map((input, k) => toTask(input, `m${k + 1}`));

  if (!facts.title) planTodos.push(say('import.todo.noTitle'));
  if (phases.length === 0) {
    planTodos.push(say('import.todo.noTasks'));
    // Still a plan the schema accepts (one phase, one unit), so build runs and lint says why.
    phases.push({ id: pool.take('tasks', 'tasks'), title: say('import.phase.tasks'), when: facts.period ?? wholeYear(year), tasks: [], number: '', todos: [say('import.todo.phaseEmptyAddTasks')] });
  }
  const last = paragraphs[paragraphs.length - 1];
  // A document that ends in a table ends there, not in the paragraph before it.
  const endsInTable = tables.some((t) => t.at >= paragraphs.length);
  if (last !== undefined && !endsInTable && !endsCleanly(last) && last.length > 12) planTodos.push(say('import.todo.endsMidSentence', { end: last.slice(-12) }));
  if (titleLead) planTodos.push(say('import.todo.leadFromTitle', { unit: titleLead }));
  else if (roster.size === 0 || (roster.size === 1 && roster.find(roster.placeholder))) planTodos.push(say('import.todo.noUnits'));
  // The roster is never empty (the schema wants one unit): the placeholder lead stands in.
  if (roster.size === 0) roster.add(roster.placeholder);
  if (options.year !== undefined && facts.year !== undefined && facts.year !== options.year) planTodos.push(say('import.todo.yearOverruled', { shown: facts.year, from: say(`import.yearFrom.${facts.yearFrom as YearSource}`), year: options.year }));
  if (options.year === undefined && facts.yearFrom === 'body') planTodos.push(say('import.todo.yearFromBody', { year }));

  const title = facts.title ?? say('import.title.missing');
  // Ids are the pinyin of Chinese words whatever the todos' language: a document gets the same
  // ids however it is imported, so an untitled plan's id comes from the Chinese stand-in.
  const idFrom = facts.title ?? t('zh', 'import.title.missing');
  const id = options.id ?? pool.take(`${romanize(idFrom.replace(/\d{4}年?/, ''), 8, 2)}-${year}`, `plan-${year}`);
  return {
    plan: { id, title, ...(facts.issuer ? { issuer: facts.issuer } : {}), ...(facts.docNumber ? { docNumber: facts.docNumber } : {}), ...(facts.issued ? { issued: facts.issued } : {}), year, ...(facts.period ? { period: facts.period } : {}) },
    units: roster.units().map((u) => ({ id: u.id, name: u.name, aliases: [...u.aliases], collective: u.collective })),
    phases,
    measures,
    todos: planTodos,
    document: { front, preamble: layout.preamble, sections: layout.sections },
  };
}
