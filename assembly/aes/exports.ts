// Kernel exports of the AES family (re-exported by assembly/index.ts). Filled in with the AES kernel.

/** Wipe every private region of the AES family (called by wipe_all after a trap). */
export function aes_wipe_all(): void {}
