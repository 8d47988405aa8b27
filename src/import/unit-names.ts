import { keywordView } from './text.js';

/**
 * Unit names as documents write them, recognised by their shape (the word they end in), not by a
 * list of known bodies: 区发改局, 省发改委（省能源局）, 各县（市、区）人民政府, 街道各党组织, 宣传条线.
 * Lists are joined by 、，,；; and by 和/及/以及/与 — the conjunctions only where both sides are
 * names (区发展和改革局 stays whole) — and share a suffix (党政、宣传条线 → 党政条线, 宣传条线).
 * Everything is matched on a same-length view (simplified, half-width) and sliced from the text
 * as written, so a name keeps the document's own characters (（）, traditional script).
 */

/** Traditional forms of the characters unit words end in that the keyword view leaves alone. One to one. */
const UNIT_PAIRS = '處处隊队園园團团銀银學学條条聯联館馆導导領领檢检組组織织連连險险衛卫環环廠厂財财稅税審审計计資资' + '貿贸僑侨殘残婦妇幹干構构經经臺台電电視视';
const UNIT_EXTRA = new Map<string, string>();
for (let i = 0; i + 1 < UNIT_PAIRS.length; i += 2) UNIT_EXTRA.set(UNIT_PAIRS[i] as string, UNIT_PAIRS[i + 1] as string);

/** The keyword view with the unit-word characters folded too: same length, same offsets. */
export function unitView(text: string): string {
  const view = keywordView(text);
  let out = '';
  for (const ch of view) out += UNIT_EXTRA.get(ch) ?? ch;
  return out;
}

/** Words a unit name ends in; any non-empty name before them will do (区发改局, 团委, 国务院). */
const SUFFIXES = [
  // government and party bodies
  '人民政府', '政府', '办事处', '委员会', '管委会', '居委会', '村委会', '组委会', '指挥部', '领导小组', '工作小组', '小组', '专班', '工作组',
  '办公室', '党组织', '党支部', '党总支', '党工委', '党委', '党组', '工委', '纪委监委', '监委', '纪委', '团委', '共青团', '人大常委会', '人大',
  '政协', '法院', '检察院', '人武部', '武装部', '海关', '总局', '分局', '支局', '局', '委', '办', '厅', '署', '部门', '单位', '机构',
  '条线', '部', '院', '所', '中心', '处', '科', '股', '室', '站', '队', '团', '社', '馆', '组', '机关', '工段', '车间', '班组',
  // public institutions and enterprises
  '学校', '中学', '小学', '幼儿园', '大学', '学院', '高校', '院校', '医院', '卫生院', '卫生室', '公司', '集团', '银行', '保险公司', '合作社',
  '联合会', '协会', '学会', '商会', '工会', '基金会', '理事会', '红十字会', '妇联', '残联', '侨联', '文联', '工商联', '科协', '社科联',
  '电视台', '广播电台', '电台', '气象台',
  // places that act as bodies
  '街道', '社区', '开发区', '经开区', '高新区', '新区', '园区', '示范区', '试验区', '合作区', '自贸区', '保税区',
].sort((a, b) => b.length - a.length);

/** Words that name a body on their own, in the document's context (办事处 in a 街道 plan, 国务院, 各地 = every locality). */
const STANDALONE = new Set(['办事处', '管委会', '党工委', '居委会', '村委会', '工会', '妇联', '残联', '侨联', '文联', '科协', '团委', '人大', '政协', '国务院', '街道办', '纪委', '监委', '纪委监委', '党委', '海关', '各地', '各地区', '各地方']);

/** Endings that name bodies only as a collective (各大企业, 市属企业, 各高等院校), never alone (民营企业). */
const COLLECTIVE_SUFFIXES = ['企业', '院校', '高校'];

/** Levels of place that name a body only with a proper name before them (东阳市, 张家村) or after 各 (各县, 各乡镇). */
const PLACE_SUFFIXES = ['县', '市', '区', '州', '旗', '乡', '镇', '村'];

