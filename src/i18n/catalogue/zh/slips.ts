import type { slips as en } from '../en/slips.js';

/** 中文:slips 部分,键与英文相同(由类型保证)。YAML 语法中的输入失误,以及 plan lint --fix 的报告。 */
export const slips: Readonly<Record<keyof typeof en, string>> = {
  'slips.yaml-fullwidth-colon': '键“{{key}}”后面是全角冒号“：”,YAML 只认半角冒号。请改成“{{key}}: ”(半角冒号后空一格),或运行 plan lint --fix 自动修正。',
  'slips.yaml-fullwidth-space.indent': '行首缩进里有全角空格“　”,YAML 只认半角空格。请换成两个半角空格,或运行 plan lint --fix 自动修正。',
  'slips.yaml-fullwidth-space.separator': '“{{mark}}”后面是全角空格“　”,这里须用半角空格。请换成一个半角空格,或运行 plan lint --fix 自动修正。',
  'slips.yaml-tab-indent': '行首缩进里有制表符(Tab 键),YAML 不允许用它缩进。请改用半角空格,或运行 plan lint --fix 自动修正。',
  'slips.yaml-fullwidth-dash': '“{{dash}}”不是列表符号,列表项须以半角短横线“- ”开头。请改正,或运行 plan lint --fix 自动修正。',
  'slips.yaml-missing-colon': '键“{{key}}”后面缺少冒号。请写成“{{key}}: ”再接内容。',
  'slips.yaml-unclosed-quote': '这个引号 {{quote}} 没有结束引号,后面的内容都被当成了文字。请在这段文字末尾补上 {{quote}}。',
  'slips.yaml-unclosed-quote.wide': '这个引号 {{quote}} 是用中文引号 {{wide}} 结束的,程序不认。请把结束引号改成半角的 {{quote}},或把两端的引号都去掉。',
  'slips.yaml-broken-value': '这一行接着第{{line}}行“{{key}}”的内容,但没有缩进,被当成了一个新的键。请把它接到第{{line}}行末尾,或再多缩进几格。',
  'slips.yaml-folded-value': '“{{key}}”的内容分成了两行,程序会在两行之间加一个空格(“{{before}} {{after}}”)。请把内容写在同一行。',
  'slips.yaml-folded-value.item': '这个列表项分成了两行,程序会在两行之间加一个空格(“{{before}} {{after}}”)。请写在同一行。',
  'slips.yaml-chinese-key.one': '{{where}}中的键“{{key}}”是中文,方案文件的键须用英文:请改成“{{suggestion}}”。',
  'slips.yaml-chinese-key.choice': '{{where}}中的键“{{key}}”是中文,方案文件的键须用英文:请按意思改成{{choices}}之一。',
  'slips.yaml-chinese-key.unknown': '{{where}}中的键“{{key}}”是中文,方案文件的键须用英文。这里可用的键有:{{allowed}}。',
  'slips.fix.yaml-fullwidth-colon': '{{file}}:全角冒号改为半角,{{count}} 处',
  'slips.fix.yaml-fullwidth-space': '{{file}}:全角空格改为半角,{{count}} 处',
  'slips.fix.yaml-tab-indent': '{{file}}:缩进中的制表符改为空格,{{count}} 处',
  'slips.fix.yaml-fullwidth-dash': '{{file}}:列表符号改为半角短横线,{{count}} 处',
  'slips.fix.yaml-chinese-key': '{{file}}:中文键改为英文键,{{count}} 处',
  'slips.fix.formatted': '{{file}}:已按 plan fmt 的标准格式整理',
  'slips.fix.layout-held': '{{file}}:有内容分成了两行(见下面的警告),暂不按 plan fmt 整理格式;请先把这些内容合并到一行',
  'slips.fix.unparseable': '{{file}}:无法自动修正,修正后仍不是有效的 YAML,文件未改动。请按下面的提示手动修改。',
  'slips.fix.stdin': '--fix 会改写文件,不能用于标准输入(-)',
};
