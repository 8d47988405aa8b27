/** English words of the rules area; keys start with 'rules.'. */
export const rules = {} as const satisfies Readonly<Record<string, string>>;
