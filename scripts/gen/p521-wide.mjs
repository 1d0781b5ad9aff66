// The `wide` kernel build: the scalar build whose GF(2^521 − 1) multiply and square use the wide-arithmetic
// proposal's i64.mul_wide_u (64×64 → 128) and i64.add128, for engines that enable it (JavaScriptCore in Bun 1.4;
// V8 in Node 20, Deno 2.9 and Chromium 156 does not). AssemblyScript cannot emit these instructions, so the build
// compiles assembly/ with EPHEMERA_WIDE=1 — feMul and feSqr then call two imports, "ephemera_wide" "fe_mul" and
// "fe_sqr" — and linkWideField() below replaces those imports with functions written here in Binaryen IR. The
// result has no imports, like the other builds.
//
// Representation inside the two functions (field.ts keeps its 18 × 29-bit limbs everywhere else): the limbs are
// paired into nine 58-bit words A_i = a_{2i} + a_{2i+1}·2^29, the same integer in radix 2^58. With inputs ≤ 1.33·2^29
// per limb, A_i ≤ 1.33·2^29·(1 + 2^29) < 1.34·2^58. Column k of the 9-word product is Σ A_i·B_{k−i} (i ≤ k) plus the
// wrapped Σ A_i·2B_{k−i+9} (2^522 ≡ 2 mod p, as in field-mul.ts), at most 9 products of ≤ 1.34·2^58·2.68·2^58 <
// 2^117.9, so < 2^121.1: a 128-bit accumulator (i64.add128) never overflows.
// Same integer as field-mul.ts: its 35-unit columns c_k fold a·b to F = Σ c_k·2^(29k), every product of weight
// ≥ 2^522 doubled onto weight/2^522. The word columns fold the same products, except one group: A_i·B_j with
// i + j = 8 contains a_{2i+1}·b_{2j+1}·2^(29·18), which the word columns leave at 2^522 (inside column 8) where
// field-mul.ts has 2·a_{2i+1}·b_{2j+1} in column 0. So with X = Σ_{i+j=8} a_{2i+1}·b_{2j+1} (< 9·1.77·2^58 < 2^62,
// nine i64.mul of 29-bit limbs), column 0 gets + 2X and column 8 − X·2^58 (i64.sub128; X·2^58 is part of it):
// the word columns then fold to exactly F. The carry: column k plus the carry in (< 2^64) gives a 58-bit word and
// a carry out (column >> 58, < 2^64); the carry out of word 8 (weight 2^522) is t = ⌊F/2^522⌋, added twice to
// word 0. Each word splits into two 29-bit limbs, word 0 unmasked at the top: r_0 = W_0 mod 2^29,
// r_1 = W_0 >> 29 — exactly field-mul.ts's "c_0 = (c_0 mod 2^29) + 2t, limb 1 takes c_0 >> 29". So the output is
// the same (F mod 2^522) + 2t in the same limbs: identical to the other builds limb for limb, with their bounds
// (test/tooling/p521-field.test.ts checks it in Bun on edge and random inputs).
//
// Square: E_i = 2A_i and Q_i = 4A_i (< 2^61) take the doubled cross products and the wrapped ones; the squares
// A_i² (i ≤ 4) and A_i·2A_i (wrapped, i ≥ 5) complete each column; X as above with b = a. Same F, same carry.
//
// Constant time: straight-line code, no branch, no secret-dependent address (loads and stores at fixed offsets from
// the argument pointers); i64.mul_wide_u compiles to the CPU's multiply (x86-64 MUL, arm64 MUL + UMULH), whose timing
// does not depend on the operands on current x86-64 and arm64 cores.

const N = 9;

/**
 * The bytes of an AssemblyScript module compiled with EPHEMERA_WIDE=1, its "ephemera_wide" imports replaced by the
 * functions below. Throws if the imports are not exactly fe_mul(r, a, b) and fe_sqr(r, a).
 */
export function linkWideBinary(binaryen, bytes) {
  const module = binaryen.readBinary(bytes);
  try {
    linkWideField(binaryen, module);
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

function linkWideField(binaryen, module) {
  // readBinary leaves the feature set empty: declare what AssemblyScript 0.28 emits by default, plus the two this file adds.
  const F = binaryen.Features;
  module.setFeatures(F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt |
    F.Multivalue | F.WideArithmetic);
  const wanted = { fe_mul: 3, fe_sqr: 2 };
  const found = {};
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module !== 'ephemera_wide') continue;
    if (!(info.base in wanted)) throw new Error(`unexpected import ephemera_wide.${info.base}`);
    found[info.base] = info.name;
  }
  for (const base of Object.keys(wanted)) if (!found[base]) throw new Error(`missing import ephemera_wide.${base}`);
  for (const [base, name] of Object.entries(found)) {
    module.removeFunction(name);
    const { params, vars, body } = (base === 'fe_mul' ? mulBody : sqrBody)(binaryen, module);
    module.addFunction(name, binaryen.createType(params), binaryen.none, vars, body);
  }
  if (!module.validate()) throw new Error('wide build does not validate');
  binaryen.setOptimizeLevel(3);
  binaryen.setShrinkLevel(0);
  for (const name of Object.values(found)) module.optimizeFunction(name);
}

