/**
 * The index-set strings of Indexed Jobs (`"0,2-4,7"`: increasing numbers and ranges below
 * `completions`), parsed as Kubernetes' validateIndexesFormat parses them, with its messages.
 */

/** The number of indexes in `indexes`, or Kubernetes' parse error. */
export function countIndexes(indexes: string, completions: number): { total: number } | { error: string } {
  if (indexes.length === 0) return { total: 0 };
  let last: number | undefined;
  let total = 0;
  for (const interval of indexes.split(',')) {
    const parsed = parseInterval(interval, completions);
    if ('error' in parsed) return parsed;
    if (last !== undefined && last >= parsed.x) return { error: `non-increasing order, previous: ${last}, current: ${parsed.x}` };
    total += parsed.y - parsed.x + 1;
    last = parsed.y;
  }
  return { total };
}

function parseInterval(interval: string, completions: number): { x: number; y: number } | { error: string } {
  const limits = interval.split('-');
  if (limits.length > 2) {
    return {
      error: `the fragment "${interval}" violates the requirement that an index interval can have at most two parts separated by '-'`,
    };
  }
  const x = atoi(limits[0]);
  if (x === undefined) return { error: `cannot convert string to integer for index: "${limits[0]}"` };
  if (x >= completions) return { error: `too large index: "${limits[0]}"` };
  if (limits.length === 1) return { x, y: x };
  const y = atoi(limits[1]);
  if (y === undefined) return { error: `cannot convert string to integer for index: "${limits[1]}"` };
  if (y >= completions) return { error: `too large index: "${limits[1]}"` };
  if (x >= y) return { error: `non-increasing order, previous: ${x}, current: ${y}` };
  return { x, y };
}

function atoi(s: string): number | undefined {
  return /^[+-]?\d+$/.test(s) ? Number.parseInt(s, 10) : undefined;
}
