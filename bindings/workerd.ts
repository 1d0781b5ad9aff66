// Entry point of 'ephemera' for this binding (see package.json exports).
import './setup-workerd.ts';
export * from '../src/index.ts';
