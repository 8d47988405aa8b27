/** English words of the slips area; keys start with 'slips.'. */
export const slips = {} as const satisfies Readonly<Record<string, string>>;
