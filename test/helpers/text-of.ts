import type { Artifact } from '../../src/emit/artifact.js';

/** The text of a text artifact; a binary one (xlsx, pdf) here is a test mistake. */
export function textOf(artifact: Pick<Artifact, 'contents'> | undefined): string {
  if (artifact === undefined) return '';
  if (typeof artifact.contents !== 'string') throw new Error('expected a text artifact');
  return artifact.contents;
}
