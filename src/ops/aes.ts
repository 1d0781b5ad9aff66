// The AES family's engine operations (AES-256-GCM, AES-256-CTR). Defined with the AES kernel.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AesOps {}
