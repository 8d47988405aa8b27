import type { writing as en } from '../en/writing.js';

/** 中文:writing 部分(写不了的文件或输出文件夹),键与英文相同(由类型保证)。 */
export const writing: Readonly<Record<keyof typeof en, string>> = {
  'writing.cannot': '无法写入 {{file}}:{{why}}',
  'writing.cannot.unchanged': '无法写入 {{file}}:{{why}}(原来的输出保持不变)',
  'writing.reason.permission': '没有写入权限',
  'writing.reason.read-only': '磁盘是只读的',
  'writing.reason.no-space': '磁盘空间不足',
  'writing.reason.quota': '超出了磁盘配额',
  'writing.reason.not-a-folder': '路径中有一段是文件而不是文件夹',
  'writing.reason.is-folder': '这是一个文件夹',
  'writing.reason.name-too-long': '文件名太长',
  'writing.reason.exists-not-folder': '已有同名的文件,它不是文件夹',
  'writing.reason.locked': '另一次生成正在写入这个文件夹(锁文件 {{lock}} 由进程 {{pid}} 持有);请等它结束后再试',
  'writing.reason.not-ours': '{{file}} 不是 plan 写出的文件({{manifest}} 中没有它);请把它移走,或输出到另一个文件夹',
  'writing.reason.outside': '{{file}} 会写到输出文件夹之外',
};
