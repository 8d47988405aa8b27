/** English words of the status area; keys start with 'status.'. */
export const status = {
} as const;
