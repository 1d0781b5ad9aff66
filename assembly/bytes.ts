// Byte helpers shared by every primitive: big-endian loads/stores and wiping.
// Nothing here branches on data; all lengths passed in are public.

/** Zero `len` bytes at `ptr` (bulk-memory fill). Used on every exit path that touched secrets. */
// @ts-ignore: decorator
@inline export function wipe(ptr: usize, len: usize): void {
  memory.fill(ptr, 0, len);
}

// @ts-ignore: decorator
@inline export function loadBE32(p: usize): u32 {
  return bswap<u32>(load<u32>(p));
}

// @ts-ignore: decorator
@inline export function storeBE32(p: usize, v: u32): void {
  store<u32>(p, bswap<u32>(v));
}

// @ts-ignore: decorator
@inline export function loadBE64(p: usize): u64 {
  return bswap<u64>(load<u64>(p));
}

// @ts-ignore: decorator
@inline export function storeBE64(p: usize, v: u64): void {
  store<u64>(p, bswap<u64>(v));
}
