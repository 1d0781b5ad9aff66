// P-521 keys, ECDH and ECDSA-SHA-512. Filled in with the P-521 kernel.
export {};
