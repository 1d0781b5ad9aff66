// The P-521 family's engine operations (keys, ECDH, ECDSA-SHA-512, fan-out). Defined with the P-521 kernel.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface P521Ops {}
