// The seeded generator of the national data set (mulberry32), so every run sends the
// same requests in the same order: a failure found once is found again with the seed.
import { Rng as SeededRng } from '../../../src/server/seed/national/prng.ts';

export class Rng extends SeededRng {
  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(0, 15)];
    return out;
  }

  /**
   * A made-up client address for the in-process request (nothing is sent anywhere),
   * so per-address limits on sign-in and sign-up do not answer in place of handlers;
   * drawn from the loopback range.
   */
  address(): string {
    return `127.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}
