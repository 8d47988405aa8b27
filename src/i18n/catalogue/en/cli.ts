/** English words of the cli area; keys start with 'cli.'. */
export const cli = {} as const satisfies Readonly<Record<string, string>>;
