/**
 * sortedKeys: a string map's keys in Go's order (byte order, which UTF-16 order matches for the
 * ASCII keys valid maps hold), the order Kubernetes reports a map's errors in.
 */

// Array.prototype.sort allocates scratch space on every call; labels, annotations and resource
// lists are almost always this small, where an insertion sort allocates nothing and is as fast.
const INSERTION_SORT_MAX = 16;

/** The keys of `m` sorted by UTF-16 code units, as `Object.keys(m).sort()` orders them. */
export function sortedKeys(m: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(m);
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    for (; j >= 0 && keys[j] > key; j--) keys[j + 1] = keys[j];
    keys[j + 1] = key;
  }
  return keys;
}
