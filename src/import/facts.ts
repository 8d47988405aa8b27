import { resolveDate } from '../dates/index.js';
import { findDates, readDocumentDate, yearsMentioned } from './text-dates.js';
import { looksLikeUnit } from './unit-names.js';

/** The part of the document the plan year was read from (the words for it are in the catalogue). */
export type YearSource = 'period' | 'title' | 'docNumber' | 'issued' | 'body';

/** What the document says about itself: title, year, date of issue, issuer, period. */
export interface PlanFacts {
  readonly title?: string;
  readonly year?: number;
  /** Where the year came from (实施期限, 标题, 文号, 成文日期, or the year the text mentions most); a todo names it. */
  readonly yearFrom?: YearSource;
  readonly issued?: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly period?: string;
  /** Paragraph indexes that are page furniture (titles, dates, addressees), not plan content. */
  readonly furniture: ReadonlySet<number>;
  /** 附件：1.分工表 / 2.联系人名单: the list of attachments, numbered but never items of the plan. */
  readonly attachments: ReadonlySet<number>;
}

const PLAN_WORD = /(?:方案|计划|意见|措施|分解|要点|责任书|安排|办法|规划|细则|清单|分工表|分解表|任务表|责任表)(?:汇总|\(试行\)|\(草案\))?$/;
const META = /^(?:索\s*引\s*号|发文日期|发布机构|文\s*号|分\s*类|主题分类|发文机关|成文日期|发文字号|废止时间|日期:|来源:|有\s*效\s*性)/;
/** A line that is only a date (the date under the signature), in digits or Chinese numerals. */
const SIGNATURE_DATE = /^(?:\d{4}|[〇○零O一二三四五六七八九]{4}) ?年 ?[\d一二三四五六七八九十]{1,3} ?月 ?[\d一二三四五六七八九十廿]{1,3} ?[日号]$/;
/** 斜委发〔2018〕12号, 国办发[2020]6号, 湖卫健发(2023)1号: a document number, as printed. */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,14}[〔\[(【] ?(?:19|20)\d{2} ?[〕\])】] ?\d{1,4} ?号/;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A line that is only the document number (or a web page's 文号: field). */
function isDocNumberLine(p: string): boolean {
  const m = DOC_NUMBER.exec(p);
  return m !== null && p.replace(/^(?:文\s*号|发文字号|文件编号)\s*[::]?\s*/, '').replace(/^[(\[【]\s*(.*?)\s*[)\]】]$/, '$1').trim() === m[0];
}

function isTitleLike(p: string): boolean {
  return p.length >= 4 && p.length <= 70 && !/[。;:,]/.test(p) && !/\|/.test(p) && PLAN_WORD.test(p);
}

const ATTACHMENT = /^附\s*件\s*\d*\s*[::]?/;

/**
 * 附件 lines and the names of attachments listed after them (附件：1.重点任务分工表 / 2.联系人名单):
 * short, numbered, no sentence in them.
 */
function attachmentLines(paragraphs: readonly string[]): Set<number> {
  const found = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (!ATTACHMENT.test(p) || p.length > 60 || /。/.test(p)) return;
    found.add(i);
    for (let k = i + 1; k < paragraphs.length; k++) {
      const next = paragraphs[k] as string;
      if (next.length > 40 || /[。;,]/.test(next) || !/^(?:\d{1,2}[.、]|[(]\d{1,2}[)])/.test(next)) break;
      found.add(k);
    }
  });
  return found;
}

const PERIOD_LABEL = /^(?:[一二三四五六七八九十]+、|\(\S{1,3}\))?[^:。]{0,6}(?:活动|实施|开展|行动|整治|工作|创建)(?:时间|期限|时段)(?:和主题|及安排)?[::为是]?\s*(.*)$/;

function labelledPeriod(paragraphs: readonly string[]): string | undefined {
  for (const [i, p] of paragraphs.entries()) {
    const m = PERIOD_LABEL.exec(p);
    if (!m) continue;
    const content = (m[1] as string).trim() || (paragraphs[i + 1] ?? '');
    const year = Number(/(\d{4}) ?年/.exec(content)?.[1] ?? 2000);
    // The content up to its first stop, when it is a window itself (2009 年 6 月 1 日至 30 日)…
    const whole = content.split(/[。,;]/)[0]?.trim() ?? '';
    const outcome = resolveDate(whole, { year });
    if (outcome.ok && outcome.value.kind === 'window') return whole;
    // …else the date it opens with (三月份作为文明习惯养成教育月).
    const mention = findDates(content, { year })[0];
    if (!mention || mention.offset > 2 || mention.start === mention.end || mention.kind === 'deadline') continue;
    return mention.text.replace(/^(?:从|自)/, '');
  }
  return undefined;
}

/** Short lines with no sentence punctuation (addressees, site furniture like 大家都在看). */
function isFurniture(p: string): boolean {
  if (META.test(p) || SIGNATURE_DATE.test(p) || isDocNumberLine(p) || /^.{2,30}文件$/.test(p) || /^\(此件.*\)$/.test(p) || /^\d{4}-\d{2}-\d{2}\s/.test(p)) return true;
  if (/关于(?:印发|落实|做好|开展|加强|进一步).*(?:的通知|的意见|的决定)$/.test(p) && !/。/.test(p)) return true;
  if (isTitleLike(p)) return true;
  // An addressee line: units, ending in a colon.
  if (/:$/.test(p) && /[、,]/.test(p) && p.length <= 80 && !/[。]/.test(p) && /(政府|部门|单位|机构|办事处|街办|园区)/.test(p)) return true;
  return p.length <= 12 && !/[。,;:、()|]/.test(p) && !/\d月/.test(p);
}

