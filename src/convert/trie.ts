/**
 * A longest-match dictionary over UTF-16 code units, stored in typed arrays so that matching
 * allocates nothing.
 *
 * opencc-js keeps one `Map` per trie node, walks the text by code point and allocates a
 * `{ end, value }` object per match; this trie walks code units instead (a key's surrogate
 * pair is two edges), which finds exactly the same matches: keys are whole code points, so a
 * match can only end on a code-point boundary, and matching only ever starts on one.
 * @internal
 */

/** One dictionary: OpenCC's serialised `"key value|key value"` form or a list of pairs. */
export type DictLike = string | readonly (readonly [string, string])[];

// Root children are looked up directly by code unit; deeper edges live in an open-addressing
// hash table keyed by (parent node, code unit). Node 0 is the root, so 0 also means "none".
const ROOT_FANOUT = 0x10000;

export class Trie {
  /** Child of the root for each code unit, 0 when no key starts with it. */
  readonly root = new Int32Array(ROOT_FANOUT);
  /** 1 + index into {@link values} of the key ending at each node, 0 when none ends there. */
  valueAt: Int32Array;
  /** 1 when a node has at least one child (a longer key continues through it). */
  hasChildren: Uint8Array;
  /** Replacement of each key, by value index. */
  readonly values: string[] = [];
  /** The key of each value, by value index (used to tell changed from unchanged matches). */
  readonly keys: string[] = [];
  /** Length of the longest key in code units. */
  maxKeyLength = 0;

  #nodeCount = 1;
  #slotParent: Int32Array;
  #slotUnit: Uint16Array;
  #slotChild: Int32Array;
  #mask: number;

  /**
   * @param capacity - the number of nodes to make room for at first (the trie grows past it,
   *   but a tight estimate keeps the tables small, and small tables stay in the CPU caches).
   */
  constructor(capacity = 1024) {
    const nodes = capacity + 2;
    this.valueAt = new Int32Array(nodes);
    this.hasChildren = new Uint8Array(nodes);
    let size = 1024;
    while (size < nodes * 2) size *= 2;
    this.#mask = size - 1;
    this.#slotParent = new Int32Array(size);
    this.#slotUnit = new Uint16Array(size);
    this.#slotChild = new Int32Array(size);
  }

  /** Builds the trie of one dictionary group: earlier dictionaries win over later ones. */
  static fromGroup(group: readonly DictLike[]): Trie {
    const trie = new Trie(group.reduce((n, d) => n + nodeEstimate(d), 0));
    // opencc-js loads a group in reverse and lets a later entry overwrite an earlier one, so
    // the first dictionary of the group takes precedence; loading in the same order keeps its
    // answer for every duplicated key.
    for (let i = group.length - 1; i >= 0; i--) trie.addDict(group[i]!);
    return trie;
  }

  /** Adds every entry of a dictionary, overwriting the value of a key already present. */
  addDict(dict: DictLike): void {
    if (typeof dict === 'string') {
      // Same reading as opencc-js: entries split on '|', the value is the second
      // space-separated field.
      let start = 0;
      while (start <= dict.length) {
        let bar = dict.indexOf('|', start);
        if (bar < 0) bar = dict.length;
        const space = dict.indexOf(' ', start);
        if (space >= 0 && space < bar) {
          const next = dict.indexOf(' ', space + 1);
          const valueEnd = next >= 0 && next < bar ? next : bar;
          this.add(dict.slice(start, space), dict.slice(space + 1, valueEnd));
        }
        start = bar + 1;
      }
    } else {
      for (const [key, value] of dict) this.add(key, value);
    }
  }

  /** Adds one key; an empty key is ignored (it could never be matched). */
  add(key: string, value: string): void {
    if (key.length === 0) return;
    let node = this.root[key.charCodeAt(0)]!;
    if (node === 0) {
      node = this.#newNode();
      this.root[key.charCodeAt(0)] = node;
    }
    for (let i = 1; i < key.length; i++) {
      this.hasChildren[node] = 1;
      node = this.#childOrAdd(node, key.charCodeAt(i));
    }
    const existing = this.valueAt[node]!;
    if (existing !== 0) {
      this.values[existing - 1] = value;
    } else {
      this.values.push(value);
      this.keys.push(key);
      this.valueAt[node] = this.values.length;
    }
    if (key.length > this.maxKeyLength) this.maxKeyLength = key.length;
    // A new key can add a pair or a change: the filters are rebuilt on next use.
    this.#pairs = undefined;
    this.#changeSingles = undefined;
    this.#changeStarts = undefined;
    this.#unchanged = undefined;
    this.#starts = undefined;
  }

