// The only code that touches the kernel's memory. Inputs are copied into the IO window (assembly/abi.ts), the
// kernel runs, outputs are copied out, and every IO byte written is zeroed again before control returns — on
// success, on refusal and on a trap alike. Memory is fixed-size (initial == maximum), so the view below is built
// once and never detaches.
import { WasmTrapError } from '../errors.ts';
import type { KernelExports } from './instance.ts';

export class Kernel {
  readonly x: KernelExports;
  readonly mem: Uint8Array;
  /** First byte of the IO window and its size. */
  readonly io: number;
  readonly ioSize: number;
  /** High-water mark (bytes from `io`) written during the current call; wiped in `run`. */
  private used = 0;

  constructor(x: KernelExports) {
    this.x = x;
    this.mem = new Uint8Array(x.memory.buffer);
    this.io = x.IO_PTR.value as number;
    this.ioSize = x.IO_SIZE.value as number;
  }

  /** Copy `data` to IO offset `at`; returns its absolute pointer. */
  put(data: Uint8Array, at: number): number {
    const ptr = this.io + at;
    this.mem.set(data, ptr);
    this.touch(at + data.length);
    return ptr;
  }

  /** Declare that the kernel will write IO up to offset `end` (so `run` wipes it). */
  touch(end: number): void {
    if (end > this.used) this.used = end;
  }

  /** Copy `len` bytes out from absolute pointer `ptr`. */
  get(ptr: number, len: number): Uint8Array {
    return this.mem.slice(ptr, ptr + len);
  }

  /** Map an exception from a kernel call: a trap wipes every private region and becomes WasmTrapError. */
  fault(err: unknown): unknown {
    if (err instanceof WebAssembly.RuntimeError) {
      this.x.wipe_all();
      return new WasmTrapError({ cause: err });
    }
    return err;
  }

  /**
   * Run one facade operation against the kernel. Whatever happens, the IO bytes it used are zeroed; a trap also
   * wipes every private kernel region and is reported as {@link WasmTrapError}.
   */
  run<T>(op: (k: this) => T): T {
    try {
      return op(this);
    } catch (err) {
      throw this.fault(err);
    } finally {
      this.mem.fill(0, this.io, this.io + this.used);
      this.used = 0;
    }
  }
}
