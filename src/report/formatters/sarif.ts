import { ruleDescription, stageCodeDescription } from '../../check/rule-words.js';
import { rules } from '../../check/rules/index.js';
import { stageCodes, type StageCode } from '../../diagnostics/codes.js';
import type { Formatter } from '../formatter.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

function describe(code: string): string {
  const rule = rules.find((r) => r.meta.id === code);
  if (rule) return ruleDescription('en', rule.meta);
  return code in stageCodes ? stageCodeDescription('en', code as StageCode) : code;
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
const sarif: Formatter = (diagnostics, context) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            informationUri: 'https://www.npmjs.com/package/plan-compiler',
            rules: codes.map((id) => ({ id, shortDescription: { text: describe(id) } })),
          },
        },
        artifacts: context.files.map((file) => ({ location: { uri: encodeURI(file) } })),
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code)!,
          level: level[d.severity],
          message: { text: d.message },
          locations: d.span
            ? [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(d.span.file) },
                    region: { startLine: d.span.start.line, startColumn: d.span.start.column, endLine: d.span.end.line, endColumn: d.span.end.column },
                  },
                },
              ]
            : [],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
