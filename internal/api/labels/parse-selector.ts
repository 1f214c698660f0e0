/**
 * The label selector string grammar, as Kubernetes' labels.Parse reads it, with its error messages:
 *
 *   selector    ::= requirement | requirement "," selector
 *   requirement ::= ["!"] KEY [ ("in" | "notin") "(" VALUES ")" | ("=" | "==" | "!=" | ">" | "<") VALUE ]
 *
 * Whitespace (space, tab, CR, LF) separates tokens; `in` and `notin` are keywords only where an
 * operator is expected, so `in in (in)` is a valid selector. Values in parentheses may be empty.
 */
import type { FieldPath } from '../validation/index.js';
import {
  type Operator,
  type Requirement,
  BINARY_OPERATORS,
  compareStrings,
  newRequirement,
  validateLabelKey,
} from './requirement.js';
import { type Selector, selectorFromRequirements } from './selector.js';

/** The outcome of parsing a selector string. */
export type ParseSelectorResult =
  | { readonly ok: true; readonly selector: Selector }
  | { readonly ok: false; readonly error: string };

type Token =
  | 'error'
  | 'eos'
  | 'closedPar'
  | 'comma'
  | 'doesNotExist'
  | 'doubleEquals'
  | 'equals'
  | 'greaterThan'
  | 'identifier'
  | 'in'
  | 'lessThan'
  | 'notEquals'
  | 'notIn'
  | 'openPar';

interface Item {
  readonly tok: Token;
  readonly lit: string;
}

const LITERAL_TOKENS: ReadonlyMap<string, Token> = new Map<string, Token>([
  [')', 'closedPar'],
  [',', 'comma'],
  ['!', 'doesNotExist'],
  ['==', 'doubleEquals'],
  ['=', 'equals'],
  ['>', 'greaterThan'],
  ['in', 'in'],
  ['<', 'lessThan'],
  ['!=', 'notEquals'],
  ['notin', 'notIn'],
  ['(', 'openPar'],
]);

const TOKEN_OPERATORS: ReadonlyMap<Token, Operator> = new Map<Token, Operator>([
  ['in', 'in'],
  ['equals', '='],
  ['doubleEquals', '=='],
  ['greaterThan', 'gt'],
  ['lessThan', 'lt'],
  ['notIn', 'notin'],
  ['notEquals', '!='],
]);

const isWhitespace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecial = (ch: string): boolean => '=!(),><'.includes(ch);

/** Parses a label selector string (`app=web,tier in (a,b),!canary`); the empty string is everything. */
export function parseSelector(selector: string, path?: FieldPath): ParseSelectorResult {
  const result = new Parser(lex(selector), path).parse();
  if (typeof result === 'string') return { ok: false, error: result };
  return { ok: true, selector: selectorFromRequirements(result) };
}

function lex(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isWhitespace(s[pos])) pos++;
    if (pos >= s.length) {
      items.push({ tok: 'eos', lit: '' });
      return items;
    }
    if (isSpecial(s[pos])) {
      // Longest run of special characters that is still a token (`!=` over `!`).
      let buf = '';
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos])) {
        buf += s[pos];
        const tok = LITERAL_TOKENS.get(buf);
        if (tok !== undefined) last = { tok, lit: buf };
        else if (last !== undefined) break;
        pos++;
      }
      items.push(last ?? { tok: 'error', lit: `error expected: keyword found '${buf}'` });
    } else {
      const start = pos;
      while (pos < s.length && !isSpecial(s[pos]) && !isWhitespace(s[pos])) pos++;
      const word = s.slice(start, pos);
      items.push({ tok: LITERAL_TOKENS.get(word) ?? 'identifier', lit: word });
    }
  }
}

type Context = 'keyAndOperator' | 'values';

class Parser {
  private position = 0;

  constructor(
    private readonly items: readonly Item[],
    private readonly path: FieldPath | undefined,
  ) {}

