import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, escapeMarkdown, escapeMarkdownCell } from '../../../../src/emit/escape.js';
import { csvField } from '../../../../src/emit/unit-lists/csv.js';

describe('escapeHtml', () => {
  it('escapes the five significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('召开街道党工委会议 2018-05-31')).toBe('召开街道党工委会议 2018-05-31');
    expect(escapeHtml(3)).toBe('3');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['# title', '\\# title'],
    ['  ## title', '  \\## title'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['2018) x', '2018\\) x'],
    ['=====', '\\====='],
    ['*em* _em_ `code` ~~del~~', '\\*em\\* \\_em\\_ \\`code\\` \\~\\~del\\~\\~'],
    ['[link](http://x)', '\\[link\\](http\\://x)'],
    ['see www.example.com', 'see www\\.example.com'],
    ['&lt; a\\b', '\\&lt; a\\\\b'],
    ['line one\n# line two', 'line one # line two'], // joined: a mid-line # is plain text
    ['召开街道党工委会议 2018-05-31', '召开街道党工委会议 2018-05-31'],
    ['在8月~10月期间', '在8月\\~10月期间'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('escapeMarkdownCell', () => {
  it('keeps line breaks as <br> and escapes each line start', () => {
    expect(escapeMarkdownCell('a | b\n# c\r\n- d')).toBe('a \\| b<br>\\# c<br>\\- d');
    expect(escapeMarkdownCell('plain')).toBe('plain');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('cssString', () => {
  it('quotes text and escapes what could end the string or the <style> element', () => {
    expect(cssString('方案')).toBe('"方案"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString('one\ntwo')).toBe('"one\\a two"');
  });
});
