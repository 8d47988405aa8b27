import { keywordView } from './text.js';

/**
 * Unit names as documents write them: lists joined by 、 , ; with one shared suffix
 * (党政、宣传条线 → 党政条线, 宣传条线), parentheses inside names (各县(市、区)人民政府,
 * 省发改委(省能源局)) that must not be split.
 */

/** Endings that make a phrase a unit name (longest first when matched). */
const UNIT_SUFFIXES = [
  '人民政府', '办事处', '委员会', '领导小组', '检察院', '党组织', '管委会', '有限公司', '条线', '部门', '单位', '政府', '机构', '中心',
  '公司', '小组', '街道', '社区', '协会', '专班', '银行', '法院', '支队', '大队', '集团', '园区', '分局', '工委', '党委', '总局',
  '委', '局', '办', '部', '厅', '院', '会', '所', '站', '队', '署', '处', '室', '乡', '镇', '组', '团', '馆', '社',
].sort((a, b) => b.length - a.length);

export function unitSuffix(name: string): string | undefined {
  // Traditional script (州直各有關單位) ends in the same words once its keywords are simplified.
  const bare = keywordView(name).replace(/[((][^()()]*[))]$/, '');
  return UNIT_SUFFIXES.find((s) => bare.endsWith(s) && bare.length > s.length);
}

export function looksLikeUnit(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && unitSuffix(name) !== undefined && !/[。:;“”]/.test(name);
}

/** Splits on the separators outside parentheses. */
export function splitOutsideParens(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('((〔【['.includes(ch)) depth++;
    else if (')）〕】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** One list of unit names in document style → names, the shared suffix lent to bare items. */
export function splitUnitList(text: string): string[] {
  // Not on 和/及: they occur inside names (区发展和改革局).
  const items = splitOutsideParens(text, '、,;,;');
  const cleaned = items.map((i) => i.replace(/^(由|请|会同|协同|以及)/, '').replace(/(等单位|等部门|等)$/, '')).filter((i) => i.length > 0);
  const last = cleaned[cleaned.length - 1];
  const suffix = last !== undefined ? unitSuffix(last) : undefined;
  // Lend the suffix as the document wrote it (條線 stays traditional).
  const shared = suffix && last !== undefined ? last.replace(/[((][^()()]*[))]$/, '').slice(-suffix.length) : undefined;
  return cleaned.map((item) => (shared && !unitSuffix(item) && item.length <= 6 ? item + shared : item));
}

/** A collective names many bodies at once (街道各党组织, 各乡镇人民政府, 国务院各部门). */
export function isCollective(name: string): boolean {
  return /各/.test(name);
}

const PLACE_PREFIX = /^(街道|区|县|市|省|镇|乡|全区|全县|全市|全省)/;

/**
 * The core of a name for alias matching: without a leading level word (街道/区/县/市/省) and
 * without 各/各级, so 各级党组织 and 街道各党组织 meet at 党组织.
 */
export function nameCore(name: string): string {
  return name.replace(PLACE_PREFIX, '').replace(/各级|各/g, '');
}

export function withoutPlacePrefix(name: string): string | undefined {
  const bare = name.replace(PLACE_PREFIX, '');
  return bare !== name && bare.length >= 2 ? bare : undefined;
}
