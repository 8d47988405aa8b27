/** English words of the multi area; keys start with 'multi.'. */
export const multi = {
} as const;
