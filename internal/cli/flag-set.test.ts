import { describe, expect, expectTypeOf, it } from 'vitest';
import { FlagSet, defineFlags, type FlagOptions } from './flag-set.js';
import { validateListenAddress } from './listen-address.js';

const FLAGS = defineFlags({
  listen: { type: 'string', default: '127.0.0.1:6443', validate: validateListenAddress, help: 'gRPC listen address' },
  'max-requests-inflight': { type: 'int', default: 400, min: 0, help: 'read-only requests in flight at once' },
  'watch-cache': { type: 'bool', default: true, help: 'serve watches from the cache' },
  quiet: { type: 'bool', alias: 'q', help: 'say less' },
  'bookmark-interval': { type: 'duration', default: '60s', help: 'how often watchers get a BOOKMARK' },
  timeout: { type: 'duration', help: 'give up after this long' },
  storage: { type: 'enum', values: ['level', 'memory'], default: 'level', help: 'storage backend' },
  output: { type: 'enum', values: ['json', 'yaml', 'wide'], alias: 'o', help: 'output format' },
  'admission-plugins': { type: 'stringList', default: ['NamespaceLifecycle'], help: 'admission plugins in order' },
  'node-name': { type: 'string', help: 'name of this node' },
  workers: { type: 'int', alias: 'w', min: 1, max: 64, help: 'worker count' },
});

const flagSet = new FlagSet(FLAGS);

const DEFAULTS: FlagOptions<typeof FLAGS> = {
  listen: '127.0.0.1:6443',
  maxRequestsInflight: 400,
  watchCache: true,
  quiet: false,
  bookmarkInterval: 60_000,
  timeout: undefined,
  storage: 'level',
  output: undefined,
  admissionPlugins: ['NamespaceLifecycle'],
  nodeName: undefined,
  workers: undefined,
};

function parse(argv: string[]) {
  const result = flagSet.parse(argv);
  if (result.kind !== 'parsed') throw new Error(`expected a parse, got ${JSON.stringify(result)}`);
  return result;
}

function errorLine(argv: string[]): string {
  const result = flagSet.parse(argv);
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return `error: ${result.error.message}`;
}

