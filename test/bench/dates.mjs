// Resolves 100,000 date expressions of the kinds real plans use (issue: dates) and prints the
// median time of several rounds as JSON: {"count":100000,"seconds":0.23}. Run after `npm run build`.
import { performance } from 'node:perf_hooks';
import { resolveDate } from '../../dist/dates/resolve-date.js';

const FORMS = [
  '5月', '6月至10月', '10月至12月上旬', '12月中旬至年底', '从2018年5月开始到2018年年底', '2018年12月18日上午',
  '12月20日前后', '在8月~10月期间', '2019年6月底前', '第二三季度', '上半年', '每季度最后一个月的30日前',
  '每月28日前', '长期坚持', '年内持续推进', '３月１日－３月１５日', '二〇〇九年四月二十八日', '9月16―25日',
  '5月16日08:30-12:00', '11月至次年3月', '国庆节前', '5个工作日内', 'early May', 'by end of 2018', 'Q1 2019', '12月上询',
];
const COUNT = 100_000;
const context = { year: 2018, anchor: '2018-09-28' };

function round() {
  const start = performance.now();
  let ok = 0;
  for (let i = 0; i < COUNT; i++) if (resolveDate(FORMS[i % FORMS.length], context).ok) ok++;
  if (ok === 0) throw new Error('nothing resolved');
  return (performance.now() - start) / 1000;
}

round(); // warm-up, as a long-running lint of many plans would be
const times = Array.from({ length: 5 }, round).sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ count: COUNT, forms: FORMS.length, seconds: times[2] })}\n`);
