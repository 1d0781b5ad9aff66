// Kernel exports of the P-521 family (re-exported by assembly/index.ts). Filled in with the P-521 kernel.

/** Wipe every private region of the P-521 family (called by wipe_all after a trap). */
export function p521_wipe_all(): void {}
