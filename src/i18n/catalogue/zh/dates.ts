import type { dates as en } from '../en/dates.js';

/** 中文:dates 部分,键与英文相同(由类型保证);每句说出英文那句的全部事实。 */
export const dates: Readonly<Record<keyof typeof en, string>> = {
  // 无法识别的日期(date-unparseable)。
  'dates.too-long': '日期表述应是一段简短的文字(最多 {{max}} 个字符)。',
  'dates.unreadable': '无法识别这个日期表述。',
  'dates.empty': '日期表述是空的。',
  'dates.unexpected': '日期中有无法识别的“{{text}}”。',
  'dates.expected-date.at': '“{{text}}”处应为日期(如 5月、5月20日、10月上旬、第三季度 或 年底)。',
  'dates.expected-date.at-end': '日期表述在结尾处缺少日期(如 5月、5月20日、10月上旬、第三季度 或 年底)。',
  'dates.expected-quarter': '“第”后面应为季度,如 第三季度。',
  'dates.bare-number.range-start': '“{{number}}”没有单位,请写明是年、月还是日(年/月/日)。',
  'dates.bare-number.single': '“{{number}}”没有单位,请加上 年、月 或 日。',
  'dates.range.needs-calendar-dates': '时间段的起止两端都须写成日历日期。',
  'dates.length-not-date': '“{{text}}”是一段时长,不是日期;请写明何时完成(如 5月底前),或写从发文日期起算的期限(如 {{count}}个月内)。',
  'dates.dotted-month-day': '“{{written}}”不是日期的写法;请写成 {{month}}月{{day}}日(或带年份写成 {{year}}.{{month}}.{{day}})。',
  'dates.english.unexpected': '英文日期中有无法识别的“{{text}}”。',
  'dates.english.expected': '此处应为日期,如 "early May"、"Q1 2019" 或 "by the end of June"。',
  'dates.recurrence.expected-lead': '周期性日期应以“每”或“逐”开头。',
  'dates.recurrence.expected-period': '“每”后面应写周期:每月、每季度、每周 或 每年。',

  // 不存在的日期(date-impossible)。
  'dates.no-such-month': '没有{{month}}月,月份应为 1 至 12。',
  'dates.no-such-quarter': '没有第{{quarter}}季度,季度应为 1 至 4。',
  'dates.no-such-day': '{{year}}年{{month}}月没有{{day}}日。',
  'dates.not-a-calendar-date': '{{year}}-{{month}}-{{day}} 不是存在的日期。',
  'dates.not-a-time': '“{{time}}”不是有效的时刻。',
  'dates.range.ends-before-start': '时间段的结束日期({{end}})早于开始日期({{start}})。',
  'dates.range.end-day-before-start': '时间段结束于{{day}}日,早于开始日期。',
  'dates.period.not-positive': '期限的长度须大于零,这里写的是“{{count}}”。',
  'dates.recurrence.no-such-day-in-month': '一个月中没有{{day}}日。',
  'dates.recurrence.no-such-month': '没有{{month}}月。',
  'dates.recurrence.no-such-day': '{{month}}月没有{{day}}日。',

  // 方案须先写明的内容。
  'dates.needs-anchor.today': '“{{word}}”指发文日期,请在 plan 下写上发文日期 issued:。',
  'dates.needs-anchor.period': '“{{text}}”要从发文日期起算,请在 plan 下写上发文日期 issued:。',
  'dates.needs-anchor.festival': '“节前”没有说明是哪个节日;请写明节日(如 国庆节前、春节前),或在 plan 下写上发文日期 issued:。',
  'dates.needs-reference': '“{{written}}”没有写月份,请写全,如 5月{{dayWritten}}日。',
  'dates.needs-dates': '“{{word}}”没有固定日期:每年另行确定(或因地而异),方案无法推算。请写明起止日期,如 X月X日至X月X日。',
  'dates.holiday-data-missing.year': '节假日数据只包含 {{firstYear}}–{{lastYear}} 年,无法得知 {{year}} 年的工作日;请在方案的 calendar: 中补上当年的放假安排。',
  'dates.holiday-data-missing.after-anchor': '节假日数据中,发文日期之后没有节日假期。',
  'dates.holiday-data-missing.festival': '节假日数据中没有 {{year}} 年的{{festival}}假期。',

  // 提示:说明按什么理解,便于核对。
  'dates.year-rollover': '结束月份早于开始月份,已按跨到下一年理解:结束日期在 {{year}} 年。',
  'dates.placeholder-year': '年份是模板占位符,已按方案年份 {{year}} 年理解。',
  'dates.weekday-mismatch': '写的星期({{writtenWeekday}})与日期不符:{{date}} 是{{actualWeekday}}。',
  'dates.fuzzy.range-start.month-end': '“月底”作为时间段的起点,按惯例理解为 {{start}}。',
  'dates.fuzzy.range-start.month-part': '“月初/月中”作为时间段的起点,按惯例理解为 {{start}}。',
  'dates.fuzzy.convention': '按惯例理解为 {{start}} 至 {{end}}。',
  'dates.fuzzy.convention-due': '按惯例理解为 {{end}} 前完成({{start}} 至 {{end}} 的最后一天)。',
  'dates.fuzzy.festival-approx': '已按{{festival}}假期 {{start}} 至 {{end}} 理解,并标为大约;如指节日前后更长的时间,请写明日期。',
  'dates.fuzzy.after-festival': '从{{festival}}假期({{breakStart}} 至 {{breakEnd}})结束后起算:{{start}} 至 {{end}}。',
  'dates.fuzzy.holiday-on-weekday.one': '有一次落在法定节假日:{{list}};请决定照常举行、改期还是取消。',
  'dates.fuzzy.holiday-on-weekday.other': '有 {{holidays}} 次落在法定节假日:{{list}};请决定照常举行、改期还是取消。',
  'dates.typo.day-mark-before': '日期少写了“日”(如 4月15前),已按 4月15日前 理解。',
  'dates.typo.day-mark': '日期少写了“日”,已按当月的某一日理解。',
  'dates.ambiguous-before': '整段时期(月、季度、半年、年)后面的“前”有两种理解:已严格理解为 {{strict}} 前完成;如指 {{loose}} 前,请写“底前”。',
  'dates.immediate': '立行立改:立即完成,并在整个期间持续保持。',

  // 星期,用于写的星期与日期不符的提示。
  'dates.weekday.0': '周日',
  'dates.weekday.1': '周一',
  'dates.weekday.2': '周二',
  'dates.weekday.3': '周三',
  'dates.weekday.4': '周四',
  'dates.weekday.5': '周五',
  'dates.weekday.6': '周六',

  // 方案中日期有误时,给出最接近的写法。
  'dates.did-you-mean': '{{message}}您是否指{{names}}?',

  // 节假日文件(--holidays,或 compile 的 holidays 选项)格式不对。
  'dates.holiday-file.not-json': '节假日文件不是有效的 JSON:{{detail}}',
  'dates.holiday-file.not-object': '节假日文件应为 JSON 对象,包含“holidays”和“workdays”两部分。',
  'dates.holiday-file.section-not-object': '节假日文件:“{{section}}”应为对象,把 YYYY-MM-DD 格式的日期对应到名称。',
  'dates.holiday-file.bad-date': '节假日文件:“{{section}}”中的“{{date}}”不是有效的 YYYY-MM-DD 日期。',
  'dates.holiday-file.name-not-string': '节假日文件:“{{section}}.{{date}}”应为文字,如 "National Day,国庆节,3"。',
  'dates.holiday-file.both': '节假日文件:{{date}} 既列为假日,又列为工作日。',

  // plan date:帮助与输出。
  'dates.cli.bad-issued': '--issued 应为 YYYY-MM-DD 格式的日期,实际是“{{value}}”',
  'dates.cli.bad-year': '--year 应为年份,如 2018,实际是“{{value}}”',
  'dates.cli.error': '错误:{{message}}',
  'dates.cli.accepted-forms': '可用的写法:{{forms}}',
  'dates.cli.kind.window': '时间段',
  'dates.cli.kind.deadline': '截止日期',
  'dates.cli.kind.instant': '某一天',
  'dates.cli.kind.recurring': '周期性',
  'dates.cli.kind.ongoing': '长期持续',
  'dates.cli.due': '{{date}} 前完成',
  'dates.cli.span': '{{start}} 至 {{end}}',
  'dates.cli.time': '时间 {{time}}',
  'dates.cli.approximate': '大约',
  'dates.cli.rrule': 'RRULE {{rrule}}',
  'dates.cli.list-separator': '、',
  'dates.cli.dates': '日期:{{dates}}',
  'dates.cli.note': '提示:{{message}} [{{code}}]',
};
