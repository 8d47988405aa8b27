/**
 * Traditional → simplified for the characters that occur in date wording and its neighbours
 * (mirrors serve 於, 後, 個, 內, 週, 長期堅持, 持續推進, 節點 …). One character to one character, so
 * offsets into the original string stay valid. Unit names are not touched here.
 */
const PAIRS =
  '於于後后個个內内週周長长堅坚續续進进節节點点牽牵頭头責责單单時时間间開开報报將将從从當当態态' +
  '實实現现動动慶庆勞劳國国曆历農农禮礼號号屆届終终來来這这與与為为紀纪編编發发舉举辦办組组織织' +
  '兩两幾几週周過过際际類类務务屬属場场數数較较級级層层區区機机關关會会議议東东計计劃划執执歲岁' +
  '陽阳陰阴';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i] as string, PAIRS[i + 1] as string);

export function simplifiedChar(ch: string): string {
  return MAP.get(ch) ?? ch;
}
