/**
 * `ephemera`: the Wickr Secure Messaging Protocol. The protocol layer (identities, packets, streams, relay client)
 * lands on top of the primitives in later releases; today this entry point exposes readiness, the engine switch
 * and the error types. The primitives themselves are under `ephemera/primitives`.
 * @module
 */
export { ready, engine, kernel, setEngine, type EngineName, type EngineOptions } from './engine.ts';
export * from './errors.ts';
