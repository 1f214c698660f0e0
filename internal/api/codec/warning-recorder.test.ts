import { describe, expect, it } from 'vitest';
import { limitWarnings, WarningRecorder, WARNING_ITEM_RUNES, WARNING_TOTAL_RUNES } from './warning-recorder.js';

const runes = (ws: readonly string[]): number => ws.reduce((n, w) => n + [...w].length, 0);

describe('the limit on warnings (Kubernetes: 4 KiB runes in all, 256 each once over)', () => {
  it('sends warnings whole, once each, while they fit', () => {
    expect(limitWarnings(['a', 'b', 'a', '', 'c'])).toEqual(['a', 'b', 'c']);
    const fits = ['x'.repeat(WARNING_TOTAL_RUNES - 1), 'y'];
    expect(limitWarnings(fits)).toEqual(fits);
  });

  it('cuts every warning to 256 runes, those already sent included, once the total would pass 4 KiB', () => {
    const long = 'l'.repeat(3000);
    const out = limitWarnings([long, 'short', 'm'.repeat(2000)]);
    expect(out).toEqual(['l'.repeat(WARNING_ITEM_RUNES), 'short', 'm'.repeat(WARNING_ITEM_RUNES)]);
  });

  it('counts and cuts runes (code points), not UTF-16 units', () => {
    const emoji = '😀'.repeat(WARNING_TOTAL_RUNES);
    expect(limitWarnings([emoji, 'z'])).toEqual(['😀'.repeat(WARNING_ITEM_RUNES), 'z']);
  });

  it('drops the rest once the cut warnings reach 4 KiB runes, and says it is full', () => {
    const recorder = new WarningRecorder();
    for (let i = 0; i < 100_000 && !recorder.full; i++) recorder.add(`warning ${i} ${'w'.repeat(300)}`);
    expect(recorder.full).toBe(true);
    expect(recorder.warnings).toHaveLength(WARNING_TOTAL_RUNES / WARNING_ITEM_RUNES);
    recorder.add('one more');
    expect(recorder.warnings).not.toContain('one more');
    expect(runes(limitWarnings(Array.from({ length: 700_000 }, (_, i) => `unknown field "f${i}"`)))).toBeLessThanOrEqual(WARNING_TOTAL_RUNES + WARNING_ITEM_RUNES);
  });

  it('is its own fixed point: limiting limited warnings changes nothing', () => {
    const once = limitWarnings(Array.from({ length: 1000 }, (_, i) => `${i} ${'v'.repeat(i % 400)}`));
    expect(limitWarnings(once)).toEqual(once);
  });
});
