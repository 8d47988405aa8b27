import type { Artifact, EmitContext, Emitter } from './artifact.js';

/** An emitter written as a generator of its files; `emit` is the same files as a list. */
export type StreamingEmitter<A extends Artifact> = Emitter<A> & { stream(context: EmitContext): Iterable<A> };

export function streamingEmitter<A extends Artifact>(spec: Omit<StreamingEmitter<A>, 'emit'>): StreamingEmitter<A> {
  return { ...spec, emit: (context) => [...spec.stream(context)] };
}
