/** English words of the report area; keys start with 'report.'. */
export const report = {
} as const;