  /** The child of `node` along code unit `unit`, 0 when there is none. */
  child(node: number, unit: number): number {
    const mask = this.#mask;
    let slot = hash(node, unit) & mask;
    for (;;) {
      const child = this.#slotChild[slot]!;
      if (child === 0) return 0;
      if (this.#slotParent[slot] === node && this.#slotUnit[slot] === unit) return child;
      slot = (slot + 1) & mask;
    }
  }

  /** The node reached by reading all of `key` from the root, 0 when there is none. */
  nodeOf(key: string): number {
    let node = key.length > 0 ? this.root[key.charCodeAt(0)]! : 0;
    for (let i = 1; i < key.length && node !== 0; i++) node = this.child(node, key.charCodeAt(i));
    return node;
  }

  /**
   * The end of the longest key that starts at `start` and ends at or before `limit`, or 0 when
   * no key matches there. The matched value's index is left in {@link lastValue}.
   */
  longest(text: string, start: number, limit: number): number {
    const first = text.charCodeAt(start);
    let node = this.root[first]!;
    if (node === 0) return 0;
    let end = 0;
    const v = this.valueAt[node]!;
    if (v !== 0) {
      end = start + 1;
      this.lastValue = v - 1;
    }
    if (this.hasChildren[node] === 0 || start + 1 >= limit) return end;
    // Most code units that start a longer key are not followed by its second one; the pair
    // filter answers that without probing the edge table.
    const second = text.charCodeAt(start + 1);
    if (!hasPair(this.#pairs ?? this.#buildPairs(), first, second)) return end;
    node = this.child(node, second);
    if (node === 0) return end;
    let j = start + 2;
    for (;;) {
      const v = this.valueAt[node]!;
      if (v !== 0) {
        end = j;
        this.lastValue = v - 1;
      }
      if (this.hasChildren[node] === 0 || j >= limit) break;
      node = this.child(node, text.charCodeAt(j));
      if (node === 0) break;
      j++;
    }
    return end;
  }

  /**
   * False when no key can match at `text[i]` (a cheap test, before calling {@link longest}):
   * none starts with its code unit, or only longer ones do and the pair filter rules the
   * next code unit out.
   */
  mayMatchAt(text: string, i: number, limit: number): boolean {
    const unit = text.charCodeAt(i);
    const node = this.root[unit]!;
    if (node === 0) return false;
    if (this.valueAt[node] !== 0) return true;
    return i + 1 < limit && hasPair(this.#pairs ?? this.#buildPairs(), unit, text.charCodeAt(i + 1));
  }

  /**
   * True when some key longer than `text[start, end)` begins with it (with the pair filter,
   * this may say yes wrongly when `end - start` is 1, never no).
   */
  continuesThrough(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    let node = this.root[first]!;
    if (node === 0 || this.hasChildren[node] === 0) return false;
    if (end - start === 1) return true;
    const second = text.charCodeAt(start + 1);
    if (!hasPair(this.#pairs ?? this.#buildPairs(), first, second)) return false;
    for (let j = start + 1; j < end; j++) {
      if (this.hasChildren[node] === 0) return false;
      node = this.child(node, text.charCodeAt(j));
      if (node === 0) return false;
    }
    return this.hasChildren[node] !== 0;
  }

  /**
   * True when a key whose value differs from it could start at `text[i]` (within `limit`):
   * a changing key of one code unit starts with it, or a longer changing key starts with the
   * code units at `i` and `i + 1` (by a filter, so it may say yes wrongly, never no).
   */
  mayChangeAt(text: string, i: number, limit: number): boolean {
    const unit = text.charCodeAt(i);
    if (this.changeStarts[unit] === 0) return false;
    const singles = this.#changeSingles ?? this.#buildChangeSingles();
    if (singles[unit] !== 0) return true;
    return i + 1 < limit && hasPair(this.#changePairs!, unit, text.charCodeAt(i + 1));
  }

  #pairs: Uint32Array | undefined;
  #changeSingles: Uint8Array | undefined;
  #changePairs: Uint32Array | undefined;

  // Bitset over hashed (first, second) code units of every key longer than one code unit.
  #buildPairs(): Uint32Array {
    this.#pairs = pairFilter(this.keys.filter((key) => key.length > 1));
    return this.#pairs;
  }

  #buildChangeSingles(): Uint8Array {
    const singles = new Uint8Array(ROOT_FANOUT);
    const long: string[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      if (this.values[i] === key) continue;
      if (key.length === 1) singles[key.charCodeAt(0)] = 1;
      else long.push(key);
    }
    this.#changePairs = pairFilter(long);
    this.#changeSingles = singles;
    return singles;
  }

  /** Value index of the last successful {@link longest} match. */
  lastValue = 0;

  #starts: RegExp | null | undefined;
  #unchanged: Uint8Array | undefined;

  #changeStarts: Uint8Array | undefined;

  /** 1 for each code unit that starts a key whose value differs from it. */
  get changeStarts(): Uint8Array {
    if (!this.#changeStarts) {
      this.#changeStarts = new Uint8Array(ROOT_FANOUT);
      for (let i = 0; i < this.values.length; i++) {
        if (this.values[i] !== this.keys[i]) this.#changeStarts[this.keys[i]!.charCodeAt(0)] = 1;
      }
    }
    return this.#changeStarts;
  }

  /** 1 for each value index whose value equals its key (a match that changes nothing). */
  get unchanged(): Uint8Array {
    if (!this.#unchanged) {
      this.#unchanged = new Uint8Array(this.values.length);
      for (let i = 0; i < this.values.length; i++)
        this.#unchanged[i] = this.values[i] === this.keys[i] ? 1 : 0;
    }
    return this.#unchanged;
  }

  /**
   * A global pattern that finds the next code unit where a key can start, when few code units
   * can (as in the normalisation step); null when so many can that a plain scan is faster.
   */
  get startPattern(): RegExp | null {
    if (this.#starts !== undefined) return this.#starts;
    const ranges: string[] = [];
    let count = 0;
    for (let u = 0; u < ROOT_FANOUT; u++) {
      if (this.root[u] === 0) continue;
      let v = u;
      while (v + 1 < ROOT_FANOUT && this.root[v + 1] !== 0) v++;
      count += 1;
      if (count > SPARSE_RANGES) break;
      ranges.push(v === u ? unitEscape(u) : `${unitEscape(u)}-${unitEscape(v)}`);
      u = v;
    }
    // Ideographic description sequences are stepped over as a whole, so the scan must stop at
    // their operators too, or it could land on a key inside one.
    this.#starts = count <= SPARSE_RANGES ? new RegExp(`[${ranges.join('')}\\u2ff0-\\u2fff]`, 'g') : null;
    return this.#starts;
  }

  #newNode(): number {
    const node = this.#nodeCount++;
    if (node >= this.valueAt.length) this.#grow();
    return node;
  }

  #grow(): void {
    const valueAt = new Int32Array(this.valueAt.length * 2);
    valueAt.set(this.valueAt);
    this.valueAt = valueAt;
    const hasChildren = new Uint8Array(this.hasChildren.length * 2);
    hasChildren.set(this.hasChildren);
    this.hasChildren = hasChildren;
    this.#rehash(this.#slotChild.length * 2);
  }

  #rehash(size: number): void {
    const parents = this.#slotParent;
    const units = this.#slotUnit;
    const children = this.#slotChild;
    this.#mask = size - 1;
    this.#slotParent = new Int32Array(size);
    this.#slotUnit = new Uint16Array(size);
    this.#slotChild = new Int32Array(size);
    for (let s = 0; s < children.length; s++) {
      if (children[s] !== 0) this.#insertEdge(parents[s]!, units[s]!, children[s]!);
    }
  }

  #insertEdge(parent: number, unit: number, child: number): void {
    let slot = hash(parent, unit) & this.#mask;
    while (this.#slotChild[slot] !== 0) slot = (slot + 1) & this.#mask;
    this.#slotParent[slot] = parent;
    this.#slotUnit[slot] = unit;
    this.#slotChild[slot] = child;
  }

  // One probe sequence both finds an existing edge and gives the free slot for a new one.
  #childOrAdd(node: number, unit: number): number {
    let slot = hash(node, unit) & this.#mask;
    for (;;) {
      const child = this.#slotChild[slot]!;
      if (child === 0) break;
      if (this.#slotParent[slot] === node && this.#slotUnit[slot] === unit) return child;
      slot = (slot + 1) & this.#mask;
    }
    const table = this.#slotChild;
    const child = this.#newNode();
    // Growing rehashes into a new table, where the free slot is elsewhere.
    if (this.#slotChild !== table) {
      this.#insertEdge(node, unit, child);
    } else {
      this.#slotParent[slot] = node;
      this.#slotUnit[slot] = unit;
      this.#slotChild[slot] = child;
    }
    return child;
  }
}

// Up to this many ranges of starting code units, finding the next start with a regular
// expression (a native scan) beats testing every code unit.
const SPARSE_RANGES = 64;

function unitEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

// A pair filter has about this many bits per pair it holds (few false positives), within
// these bounds (a small one stays in the CPU caches).
const PAIR_BITS_PER_KEY = 16;
const PAIR_MIN_LOG2 = 10;
const PAIR_MAX_LOG2 = 21;

// A bitset of hashed (first, second) code-unit pairs of `keys`; the first word holds the
// shift that turns a 32-bit hash into a bit index.
function pairFilter(keys: readonly string[]): Uint32Array {
  let log2 = PAIR_MIN_LOG2;
  while (log2 < PAIR_MAX_LOG2 && 1 << log2 < keys.length * PAIR_BITS_PER_KEY) log2++;
  const bits = new Uint32Array(1 + (1 << (log2 - 5)));
  bits[0] = 32 - log2;
  for (const key of keys) {
    const i = pairHash(key.charCodeAt(0), key.charCodeAt(1)) >>> bits[0];
    bits[1 + (i >>> 5)]! |= 1 << (i & 31);
  }
  return bits;
}

function pairHash(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1);
}

function hasPair(bits: Uint32Array, first: number, second: number): boolean {
  const i = pairHash(first, second) >>> bits[0]!;
  return (bits[1 + (i >>> 5)]! & (1 << (i & 31))) !== 0;
}

function hash(node: number, unit: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)) >>> 7;
}

// A guess at the number of nodes a dictionary adds: keys share their first characters, so
// about a third of the code units of keys and values together (measured on OpenCC's data).
function nodeEstimate(dict: DictLike): number {
  if (typeof dict === 'string') return Math.ceil(dict.length / 3);
  let n = 0;
  for (const [key] of dict) n += key.length;
  return n;
}
