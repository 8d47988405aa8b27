import type { print as en } from '../en/print.js';

/** 中文:print 部分(summary.pdf 打印),键与英文相同(由类型保证)。 */
export const print: Readonly<Record<keyof typeof en, string>> = {
  'print.no-cjk-font':
    '未生成 summary.pdf：找不到可用的中文字体，汉字会印成空方框（{{chars}}）。请重新安装 plan（其自带字体包 {{package}} 缺失或损坏），或安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）。',
  'print.missing-glyphs':
    '未生成 summary.pdf：有 {{count}} 个字在所有字体中都没有字形，会印成空方框：{{chars}}。请安装含有这些字的字体，或在方案中改用其他写法。',
};
