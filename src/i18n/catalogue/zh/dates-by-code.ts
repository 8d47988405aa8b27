/** Date remarks come from src/dates in English; their Chinese, by code, quoting the text. */
export const datesByCode: Readonly<Record<string, string>> = {
  'date-unparseable': '无法识别日期“{{text}}”。',
  'date-impossible': '日期“{{text}}”不存在(如 2月30日、13月),请核对。',
  'date-needs-anchor': '“{{text}}”要从发文日期起算,请在 plan 下写上发文日期 issued:。',
  'date-needs-dates': '“{{text}}”的日期每年不同(或因地而异),方案无法推算;请写明起止日期,如 X月X日至X月X日。',
  'date-needs-reference': '“{{text}}”没有写月份,请写全,如 5月{{text}}。',
  'date-holiday-data-missing': '节假日数据不包含“{{text}}”所在的年份,无法计算工作日;请在方案的 calendar: 中补上当年的放假安排。',
  'date-ambiguous': '“{{text}}”有两种理解(如“6月前”是 5月31日前还是 6月30日前?),请写明,如 6月底前 或 5月底前。',
  'date-year-rollover': '“{{text}}”的结束月份早于开始月份,已按跨到下一年理解。',
  'date-placeholder-year': '“{{text}}”是模板年份,已按方案年份理解。',
  'date-weekday-mismatch': '“{{text}}”写的星期与日期不符,请核对日期或星期。',
  'date-typo': '“{{text}}”疑似笔误,已按最接近的写法理解,请改正。',
  'date-fuzzy': '“{{text}}”按惯例理解(月初=上旬,月底作为起点时取当月最后一天)。',
  'date-kind-mismatch': '“{{text}}”的日期类型与此处的键不符。',
  suggest: '您是否指{{names}}?',
};
