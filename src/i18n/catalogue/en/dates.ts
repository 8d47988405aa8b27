/** English words of the dates area; keys start with 'dates.'. */
export const dates = {} as const satisfies Readonly<Record<string, string>>;
