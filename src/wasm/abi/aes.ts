// Kernel exports of the AES family (assembly/aes/). Filled in with the AES kernel.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AesExports {}
export const AES_FUNCTIONS = [] as const;
export const AES_GLOBALS = [] as const;
