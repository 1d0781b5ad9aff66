// Entry point of 'ephemera/primitives' for this binding (see package.json exports).
import './setup-workerd.ts';
export * from '../src/primitives.ts';
