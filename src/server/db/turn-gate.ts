// Turns on the embedded engine. PGlite runs each statement on the server's own
// thread, synchronously, and Node accepts at most one new connection per turn of
// its event loop. Left alone, one turn served every request already read, each to
// its end: with 20 requests waiting a turn lasted 20 × ~6 ms, and a 20th new
// connection was accepted about a second after the first (ADR 0010). Here each
// top-level statement or transaction takes its turn: while others wait, the next
// one starts in the following turn of the loop, after Node has accepted and read
// what arrived meanwhile. Waiting work is served first come, first served; with
// nobody waiting a statement starts at once, so a lone caller pays nothing.
import type { PGlite } from '@electric-sql/pglite';

export class TurnGate {
  private readonly waiting: (() => void)[] = [];
  private held = false;

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held = true;
    try {
      return await work();
    } finally {
      this.handOver();
    }
  }

  /** how many are waiting for their turn (tests, diagnostics) */
  get queued(): number {
    return this.waiting.length;
  }

  private handOver(): void {
    const next = this.waiting.shift();
    // still held: the turn passes to the next in line, in the loop's next turn
    if (next) setImmediate(next);
    else this.held = false;
  }
}

/** The methods through which statements reach the engine from outside a transaction. */
const GATED = new Set<PropertyKey>(['query', 'exec', 'transaction', 'sql']);

/**
 * The same engine, its top-level statements and transactions taking turns through
 * `gate`. Statements inside a transaction use the transaction's own handle and are
 * not gated again (the transaction holds the turn, as it holds the engine).
 */
export function gatedPglite(pglite: PGlite, gate: TurnGate = new TurnGate()): PGlite {
  return new Proxy(pglite, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      if (!GATED.has(key)) return bound;
      return (...args: unknown[]) => gate.run(async () => bound(...args));
    },
  });
}
