/** English words of the import area; keys start with 'import.'. */
export const importer = {} as const satisfies Readonly<Record<string, string>>;
