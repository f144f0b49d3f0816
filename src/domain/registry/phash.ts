// Perceptual hash (pHash) of a photo: 32×32 greyscale → 2-D DCT → the 8×8 lowest
// frequencies without the DC term compared to their median → 64 bits. Photos of
// the same product (resized, recompressed, slightly recoloured) land within a few
// bits of each other; the registry uses it as one signal of a relabelled product.
const N = 32;
const K = 8;

const COS: number[][] = Array.from({ length: K }, (_, u) =>
  Array.from({ length: N }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N))),
);

/** `grey` holds N×N luminance values (row-major), as produced by a 32×32 greyscale resize. */
export function perceptualHash(grey: ArrayLike<number>): string {
  if (grey.length !== N * N) throw new RangeError(`perceptualHash needs ${N * N} pixels`);
  const coeffs: number[] = [];
  for (let u = 0; u < K; u++) {
    for (let v = 0; v < K; v++) {
      let sum = 0;
      for (let y = 0; y < N; y++) {
        const cu = COS[u][y];
        for (let x = 0; x < N; x++) sum += grey[y * N + x] * cu * COS[v][x];
      }
      coeffs.push(sum);
    }
  }
  const ac = coeffs.slice(1);
  const median = [...ac].sort((a, b) => a - b)[Math.floor(ac.length / 2)];
  let bits = 0n;
  for (const c of coeffs) bits = (bits << 1n) | (c > median ? 1n : 0n);
  return bits.toString(16).padStart(16, '0');
}

export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}
