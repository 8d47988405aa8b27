/**
 * The vocabulary of date wording (after normalisation), matched longest-first by the tokenizer.
 * Separators 至/到 are keywords here; the tokenizer turns them into separator tokens.
 */
export const KEYWORDS: readonly string[] = [
  // calendar units
  '年', '月', '日', '号', '份', '第', '季度', '季', '旬', '天', '周', '星期', '个', '的', '半年',
  // month parts
  '上旬', '中旬', '下旬', '上中旬', '中下旬', '初', '中', '底', '末',
  // year parts and relative years
  '年底', '年末', '年初', '年中', '年内', '年度', '全年', '上半年', '下半年', '全年度', '上半年度', '下半年度',
  '今年', '本年', '当年', '明年', '次年', '翌年', '下一年', '去年', '上年', '同年', '前年', '后年',
  '季度末', '季末', '季度底',
  // deadlines, open ends, approximations, wrappers
  '前', '以前', '之前', '前后', '左右', '后', '以后', '之后', '起', '开始', '为止',
  '从', '自', '于', '在', '截至', '截止',
  // the document date itself: 即日起, 从现在开始
  '即日', '现在', '期间', '之间', '以内', '之内', '内', '间',
  '完成', '建成', '完工', '办结', '到位', '上报', '报送',
  // time of day
  '上午', '下午', '晚上', '中午', '早上', '时', '点', '分', '半',
  // recurrences
  '每', '逐', '最后一个月', '末月', '第一个月', '首月', '以季度为节点', '为节点', '以', '次', '期', '场', '篇', '批', '工作日',
  '第一个工作日', '首个工作日', '最后一个工作日',
  // holidays
  '元旦', '春节', '清明节', '清明', '劳动节', '五一', '端午节', '端午', '中秋节', '中秋', '国庆节', '国庆', '节',
  // ongoing vocabulary
  '长期', '坚持', '持续', '推进', '开展', '常态化', '立行立改', '实施', '长效',
];

/** Keywords that are range separators. */
export const SEPARATOR_WORDS: ReadonlySet<string> = new Set(['至', '到']);

/** First character → keywords starting with it, longest first (built once at load). */
export const KEYWORDS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const word of [...KEYWORDS, ...SEPARATOR_WORDS]) {
    const first = word[0] as string;
    const list = map.get(first) ?? [];
    list.push(word);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Weekday characters after 周/星期/礼拜: 0 = Sunday. */
export const WEEKDAY_CHAR: Readonly<Record<string, number>> = {
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 0, '天': 0, '末': -1,
};

/** Festivals that 节前 deadlines refer to, by the label the holiday data uses. */
export const FESTIVAL_LABEL: Readonly<Record<string, string>> = {
  '元旦': '元旦', '春节': '春节', '清明节': '清明', '清明': '清明', '劳动节': '劳动节', '五一': '劳动节',
  '端午节': '端午', '端午': '端午', '中秋节': '中秋', '中秋': '中秋', '国庆节': '国庆节', '国庆': '国庆节',
};