  /** The requirements, or an error message. */
  parse(): Requirement[] | string {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.lookahead('values');
      switch (tok) {
        case 'identifier':
        case 'doesNotExist': {
          const r = this.parseRequirement();
          if (typeof r === 'string') return `unable to parse requirement: ${r}`;
          reqs.push(r);
          const next = this.consume('values');
          if (next.tok === 'eos') return reqs;
          if (next.tok !== 'comma') return `found '${next.lit}', expected: ',' or 'end of string'`;
          const after = this.lookahead('values');
          if (after.tok !== 'identifier' && after.tok !== 'doesNotExist') {
            return `found '${after.lit}', expected: identifier after ','`;
          }
          break;
        }
        case 'eos':
          return reqs;
        default:
          return `found '${lit}', expected: !, identifier, or 'end of string'`;
      }
    }
  }

  // In a values position the keywords `in` and `notin` are plain identifiers.
  private lookahead(ctx: Context): Item {
    return this.asContext(this.items[this.position], ctx);
  }

  private consume(ctx: Context): Item {
    return this.asContext(this.items[this.position++], ctx);
  }

  private asContext(item: Item, ctx: Context): Item {
    return ctx === 'values' && (item.tok === 'in' || item.tok === 'notIn') ? { tok: 'identifier', lit: item.lit } : item;
  }

  private parseRequirement(): Requirement | string {
    const keyAndOp = this.parseKeyAndInferOperator();
    if (typeof keyAndOp === 'string') return keyAndOp;
    const { key } = keyAndOp;
    if (keyAndOp.operator === 'exists' || keyAndOp.operator === '!') {
      return this.build(key, keyAndOp.operator, []);
    }
    const parsed = this.parseOperator();
    if (typeof parsed === 'string') return parsed;
    const { operator } = parsed;
    const values = operator === 'in' || operator === 'notin' ? this.parseValues() : this.parseExactValue();
    if (typeof values === 'string') return values;
    return this.build(key, operator, [...values].sort(compareStrings));
  }

  private build(key: string, operator: Operator, values: string[]): Requirement | string {
    const r = newRequirement(key, operator, values, this.path);
    return r.ok ? r.requirement : r.error;
  }

  private parseKeyAndInferOperator(): { key: string; operator: Operator | undefined } | string {
    let operator: Operator | undefined;
    let item = this.consume('values');
    if (item.tok === 'doesNotExist') {
      operator = '!';
      item = this.consume('values');
    }
    if (item.tok !== 'identifier') return `found '${item.lit}', expected: identifier`;
    // Kubernetes validates the key against the parser's own path here, printed `<nil>` when unset.
    const keyError = validateLabelKey(item.lit, this.path);
    if (keyError) return keyError.toString();
    const next = this.lookahead('values').tok;
    if ((next === 'eos' || next === 'comma') && operator !== '!') operator = 'exists';
    return { key: item.lit, operator };
  }

  private parseOperator(): { operator: Operator } | string {
    const { tok, lit } = this.consume('keyAndOperator');
    const operator = TOKEN_OPERATORS.get(tok);
    return operator !== undefined ? { operator } : `found '${lit}', expected: ${BINARY_OPERATORS.join(', ')}`;
  }

  private parseValues(): Set<string> | string {
    const open = this.consume('values');
    if (open.tok !== 'openPar') return `found '${open.lit}' expected: '('`;
    const { tok, lit } = this.lookahead('values');
    switch (tok) {
      case 'identifier':
      case 'comma': {
        const set = this.parseIdentifiersList();
        if (typeof set === 'string') return set;
        if (this.consume('values').tok !== 'closedPar') return `found '${lit}', expected: ')'`;
        return set;
      }
      case 'closedPar':
        this.consume('values');
        return new Set(['']);
      default:
        return `found '${lit}', expected: ',', ')' or identifier`;
    }
  }

  // A comma-separated list whose empty members (`(a,,b)`, `(,a)`, `(a,)`) are the empty value.
  private parseIdentifiersList(): Set<string> | string {
    const set = new Set<string>();
    for (;;) {
      const { tok, lit } = this.consume('values');
      switch (tok) {
        case 'identifier': {
          set.add(lit);
          const next = this.lookahead('values');
          if (next.tok === 'comma') continue;
          if (next.tok === 'closedPar') return set;
          return `found '${next.lit}', expected: ',' or ')'`;
        }
        case 'comma': {
          if (set.size === 0) set.add('');
          const next = this.lookahead('values').tok;
          if (next === 'closedPar') {
            set.add('');
            return set;
          }
          if (next === 'comma') {
            this.consume('values');
            set.add('');
          }
          break;
        }
        default:
          return `found '${lit}', expected: ',', or identifier`;
      }
    }
  }

  private parseExactValue(): Set<string> | string {
    const next = this.lookahead('values').tok;
    if (next === 'eos' || next === 'comma') return new Set(['']);
    const { tok, lit } = this.consume('values');
    return tok === 'identifier' ? new Set([lit]) : `found '${lit}', expected: identifier`;
  }
}