/** Two-character words that end like a unit but are not one (布局, 场所, 干部, 教室, 举办 …). */
const NOT_UNITS = new Set([
  '格局', '布局', '大局', '开局', '结局', '全局', '当局', '变局', '时局', '残局', '新局', '破局',
  '场所', '住所', '厕所', '处所', '居所', '会所',
  '内部', '外部', '全部', '局部', '东部', '西部', '南部', '北部', '中部', '干部', '头部', '底部', '顶部', '上部', '下部', '本部',
  '大厅', '餐厅', '客厅', '展厅', '舞厅', '前厅', '门厅',
  '举办', '承办', '主办', '协办', '代办', '帮办', '督办', '创办', '开办', '包办', '合办', '兴办', '操办', '筹办', '交办', '转办', '领办', '试办', '首办', '通办', '网办', '好办',
  '好处', '益处', '坏处', '长处', '短处', '难处', '用处', '到处', '各处', '相处', '共处', '身处', '深处', '住处', '出处', '去处', '此处', '何处', '远处', '近处', '高处', '低处',
  '学科', '本科', '专科', '理科', '文科', '工科', '前科', '百科',
  '入股', '控股', '参股', '持股', '配股', '炒股', '新股',
  '教室', '居室', '卧室', '浴室', '温室', '皇室', '密室',
  '团队', '梯队', '方队', '排队', '站队', '结队', '组队', '编队', '列队', '领队', '带队', '军队', '部队',
  '抱团', '组团', '成团', '谜团', '疑团', '线团',
  '结社', '网站', '车站', '场馆',
  '常委', '主委', '编组', '分组', '每组', '各组', '班组', '机组',
  '庭院', '大院', '小院', '宅院', '寺院', '影院', '剧院',
  '城区', '市区', '郊区', '山区', '景区', '辖区', '库区', '片区', '校区',
  '农村', '乡村', '城乡', '城镇', '乡镇', '村镇', '集镇', '古镇', '小镇', '城市', '都市', '超市', '上市',
  '会议室', '活动室', '阅览室', '图书室', '办证室',
]);

/** Of those, the ones no body's name ends in either (新发展格局, 联合举办, 公共场所, 政府网站). */
const NOT_UNIT_TAILS = ['格局', '布局', '场所', '举办', '承办', '主办', '协办', '代办', '帮办', '督办', '创办', '开办', '包办', '合办', '兴办', '操办', '筹办', '交办', '转办', '干部', '好处', '益处', '团队', '梯队', '网站', '场馆', '学科', '教室', '会议室', '活动室', '阅览室'];

/** Ends that make a phrase something else than a body: a person's title, a place, an event, a generic noun. */
const NOT_UNIT_END = /(?:组长|局长|书记|主任|部长|处长|科长|县长|市长|区长|镇长|乡长|村长|主席|委员|常委|主委|干部|同志|负责人|领导|成员|队长|站长|所长|院长|校长|秘书长|大厅|会议室|活动室|阅览室|乡村|农村|城乡|城镇|部署|布署|签署|安排)$/;

/** Verbs and function words a name never starts with: a clause (加强部门, 由区教育局, 包括街道). */
const CLAUSE_HEAD = /^(?:加强|加快|加大|推进|推动|建立|健全|完善|做好|开展|落实|提升|提高|强化|督促|负责|配合|牵头|深化|制定|制订|鼓励|引导|依托|发挥|整合|规范|成立|设立|组建|培育|打造|召开|举办|参加|参与|会同|依法|严格|切实|积极|认真|进一步|探索|确保|围绕|聚焦|针对|按照|根据|通过|对照|结合|坚持|严禁|禁止|包括|包含|含有|例如|比如|其中|以下|上述|主要|重点|相应|所有|部分|全体|由|请|把|被|让|使)/;

/**
 * A function word before a name (和区财政局, 含经开区, 在各街道): refused when what follows it is a
 * name by itself, so places that begin with the same character (和平区, 如东县, 含山县) still pass.
 */
const FUNCTION_HEAD = /^[和及与或并在对向为从同如即含以等]/;

