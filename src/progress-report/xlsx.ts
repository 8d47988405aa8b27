import type { RenderInput, Rendered } from './renderers.js';

// Placeholder while issue 20 is built: replaced by the real rendering.
export function renderXlsx(_input: RenderInput): Rendered {
  throw new Error('xlsx report not written yet');
}
