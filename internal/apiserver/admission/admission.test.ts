import { describe, expect, it } from 'vitest';
import { AdmissionChain, type AdmissionAttributes, type AdmissionPlugin } from './admission.js';
import { attributesFor } from './test-attributes.js';

/** A plugin that logs its calls, optionally after a turn of the event loop, and may refuse. */
function plugin(name: string, log: string[], opts: { async?: boolean; refuse?: boolean } = {}): AdmissionPlugin {
  const step = (phase: string) => (): void | Promise<void> => {
    const run = (): void => {
      log.push(`${phase} ${name}`);
      if (opts.refuse) throw new Error(`${name} refused`);
    };
    if (!opts.async) return run();
    return new Promise((resolve) => setImmediate(resolve)).then(run);
  };
  return { name, admit: step('admit'), validate: step('validate') };
}

const attrs = (): AdmissionAttributes => attributesFor('Pod', 'CREATE', { metadata: { name: 'web', namespace: 'prod' }, spec: {} });

describe('AdmissionChain', () => {
  it('runs synchronous plugins at once, in order, without a promise', () => {
    const log: string[] = [];
    const chain = new AdmissionChain([plugin('a', log), plugin('b', log)]);
    expect(chain.admit(attrs())).toBeUndefined();
    expect(chain.validate(attrs())).toBeUndefined();
    expect(log).toStrictEqual(['admit a', 'admit b', 'validate a', 'validate b']);
  });

  it('keeps the order when a plugin in the middle is asynchronous', async () => {
    const log: string[] = [];
    const chain = new AdmissionChain([plugin('a', log), plugin('b', log, { async: true }), plugin('c', log)]);
    const pending = chain.admit(attrs());
    expect(pending).toBeInstanceOf(Promise);
    expect(log).toStrictEqual(['admit a']);
    await pending;
    expect(log).toStrictEqual(['admit a', 'admit b', 'admit c']);
  });

  it('waits for whatever else an untyped plugin returns, as await would', async () => {
    const log: string[] = [];
    const odd = { name: 'odd', admit: () => (log.push('admit odd'), null) as unknown as void };
    const pending = new AdmissionChain([odd, plugin('b', log)]).admit(attrs());
    expect(log).toStrictEqual(['admit odd']);
    await pending;
    expect(log).toStrictEqual(['admit odd', 'admit b']);
  });

  it('stops at the first refusal, thrown by a synchronous plugin or rejected by an asynchronous one', async () => {
    const log: string[] = [];
    expect(() => new AdmissionChain([plugin('a', log, { refuse: true }), plugin('b', log)]).admit(attrs())).toThrow('a refused');
    await expect(new AdmissionChain([plugin('c', log), plugin('d', log, { async: true, refuse: true }), plugin('e', log)]).validate(attrs())).rejects.toThrow('d refused');
    expect(log).toStrictEqual(['admit a', 'validate c', 'validate d']);
  });
});