/** Phrases that are clauses wherever they stand: a modal, a duty verb, a sentence mark. */
const CLAUSE_INSIDE = /[。:;!?“”"]|(?<![主重需纲摘必简])要(?!素)|应当|应该|必须|负责|牵头|配合|协助|按照|根据|进行|开展|推进|加强|落实|会同|涉及|任务|均|不再|已经|正在|完成|实现|达到|确保|做好|可以|能够|需要|为中心|之/;

function stripTrailingParen(view: string): string {
  // 省发改委(省能源局) → 省发改委; 各县(市、区) → 各县: the bracket qualifies, the head is the name.
  let out = view;
  for (let guard = 0; guard < 3; guard++) {
    const m = /[(\[〔【][^()\[\]〔〕【】]*[)\]〕】]$/.exec(out);
    if (!m || m.index === 0) break;
    out = out.slice(0, m.index);
  }
  return out;
}

function balanced(view: string): boolean {
  let depth = 0;
  for (const ch of view) {
    if ('([〔【《'.includes(ch)) depth++;
    else if (')]〕】》'.includes(ch)) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/** The unit word a name ends in (simplified: 局, 人民政府, 条线), if it ends like a body at all. */
export function unitSuffix(name: string): string | undefined {
  const bare = stripTrailingParen(unitView(name).trim()).trim();
  if (STANDALONE.has(bare)) return SUFFIXES.find((s) => bare.endsWith(s)) ?? bare;
  const collective = COLLECTIVE_SUFFIXES.find((s) => bare.endsWith(s) && /各|属|有关|相关|直/.test(bare.slice(0, bare.length - s.length)));
  if (collective) return collective;
  const suffix = SUFFIXES.find((s) => bare.endsWith(s) && bare.length > s.length);
  if (suffix) return suffix;
  const place = PLACE_SUFFIXES.find((s) => bare.endsWith(s));
  if (!place) return undefined;
  const stem = bare.slice(0, bare.length - place.length);
  // 各县, 州直各县市, 东阳市, 张家村 — not 城区 or a lone 区.
  return /各(?:级)?[县市区州乡镇]*$/.test(stem) || stem.length >= 2 ? place : undefined;
}

/**
 * Does the phrase read as the name of a body? By its shape: it ends in a unit word, it is not a
 * clause (加强部门, 各街道要加强社区), a title (副局长) or a generic noun (布局, 场所), and it is
 * whole (balanced brackets, no sentence marks). A name cut off mid-way (区) is refused.
 */
export function looksLikeUnit(name: string): boolean {
  const view = unitView(name).trim();
  if (view.length < 2 || view.length > 32) return false;
  if (!balanced(view)) return false;
  const head = stripTrailingParen(view).trim();
  // A list (、 , ; outside brackets) is several names, not one; a line break is not in a name.
  // Only levels sharing one word (各市、县人民政府) or words sharing one head (各委、局) are one name.
  const flat = head.replace(/[(\[〔【][^()\[\]〔〕【】]*[)\]〕】]/g, '');
  if (/[,;\n\s]/.test(flat)) return false;
  const parts = flat.split('、');
  // 各行署、市、县政府: a 各… body, then level words sharing its government.
  const sharedGovernment = /^各/.test(parts[0] as string) && parts.slice(1, -1).every((p) => BARE_LEVEL.test(p)) && GOVERNMENT_END.test(parts[parts.length - 1] as string);
  if (parts.length > 1 && !sharedGovernment && !parts.slice(0, -1).every((p) => BARE_LEVEL.test(p)) && !(/各/.test(parts[0] as string) && parts.slice(1).every(isBareSuffix))) return false;
  if (unitSuffix(name) === undefined) return false;
  // 各牵头单位, 各责任单位, 各有关配合部门: the collective of whoever holds that role.
  if (/^各(?:有关|相关)?(?:牵头|配合|责任|协办|成员|参与)(?:单位|部门)$/.test(head)) return true;
  if (NOT_UNITS.has(head) || NOT_UNIT_END.test(head) || NOT_UNIT_TAILS.some((t) => head.endsWith(t))) return false;
  if (CLAUSE_HEAD.test(head) || CLAUSE_INSIDE.test(head)) return false;
  if (/的/.test(head) || /^\d/.test(head)) return false;
  if (FUNCTION_HEAD.test(head) && looksLikeUnit(name.trim().slice(1))) return false;
  return true;
}

const OPEN = '([〔【《“‘';
const CLOSE = ')]〕】》”’';

/** Splits on the separators outside brackets and quotes; either width of a separator counts. */
export function splitOutsideParens(text: string, separators: string): string[] {
  return splitWithOffsets(text, separators).map((p) => p.text);
}

interface Piece {
  readonly text: string;
  readonly start: number;
}

function splitWithOffsets(text: string, separators: string): Piece[] {
  const view = keywordView(text);
  const seps = keywordView(separators);
  const parts: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < view.length; i++) {
    const ch = view[i] as string;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(ch)) {
      parts.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), start });
  return parts
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), start: p.start + lead };
    })
    .filter((p) => p.text.length > 0);
}