describe('FlagSet.parse', () => {
  it('gives the defaults for an empty command line', () => {
    expect(parse([])).toEqual({ kind: 'parsed', options: DEFAULTS, positionals: [], set: new Set() });
  });

  it.each<[string[], Partial<FlagOptions<typeof FLAGS>>]>([
    [['--listen', '127.0.0.1:0'], { listen: '127.0.0.1:0' }],
    [['--listen=[::1]:7000'], { listen: '[::1]:7000' }],
    [['--max-requests-inflight', '0'], { maxRequestsInflight: 0 }],
    [['--max-requests-inflight=+12'], { maxRequestsInflight: 12 }],
    [['--watch-cache=false'], { watchCache: false }],
    [['--watch-cache=0'], { watchCache: false }],
    [['--quiet'], { quiet: true }],
    [['-q'], { quiet: true }],
    [['-q=false'], { quiet: false }],
    [['--bookmark-interval', '1h30m'], { bookmarkInterval: 5_400_000 }],
    [['--timeout=500ms'], { timeout: 500 }],
    [['--storage', 'memory'], { storage: 'memory' }],
    [['-o', 'yaml'], { output: 'yaml' }],
    [['-o=wide'], { output: 'wide' }],
    [['-ojson'], { output: 'json' }],
    [['-w', '2'], { workers: 2 }],
    [['-w=64'], { workers: 64 }],
    [['--node-name='], { nodeName: '' }],
    [['--node-name', '--odd'], { nodeName: '--odd' }],
    [['--admission-plugins', 'A,B', '--admission-plugins=C'], { admissionPlugins: ['A', 'B', 'C'] }],
    [['--admission-plugins='], { admissionPlugins: [] }],
    [['--workers', '1', '--workers', '3'], { workers: 3 }],
  ])('%j', (argv, changed) => {
    expect(parse(argv).options).toEqual({ ...DEFAULTS, ...changed });
  });

  it('returns positional arguments interspersed with flags, and everything after --', () => {
    const result = parse(['get', '-o', 'yaml', 'pods', '-', '--', '--quiet', '-x']);
    expect(result.positionals).toEqual(['get', 'pods', '-', '--quiet', '-x']);
    expect(result.options.output).toBe('yaml');
    expect(result.options.quiet).toBe(false);
  });

  it('reports which flags the command line set', () => {
    expect(parse(['-q', '--listen', '127.0.0.1:1', 'x']).set).toEqual(new Set(['quiet', 'listen']));
  });

  it('does not share the default list between parses', () => {
    parse([]).options.admissionPlugins.push('Mutated');
    expect(parse([]).options.admissionPlugins).toEqual(['NamespaceLifecycle']);
  });

  it.each([
    [['--nope'], 'error: unknown flag: --nope'],
    [['--nope=1'], 'error: unknown flag: --nope'],
    [['-x'], 'error: unknown flag: -x'],
    [['-qv'], 'error: unknown flag: -qv'],
    [['--q'], 'error: unknown flag: --q'],
    [['--listen'], 'error: missing value for flag --listen'],
    [['-o'], 'error: missing value for flag -o'],
    [
      ['--max-requests-inflight', 'abc'],
      'error: invalid value "abc" for flag --max-requests-inflight: must be an integer >= 0',
    ],
    [['--max-requests-inflight=-1'], 'error: invalid value "-1" for flag --max-requests-inflight: must be an integer >= 0'],
    [['--max-requests-inflight=1.5'], 'error: invalid value "1.5" for flag --max-requests-inflight: must be an integer >= 0'],
    [['-w', '0'], 'error: invalid value "0" for flag -w: must be an integer from 1 to 64'],
    [['--workers=1e3'], 'error: invalid value "1e3" for flag --workers: must be an integer from 1 to 64'],
    [['--watch-cache=maybe'], 'error: invalid value "maybe" for flag --watch-cache: must be true or false'],
    [['--bookmark-interval', '60'], 'error: invalid value "60" for flag --bookmark-interval: must be a duration such as 30s, 5m or 1h30m'],
    [['--timeout=1d'], 'error: invalid value "1d" for flag --timeout: must be a duration such as 30s, 5m or 1h30m'],
    [['--storage', 'etcd'], 'error: invalid value "etcd" for flag --storage: must be one of: level, memory'],
    [['-o', 'table'], 'error: invalid value "table" for flag -o: must be one of: json, yaml, wide'],
    [
      ['--listen', '6443'],
      'error: invalid value "6443" for flag --listen: must be HOST:PORT, as in 127.0.0.1:6443',
    ],
    [['--nope', '--listen'], 'error: unknown flag: --nope'],
  ])('%j is refused with one line', (argv, line) => {
    expect(errorLine(argv)).toBe(line);
  });

  it.each([[['--help']], [['-h']], [['--listen', '1.2.3.4:5', '-h']], [['--nope', '--help']]])(
    '%j asks for help',
    (argv) => {
      expect(flagSet.parse(argv)).toEqual({ kind: 'help' });
    },
  );

  it('treats --help after -- as an argument', () => {
    expect(parse(['--', '--help']).positionals).toEqual(['--help']);
  });

  it('refuses a missing required flag', () => {
    const required = new FlagSet({ 'node-name': { type: 'string', required: true, help: 'name of this node' } });
    const result = required.parse([]);
    expect(result.kind === 'error' && result.error.message).toBe('required flag --node-name is not set');
    expect(result.kind === 'error' && result.error.code).toBe('RequiredFlag');
  });

  it('validates every item of a list', () => {
    const lists = new FlagSet({
      listen: { type: 'stringList', validate: validateListenAddress, help: 'addresses' },
    });
    const result = lists.parse(['--listen', '127.0.0.1:1,nope']);
    expect(result.kind === 'error' && result.error.message).toBe(
      'invalid value "127.0.0.1:1,nope" for flag --listen: "nope" must be HOST:PORT, as in 127.0.0.1:6443',
    );
  });

  it('keeps commas inside each value of a list that does not split', () => {
    const literals = new FlagSet({ 'from-literal': { type: 'stringList', split: false, help: 'key=value' } });
    const result = literals.parse(['--from-literal=hosts=a,b', '--from-literal', 'mode=x']);
    expect(result.kind === 'parsed' && result.options.fromLiteral).toEqual(['hosts=a,b', 'mode=x']);
  });
});

