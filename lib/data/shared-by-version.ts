import "server-only";

/**
 * One computation per (key, version), shared by every caller in this process (docs/decisions/029).
 *
 * The caller reads `version` from the database first (something cheap that changes whenever the computed value
 * would), then asks for the value of that version: a caller that finds the same version stored gets the stored
 * promise (also while it is still being computed: concurrent callers await the same promise); any other version is
 * computed anew and replaces the stored one. A value is never served for a version other than the one it was
 * computed for, so with several processes (each with its own cache, docs/decisions/018) every request still sees
 * at least the state of the version it read. A failed computation is not kept. At most `maxKeys` keys are kept,
 * the least recently used dropped first.
 */
export class SharedByVersion<T> {
  private entries = new Map<string, { version: string; value: Promise<T> }>();
  /** How many computations were started, and how many calls were served a stored (or pending) one. */
  readonly stats = { computed: 0, shared: 0 };

  constructor(private readonly maxKeys: number) {}

  get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-inserted below: the Map's order is the order of use
      if (entry.version === version) {
        this.entries.set(key, entry);
        this.stats.shared += 1;
        return entry.value;
      }
    }
    this.stats.computed += 1;
    const value = compute();
    const fresh = { version, value };
    this.entries.set(key, fresh);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size() {
    return this.entries.size;
  }
}