/** Words around a name that are not part of it: 由/请/会同 before, 等部门/按职责分工负责 after. */
const LEADING_WORDS = /^(?:由|请|会同|协同|以及|及|和|与|并)(?=\S)/;
const TRAILING_WORDS = /(?:按职责分工负责|按职责分工落实|按职责负责|各负其责|分别负责|负责落实|负责)$|等(?:[^、,;]{0,6}?(?:部门|单位|机构))?$/;

function cleanItem(item: string): string {
  let out = item.trim();
  for (let guard = 0; guard < 3; guard++) {
    const view = unitView(out);
    const lead = LEADING_WORDS.exec(view);
    const trail = TRAILING_WORDS.exec(view);
    if (!lead && !trail) break;
    out = out.slice(lead ? lead[0].length : 0, trail ? trail.index : out.length).trim();
  }
  return out.replace(/[。.]+$/, '').trim();
}

/** A level word that names no body alone and joins the next item: 各市、县人民政府 is one collective. */
/** The bodies a run of level words shares (各县、市、区政府, 各市、县人民政府, 各县、市党委). */
const GOVERNMENT_END = /(?:政府|党委|人大|政协|法院|检察院|党委和政府)$/;
const BARE_LEVEL = /^(?:各|各级)?(?:[省市县区州乡镇]|特区|自治县|自治区|自治州|直辖市|县市区|市州)(?:\([^()]*\))?$/;

/** A unit word standing alone after a list item (各委、局 / 市政府各委、办、局): it shares that item's head. */
function isBareSuffix(item: string): boolean {
  const view = unitView(item);
  return SUFFIXES.includes(view) && !STANDALONE.has(view);
}

/**
 * Splits one item on 和/及/以及/与 or a space, but only where the part before ends in a unit word
 * and the part after is a name too: 区教育局和区卫健委 → two, 区发展和改革局 → one.
 */
function splitConjunctions(item: string): string[] {
  const view = unitView(item);
  let depth = 0;
  for (let i = 1; i < view.length - 1; i++) {
    const ch = view[i] as string;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const word = view.startsWith('以及', i) ? '以及' : /[和及与\s]/.test(ch) ? ch : undefined;
    if (!word) continue;
    const left = cleanItem(item.slice(0, i));
    const rest = item.slice(i + word.length);
    if (!looksLikeUnit(left)) continue;
    const right = splitConjunctions(cleanItem(rest));
    if (right.length > 0 && right.every(looksLikeUnit)) return [left, ...right];
  }
  return [item];
}

/**
 * One list of unit names in document style → the names, as written. Brackets never split
 * (各县（市、区）人民政府); a bare item borrows the shared suffix of the last one (党政、宣传条线);
 * 等部门, 负责, 由 … are left out of the names.
 */
