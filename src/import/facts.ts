import { resolveDate } from '../dates/index.js';
import { looksLikeUnit } from './unit-names.js';

/** What the document says about itself: title, year, date of issue, issuer, period. */
export interface PlanFacts {
  readonly title?: string;
  readonly year?: number;
  /** Where the year came from, in the secretary's words (实施期限, 标题, 文号, 成文日期, 正文). */
  readonly yearFrom?: string;
  readonly issued?: string;
  readonly issuer?: string;
  readonly period?: string;
  /** Paragraph indexes that are page furniture (titles, dates, addressees), not plan content. */
  readonly furniture: ReadonlySet<number>;
}

const PLAN_WORD = /(?:方案|计划|意见|措施|分解|要点|责任书|安排|办法|规划|细则)(?:汇总|\(试行\)|\(草案\))?$/;
const META = /^(?:索\s*引\s*号|发文日期|发布机构|文\s*号|分\s*类|主题分类|发文机关|成文日期|发文字号|废止时间|日期:|来源:|有\s*效\s*性)/;
const SIGNATURE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function isTitleLike(p: string): boolean {
  return p.length >= 4 && p.length <= 70 && !/[。;:,]/.test(p) && !/\|/.test(p) && PLAN_WORD.test(p);
}

/** Short lines with no sentence punctuation (addressees, site furniture like 大家都在看). */
function isFurniture(p: string): boolean {
  if (META.test(p) || SIGNATURE_DATE.test(p) || /^\(此件.*\)$/.test(p) || /^\d{4}-\d{2}-\d{2}\s/.test(p)) return true;
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
  if (!title) title = paragraphs.find((p) => /关于.*的(?:意见|决定)$/.test(p))?.replace(/\s+/g, '');

  let issued: string | undefined;
  const field = /(?:成文日期|发文日期)\s*[::]?\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (field) issued = iso(field[1] as string, field[2] as string, field[3] as string);
  if (!issued) {
    for (const p of paragraphs) {
      const m = SIGNATURE_DATE.exec(p);
      if (m) {
        issued = iso(m[1] as string, m[2] as string, m[3] as string);
        break;
      }
    }
  }

  const issuerMatch = /^(.{2,20}?)关于/.exec(paragraphs.find((p) => /关于/.test(p) && isFurniture(p)) ?? '');
  const issuer = issuerMatch && looksLikeUnit(issuerMatch[1] as string) ? (issuerMatch[1] as string) : undefined;

  // 从2018年5月开始到2018年年底 / 自2023年1月起至12月底: the plan's own period.
  let period: string | undefined;
  for (const m of text.matchAll(/(?:从|自)\d{4}年[^,。;\n]{1,16}?(?:开始)?(?:到|至)[^,。;\n]{1,12}?(?:年底|年末|月底|月末|日|结束|止)/g)) {
    const outcome = resolveDate(m[0], { year: Number(/\d{4}/.exec(m[0])?.[0]) });
    if (outcome.ok && outcome.value.kind === 'window') {
      period = m[0];
      break;
    }
  }

  let year: number | undefined;
  let yearFrom: string | undefined;
  const fromPeriod = period ? /(\d{4})年/.exec(period) : null;
  const fromTitle = title ? /(\d{4})年/.exec(title) : null;
  const fromNumber = /[〔\[(](\d{4})[〕\])]\s*\d+\s*号/.exec(frontText);
  const fromIssued = issued ? /^\d{4}/.exec(issued) : null;
  if (fromPeriod) [year, yearFrom] = [Number(fromPeriod[1]), '实施期限'];
  else if (fromTitle) [year, yearFrom] = [Number(fromTitle[1]), '标题'];
  else if (fromNumber) [year, yearFrom] = [Number(fromNumber[1]), '文号'];
  else if (fromIssued) [year, yearFrom] = [Number(fromIssued[0]), '成文日期'];
  else {
    const counts = new Map<number, number>();
    for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) [year, yearFrom] = [best[0], '正文'];
  }
  return {
    furniture,
    ...(title ? { title } : {}),
    ...(year !== undefined ? { year, yearFrom: yearFrom as string } : {}),
    ...(issued ? { issued } : {}),
    ...(issuer ? { issuer } : {}),
    ...(period ? { period } : {}),
  };
}
