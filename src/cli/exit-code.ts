/** ESLint's contract: 0 clean (warnings allowed), 1 plan errors or too many warnings, 2 usage/internal. */
export type ExitCode = 0 | 1 | 2;
