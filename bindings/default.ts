// Entry point of 'ephemera' for this binding (see package.json exports).
import './setup-default.ts';
export * from '../src/index.ts';
