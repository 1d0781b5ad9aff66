// ABI contract between this kernel and src/wasm/marshal.ts — the single source of truth for the memory map.
//
// The module has fixed memory (asconfig: initialMemory == maximumMemory), no imports and no allocator. Every
// region below is a static reservation made by `memory.data`, so its address is a compile-time constant that
// index.ts exports as an immutable global. marshal.ts reads the globals once and checks ABI_VERSION.
//
// Regions:
//   IO      IO_SIZE bytes   caller-owned: JS writes inputs here and reads outputs back, then wipes what it used.
//   (each primitive file reserves its own private state/scratch region and wipes it before returning.)

/** Bumped whenever an export's signature or the meaning of a region changes. */
export const ABI_VERSION: u32 = 1;

/** Size of the shared input/output window. Large inputs are streamed through it in chunks by the facade. */
export const IO_SIZE: u32 = 262144;

/** Base address of the shared input/output window. */
export const IO_PTR: usize = memory.data(IO_SIZE, 64);

// Status codes returned by exports that can refuse their input (the facade maps them to EphemeraError codes).
export const STATUS_OK: i32 = 0;
export const STATUS_BAD_LENGTH: i32 = -1;
/** AEAD tag mismatch: nothing was decrypted and the primitive's state was wiped. */
export const STATUS_AUTH_FAILED: i32 = -2;
/** A streaming export was called out of order (e.g. decrypt before a successful verify). */
export const STATUS_BAD_STATE: i32 = -3;
