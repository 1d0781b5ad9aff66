// Kernel status codes (assembly/abi.ts STATUS_*).
import { InvalidArgumentError } from '../errors.ts';

export const STATUS_OK = 0;
/** AEAD tag mismatch (assembly/abi.ts STATUS_AUTH_FAILED): nothing was decrypted. */
export const STATUS_AUTH_FAILED = -2;

/** The facade validates inputs first, so a kernel refusal means the two disagree: report it, never ignore it. */
export function checkStatus(status: number, what: string): void {
  if (status !== STATUS_OK) throw new InvalidArgumentError(`${what}: kernel refused the input (status ${status})`);
}
