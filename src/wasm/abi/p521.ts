// Kernel exports of the P-521 family (assembly/p521/). Filled in with the P-521 kernel.
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface P521Exports {}
export const P521_FUNCTIONS = [] as const;
export const P521_GLOBALS = [] as const;