describe('FlagSet types', () => {
  it('infers the options object from the declarations', () => {
    expectTypeOf(parse([]).options).toEqualTypeOf<{
      listen: string;
      maxRequestsInflight: number;
      watchCache: boolean;
      quiet: boolean;
      bookmarkInterval: number;
      timeout: number | undefined;
      storage: 'level' | 'memory';
      output: 'json' | 'yaml' | 'wide' | undefined;
      admissionPlugins: string[];
      nodeName: string | undefined;
      workers: number | undefined;
    }>();
    const required = new FlagSet({ name: { type: 'string', required: true, help: 'x' } });
    const result = required.parse([]);
    if (result.kind === 'parsed') expectTypeOf(result.options.name).toEqualTypeOf<string>();
  });
});

describe('FlagSet.help', () => {
  it('lists every flag with its type, default and help, aligned', () => {
    expect(flagSet.help({ name: 'skiff-apiserver', description: 'Serves the Skiff API.' })).toBe(
      [
        'Serves the Skiff API.',
        '',
        'Usage:',
        '  skiff-apiserver [flags]',
        '',
        'Flags:',
        '      --listen string                gRPC listen address (default "127.0.0.1:6443")',
        '      --max-requests-inflight int    read-only requests in flight at once (default 400)',
        '      --watch-cache                  serve watches from the cache (default true)',
        '  -q, --quiet                        say less (default false)',
        '      --bookmark-interval duration   how often watchers get a BOOKMARK (default 60s)',
        '      --timeout duration             give up after this long',
        '      --storage level|memory         storage backend (default "level")',
        '  -o, --output json|yaml|wide        output format',
        '      --admission-plugins strings    admission plugins in order (default [NamespaceLifecycle])',
        '      --node-name string             name of this node',
        '  -w, --workers int                  worker count',
        '  -h, --help                         show this help and exit',
        '',
      ].join('\n'),
    );
  });

  it('uses the given usage line and marks required flags', () => {
    const set = new FlagSet({ 'node-name': { type: 'string', required: true, help: 'name of this node' } });
    expect(set.help({ name: 'skiffctl', usage: '[flags] TYPE [NAME]' })).toBe(
      [
        'Usage:',
        '  skiffctl [flags] TYPE [NAME]',
        '',
        'Flags:',
        '      --node-name string   name of this node (required)',
        '  -h, --help               show this help and exit',
        '',
      ].join('\n'),
    );
  });
});

describe('FlagSet declarations', () => {
  it.each<[string, () => unknown]>([
    ['a camelCase name', () => new FlagSet({ maxInflight: { type: 'int', help: 'x' } })],
    ['--help', () => new FlagSet({ help: { type: 'bool', help: 'x' } })],
    ['alias -h', () => new FlagSet({ host: { type: 'string', alias: 'h', help: 'x' } })],
    ['a long alias', () => new FlagSet({ host: { type: 'string', alias: 'ho', help: 'x' } })],
    [
      'a taken alias',
      () => new FlagSet({ a: { type: 'bool', alias: 'x', help: 'x' }, b: { type: 'bool', alias: 'x', help: 'x' } }),
    ],
    ['a bad duration default', () => new FlagSet({ t: { type: 'duration', default: '60', help: 'x' } })],
    ['an enum default outside its values', () => new FlagSet({ f: { type: 'enum', values: ['a'], default: 'b', help: 'x' } })],
    ['an int default out of range', () => new FlagSet({ n: { type: 'int', default: 0, min: 1, help: 'x' } })],
    ['an empty enum', () => new FlagSet({ f: { type: 'enum', values: [], help: 'x' } })],
  ])('refuses %s', (_what, make) => {
    expect(make).toThrow();
  });
});
