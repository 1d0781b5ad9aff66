// Entry point of 'ephemera' for this binding (see package.json exports).
import './setup-node.ts';
export * from '../src/index.ts';
