// AES-256-GCM and AES-256-CTR. Filled in with the AES kernel.
export {};