export function splitUnitList(text: string): string[] {
  const pieces = splitWithOffsets(text, '、,;，；');
  // 各市、县人民政府 / 各行署、市、县政府: lone level words belong with the government after them
  // (and with a 各… body just before them), separator and all. A lone level word before anything
  // else (乡、各街道、各社区) is a name of its own.
  const joined: { start: number; end: number }[] = [];
  const bare = (p: Piece | undefined) => p !== undefined && BARE_LEVEL.test(unitView(cleanItem(p.text)));
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i] as Piece;
    let last = first;
    let j = i;
    while (bare(pieces[j]) && j + 1 < pieces.length) j++;
    const target = pieces[j] as Piece;
    if (j > i && (GOVERNMENT_END.test(unitView(cleanItem(target.text))) || bare(target))) {
      last = target;
      i = j;
      const before = joined[joined.length - 1];
      const previous = pieces.find((p) => p.start === before?.start);
      if (before && previous && /^各/.test(unitView(previous.text).trim()) && before.end === previous.start + previous.text.length && !bare(previous)) {
        joined.pop();
        joined.push({ start: before.start, end: last.start + last.text.length });
        continue;
      }
    }
    // 各委、局: a lone unit word goes with the item before it, separator and all.
    while (i + 1 < pieces.length && isBareSuffix(cleanItem((pieces[i + 1] as Piece).text)) && /各/.test(unitView(first.text))) last = pieces[++i] as Piece;
    joined.push({ start: first.start, end: last.start + last.text.length });
  }
  const cleaned = joined.map((j) => cleanItem(text.slice(j.start, j.end))).filter((i) => i.length > 0).flatMap(splitConjunctions).map(cleanItem).filter((i) => i.length > 0);
  const last = cleaned[cleaned.length - 1];
  const suffix = last !== undefined ? unitSuffix(last) : undefined;
  // Lend the suffix as the document wrote it (條線 stays traditional), to short bare items only.
  const lastHead = last !== undefined ? stripTrailingParenOriginal(last) : undefined;
  // Only when the last item alone carries a suffix (党政、宣传条线): in 市税务局、市人行、某管委会
  // the others name their own kind, and a bare 市人行 is an abbreviation, not 市人行管委会.
  const othersNamed = cleaned.slice(0, -1).some((item) => unitSuffix(item) !== undefined);
  const lendable = suffix !== undefined && !othersNamed && !PLACE_SUFFIXES.includes(suffix) && lastHead !== undefined;
  const shared = lendable ? lastHead.slice(-suffix.length) : undefined;
  const names = cleaned.map((item) => (shared && !unitSuffix(item) && item.length <= 6 && !/[(（]/.test(item) && !CLAUSE_HEAD.test(unitView(item)) ? item + shared : item));
  return names.filter((n, i) => names.indexOf(n) === i);
}

function stripTrailingParenOriginal(name: string): string {
  const view = unitView(name);
  return name.slice(0, stripTrailingParen(view).length);
}

/** Does the whole text read as a list of unit names? */
export function looksLikeUnitList(text: string): boolean {
  const names = splitUnitList(text);
  return names.length > 0 && names.every(looksLikeUnit);
}

/** A collective names many bodies at once (街道各党组织, 各乡镇人民政府, 国务院各部门, 县政府有关部门). */
export function isCollective(name: string): boolean {
  const view = unitView(name);
  return /各/.test(view) || /^(?:有关|相关|其他有关|其它有关)/.test(view) || /(?:有关|相关|成员|直属|所属)(?:部门|单位|机构)$/.test(view);
}

const PLACE_PREFIX = /^(?:街道|全区|全县|全市|全省|区|县|市|省|镇|乡)/;

/**
 * The core of a name for alias matching, in the matching view: without a leading level word
 * (街道/区/县/市/省) and without 各/各级, so 各级党组织 and 街道各党组织 meet at 党组织, and
 * 州直各有關單位 meets 州直各有关单位.
 */
export function nameCore(name: string): string {
  return unitView(name).replace(PLACE_PREFIX, '').replace(/各级|各/g, '');
}

/** The name without its leading level word (区发改局 → 发改局), as written; undefined when none or too short. */
export function withoutPlacePrefix(name: string): string | undefined {
  const m = PLACE_PREFIX.exec(unitView(name));
  if (!m) return undefined;
  const bare = name.slice(m[0].length);
  return bare.length >= 2 ? bare : undefined;
}
