/** English words of the labels area; keys start with 'labels.'. */
export const labels = {} as const satisfies Readonly<Record<string, string>>;
