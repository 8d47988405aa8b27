import type { RenderInput, Rendered } from './renderers.js';

// Placeholder while issue 20 is built: replaced by the real rendering.
export function renderHtml(_input: RenderInput): Rendered {
  throw new Error('html report not written yet');
}