/** Locals and helpers shared by the two bodies; `nparams` pointer parameters come first. */
function builder(binaryen, m, nparams) {
  const { i32, i64 } = binaryen;
  const T = binaryen.createType([i64, i64]);
  const vars = [];
  let next = nparams;
  const local = (type) => { vars.push(type); return next++; };
  const get = (i, t = i64) => m.local.get(i, t);
  const set = (i, e) => m.local.set(i, e);
  const k64 = (v) => m.i64.const(BigInt.asIntN(64, BigInt(v)));
  const half = (t, n) => m.tuple.extract(get(t, T), n);
  const body = [];
  /** Packed word i of the 18 limbs at pointer parameter p: a_{2i} + a_{2i+1}·2^29. */
  const word = (p, i) => m.i64.add(m.i64.load(16 * i, 8, get(p, i32)), m.i64.shl(m.i64.load(16 * i + 8, 8, get(p, i32)), k64(29)));
  const acc = local(T), prod = local(T), carry = local(i64);
  const out = Array.from({ length: N }, () => local(i64));
  /** acc = Σ x·y over `terms` (pairs of locals), 128-bit. */
  const column = (terms) => terms.forEach(([x, y], n) => {
    const p = m.i64.mul_wide_u(get(x), get(y));
    if (n === 0) { body.push(set(acc, p)); return; }
    body.push(set(prod, p));
    body.push(set(acc, m.i64.add128(half(acc, 0), half(acc, 1), half(prod, 0), half(prod, 1))));
  });
  /**
   * X = Σ_i x_{2i+1}·y_{17−2i} over the 29-bit limbs at pointer parameters px, py: the products of two odd limbs
   * whose words sum to 8, which sit at 2^522 inside word column 8 (see the top of this file).
   */
  const x = local(i64);
  const oddTop = (px, py) => {
    let e;
    for (let i = 0; i < N; i++) {
      const t = m.i64.mul(m.i64.load(16 * i + 8, 8, get(px, i32)), m.i64.load(8 * (17 - 2 * i), 8, get(py, i32)));
      e = e ? m.i64.add(e, t) : t;
    }
    body.push(set(x, e));
  };
  /** Word k from acc plus the carry in (column 0 + 2X, column 8 − X·2^58); the carry out to `carry`. */
  const settle = (k) => {
    if (k === 0) body.push(set(acc, m.i64.add128(half(acc, 0), half(acc, 1), m.i64.shl(get(x), k64(1)), k64(0))));
    if (k === N - 1) body.push(set(acc, m.i64.sub128(half(acc, 0), half(acc, 1), m.i64.shl(get(x), k64(58)), m.i64.shr_u(get(x), k64(6)))));
    if (k > 0) body.push(set(acc, m.i64.add128(half(acc, 0), half(acc, 1), get(carry), k64(0))));
    body.push(set(out[k], m.i64.and(half(acc, 0), k64((1n << 58n) - 1n))));
    body.push(set(carry, m.i64.or(m.i64.shr_u(half(acc, 0), k64(58)), m.i64.shl(half(acc, 1), k64(6)))));
  };
  /** Word 0 += 2·carry (weight 2^522 ≡ 2), then the 18 limbs to pointer parameter 0 (word 0's top unmasked). */
  const finish = () => {
    body.push(set(out[0], m.i64.add(get(out[0]), m.i64.shl(get(carry), k64(1)))));
    const M29 = k64((1n << 29n) - 1n);
    for (let i = 0; i < N; i++) {
      body.push(m.i64.store(16 * i, 8, get(0, i32), m.i64.and(get(out[i]), M29)));
      body.push(m.i64.store(16 * i + 8, 8, get(0, i32), m.i64.shr_u(get(out[i]), k64(29))));
    }
    return m.block(null, body);
  };
  return { i32, i64, vars, local, get, set, k64, body, word, oddTop, column, settle, finish };
}

/** fe_mul(r, a, b): r = a·b, the schoolbook product of the nine words, column by column. */
function mulBody(binaryen, m) {
  const b = builder(binaryen, m, 3);
  const A = [], B = [], D = [];
  for (let i = 0; i < N; i++) {
    A.push(b.local(b.i64)); b.body.push(b.set(A[i], b.word(1, i)));
    B.push(b.local(b.i64)); b.body.push(b.set(B[i], b.word(2, i)));
  }
  for (let j = 0; j < N; j++) { D.push(b.local(b.i64)); b.body.push(b.set(D[j], m.i64.shl(b.get(B[j]), b.k64(1)))); }
  b.oddTop(1, 2);
  for (let k = 0; k < N; k++) {
    const terms = [];
    for (let i = 0; i < N; i++) terms.push(i <= k ? [A[i], B[k - i]] : [A[i], D[k - i + N]]);
    b.column(terms);
    b.settle(k);
  }
  const body = b.finish();
  return { params: [b.i32, b.i32, b.i32], vars: b.vars, body };
}

/** fe_sqr(r, a): r = a², cross products once, doubled through E = 2A (and Q = 4A when wrapped). */
function sqrBody(binaryen, m) {
  const b = builder(binaryen, m, 2);
  const A = [], E = [], Q = [];
  for (let i = 0; i < N; i++) { A.push(b.local(b.i64)); b.body.push(b.set(A[i], b.word(1, i))); }
  for (let i = 0; i < N; i++) {
    E.push(b.local(b.i64)); b.body.push(b.set(E[i], m.i64.shl(b.get(A[i]), b.k64(1))));
    Q.push(b.local(b.i64)); b.body.push(b.set(Q[i], m.i64.shl(b.get(A[i]), b.k64(2))));
  }
  b.oddTop(1, 1);
  for (let k = 0; k < N; k++) {
    const terms = [];
    for (let i = 0; i < N; i++) for (let j = i; j < N; j++) {
      if (i + j === k) terms.push(i === j ? [A[i], A[i]] : [A[i], E[j]]);
      else if (i + j === k + N) terms.push(i === j ? [A[i], E[i]] : [A[i], Q[j]]);
    }
    b.column(terms);
    b.settle(k);
  }
  const body = b.finish();
  return { params: [b.i32, b.i32], vars: b.vars, body };
}
