/** English words of the record area; keys start with 'record.'. */
export const record = {
} as const;
