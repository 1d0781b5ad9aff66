// Entry point of 'ephemera/primitives' for this binding (see package.json exports).
import './setup-node.ts';
export * from '../src/primitives.ts';
