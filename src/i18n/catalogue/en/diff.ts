/** English words of the diff area; keys start with 'diff.'. */
export const diff = {} as const satisfies Readonly<Record<string, string>>;
