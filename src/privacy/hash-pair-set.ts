// A set of words kept as two 32-bit hashes each (lexicon's hash1Step/hash2Step over the
// word's characters): one Int32Array with open addressing, so a word is looked up from its
// characters without cutting or lower-casing a string. Callers hash; this keeps the slots.
// Two words with both hashes equal read as one (odds near 1e-15 per lookup among these lists).

/** Hash pairs in open addressing; a slot whose second hash is 0 is empty (the second hash always has its low bit set). */
export class HashPairSet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Room for `count` pairs with at least `spread` slots a pair (a power of two). */
  constructor(count: number, spread = 2) {
    let size = 2;
    while (size < count * spread) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds the pair; false when it was there already. */
  add(h1: number, h2: number): boolean {
    h2 |= 1;
    const { slots, mask } = this;
    let slot = h1 & mask;
    while (slots[slot * 2 + 1] !== 0) {
      if (slots[slot * 2] === h1 && slots[slot * 2 + 1] === h2) return false;
      slot = (slot + 1) & mask;
    }
    slots[slot * 2] = h1;
    slots[slot * 2 + 1] = h2;
    return true;
  }

  /** Whether the pair was added. */
  has(h1: number, h2: number): boolean {
    h2 |= 1;
    const { slots, mask } = this;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const b = slots[slot * 2 + 1]!;
      if (b === 0) return false;
      if (b === h2 && slots[slot * 2] === h1) return true;
    }
  }
}