export function readFacts(paragraphs: readonly string[]): PlanFacts {
  const furniture = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (isFurniture(p)) furniture.add(i);
  });
  const attachments = attachmentLines(paragraphs);
  for (const i of attachments) furniture.add(i);
  const text = paragraphs.join('\n');

  // Title: the plan named inside its covering notice (关于印发《X》的通知), else its own title line.
  let title: string | undefined;
  // Only in the document's own front matter: a preamble cites other documents' titles and numbers.
  const frontText = paragraphs.filter((p, i) => furniture.has(i) || (p.length <= 100 && !/。/.test(p))).join('\n');
  const notice = /关于印发\s*(.+?)\s*的通知/.exec(frontText);
  if (notice) title = (notice[1] as string).replace(/\s+/g, '').replace(/^《(.*)》$/, '$1');
  if (!title) {
    const own = paragraphs.filter(isTitleLike).sort((a, b) => b.length - a.length)[0];
    if (own) title = own.replace(/\s+/g, '');
  }
  // 滁州市人民政府关于2020年市政府重点工作及责任分解的通知: the notice names the plan itself.
  if (!title) {
    const named = /关于\s*(.+?)\s*的通知/.exec(frontText)?.[1]?.replace(/\s+/g, '');
    if (named && PLAN_WORD.test(named)) title = named;
  }
  if (!title) title = paragraphs.find((p) => /关于.*的(?:意见|决定)$/.test(p))?.replace(/\s+/g, '');

  let issued: string | undefined;
  const field = /(?:成文日期|发文日期)\s*[::]?\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (field) issued = iso(field[1] as string, field[2] as string, field[3] as string);
  // The date under the signature: the last date-only line (a notice's own date comes first).
  const signatureAt = paragraphs.map((p, i) => (SIGNATURE_DATE.test(p.replace(/\s+/g, '')) ? i : -1)).filter((i) => i >= 0);
  if (!issued && signatureAt.length > 0) issued = readDocumentDate(paragraphs[signatureAt[0] as number] as string);

  const docNumberLine = paragraphs.slice(0, 12).find(isDocNumberLine);
  const docNumber = docNumberLine ? DOC_NUMBER.exec(docNumberLine)?.[0] : undefined;

  // The issuer: the body issuing a covering notice (X关于印发…), the red head (X文件), or the
  // signature (a unit on the line above the date).
  const issuerMatch = /^(.{2,20}?)关于/.exec(paragraphs.find((p) => /关于/.test(p) && isFurniture(p)) ?? '');
  const redHead = paragraphs.slice(0, 5).map((p) => /^(.{2,30})文件$/.exec(p.replace(/\s+/g, ''))?.[1]).find((n) => n !== undefined && looksLikeUnit(n));
  const signer = signatureAt.map((i) => paragraphs[i - 1]?.replace(/\s+/g, '')).find((n) => n !== undefined && looksLikeUnit(n) && n.length <= 30);
  const issuer = issuerMatch && looksLikeUnit(issuerMatch[1] as string) ? (issuerMatch[1] as string) : (redHead ?? signer);

  // 从2018年5月开始到2018年年底 / 自2023年1月起至12月底: the plan's own period.
  let period: string | undefined;
  for (const m of text.matchAll(/(?:从|自)\d{4}年[^,。;\n]{1,16}?(?:开始)?(?:到|至)[^,。;\n]{1,12}?(?:年底|年末|月底|月末|日|结束|止)/g)) {
    const outcome = resolveDate(m[0], { year: Number(/\d{4}/.exec(m[0])?.[0]) });
    if (outcome.ok && outcome.value.kind === 'window') {
      period = m[0];
      break;
    }
  }
  // 活动时间：2009年6月1日至30日 / 实施时间为2019年3月至12月 / 二、活动时间： + 三月份作为…月: a
  // labelled period, on the label's line or the next; the plan's year completes one without a year.
  if (!period) period = labelledPeriod(paragraphs);

  let year: number | undefined;
  let yearFrom: YearSource | undefined;
  const fromPeriod = period ? /(\d{4})年/.exec(period) : null;
  const fromTitle = title ? /(\d{4})年/.exec(title) : null;
  const fromNumber = docNumber ? /(\d{4})/.exec(docNumber) : /[〔\[(](\d{4})[〕\])]\s*\d+\s*号/.exec(frontText);
  const fromIssued = issued ? /^\d{4}/.exec(issued) : null;
  if (fromPeriod) [year, yearFrom] = [Number(fromPeriod[1]), 'period'];
  else if (fromTitle) [year, yearFrom] = [Number(fromTitle[1]), 'title'];
  else if (fromNumber) [year, yearFrom] = [Number(fromNumber[1]), 'docNumber'];
  else if (fromIssued) [year, yearFrom] = [Number(fromIssued[0]), 'issued'];
  else {
    // 2016年, 二〇一六年, 〔2016〕: the year the text mentions most, said so in a todo.
    const counts = new Map<number, number>();
    for (const m of yearsMentioned(text)) counts.set(m.year, (counts.get(m.year) ?? 0) + m.count);
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) [year, yearFrom] = [best[0], 'body'];
  }
  return {
    furniture,
    attachments,
    ...(title ? { title } : {}),
    ...(year !== undefined ? { year, yearFrom: yearFrom as YearSource } : {}),
    ...(issued ? { issued } : {}),
    ...(issuer ? { issuer } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...(period ? { period } : {}),
  };
}
