/**
 * Kubernetes' string-format validators (k8s.io/apimachinery/pkg/util/validation): each returns the
 * list of reasons a value is malformed, empty when it is fine, worded exactly as Kubernetes words
 * them. Callers wrap each reason in a FieldError with their own path.
 *
 * These run for every label, annotation and name of every object written, so each first asks
 * only "is it valid?" and, when it is, returns one shared empty list: valid input allocates
 * nothing. The reasons are worked out only for a value that fails. Every pattern here admits only
 * ASCII, so a value that matches has as many bytes as characters.
 */
import { byteLength, emptyError, inclusiveRangeError, maxLenError, regexError } from './messages.js';

/** A DNS-1123 label's max length (63). */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** A DNS-1123 subdomain's max length (253). */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
/** A DNS-1035 label's max length (63). */
export const DNS1035_LABEL_MAX_LENGTH = 63;
/** A label value's (and a qualified name's name part's) max length (63). */
export const LABEL_VALUE_MAX_LENGTH = 63;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);

const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_ERR =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const DNS1035_LABEL_RE = new RegExp(`^${DNS1035_LABEL_FMT}$`);

const QNAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QNAME_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QNAME_RE = new RegExp(`^${QNAME_FMT}$`);

const LABEL_VALUE_FMT = `(${QNAME_FMT})?`;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);

const C_IDENTIFIER_FMT = '[A-Za-z_][A-Za-z0-9_]*';
const C_IDENTIFIER_ERR =
  "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'";
const C_IDENTIFIER_RE = new RegExp(`^${C_IDENTIFIER_FMT}$`);

const ENV_VAR_NAME_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const ENV_VAR_NAME_ERR =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
const ENV_VAR_NAME_RE = new RegExp(`^${ENV_VAR_NAME_FMT}$`);

const CONFIG_MAP_KEY_FMT = '[-._a-zA-Z0-9]+';
const CONFIG_MAP_KEY_ERR = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
const CONFIG_MAP_KEY_RE = new RegExp(`^${CONFIG_MAP_KEY_FMT}$`);

/**
 * The result of a check that found nothing wrong, shared by every valid value; the readonly type
 * keeps callers from changing it. Not frozen: V8 iterates a frozen array through its slow path.
 */
const VALID: readonly string[] = [];

/** Checks a DNS (RFC 1123) label: namespace names, most label-like names. */
export function isDNS1123Label(value: string): readonly string[] {
  if (value.length <= DNS1123_LABEL_MAX_LENGTH && DNS1123_LABEL_RE.test(value)) return VALID;
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL_RE.test(value)) {
    // A valid subdomain that is not a valid label can only be failing on its dots (length is checked above).
    if (DNS1123_SUBDOMAIN_RE.test(value)) errs.push('must not contain dots');
    else errs.push(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

/** Checks a DNS (RFC 1123) subdomain: the names of most objects. */
export function isDNS1123Subdomain(value: string): readonly string[] {
  if (isValidDNS1123Subdomain(value)) return VALID;
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN_RE.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

function isValidDNS1123Subdomain(value: string): boolean {
  return value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && DNS1123_SUBDOMAIN_RE.test(value);
}

/** Checks a DNS (RFC 1035) label: Service names, which must start with a letter. */
export function isDNS1035Label(value: string): readonly string[] {
  if (value.length <= DNS1035_LABEL_MAX_LENGTH && DNS1035_LABEL_RE.test(value)) return VALID;
  const errs: string[] = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!DNS1035_LABEL_RE.test(value)) errs.push(regexError(DNS1035_LABEL_ERR, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errs;
}

// Label and annotation keys repeat across objects (`app`, `example.com/owner`), so the valid ones
// are remembered and a repeat skips the patterns. Bounded: emptied when full, so a stream of
// distinct keys cannot grow it.
const KNOWN_QUALIFIED_NAMES = new Set<string>();
const KNOWN_QUALIFIED_NAMES_MAX = 4096;

/** Checks a qualified name (`[prefix/]name`): label keys, annotation keys, finalizers. */
export function isQualifiedName(value: string): readonly string[] {
  if (KNOWN_QUALIFIED_NAMES.has(value)) return VALID;
  if (!isValidQualifiedName(value)) return qualifiedNameErrors(value);
  if (KNOWN_QUALIFIED_NAMES.size >= KNOWN_QUALIFIED_NAMES_MAX) KNOWN_QUALIFIED_NAMES.clear();
  KNOWN_QUALIFIED_NAMES.add(value);
  return VALID;
}

// A name part, optionally after a DNS subdomain prefix and one slash.
function isValidQualifiedName(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return value.length <= LABEL_VALUE_MAX_LENGTH && QNAME_RE.test(value);
  const name = value.slice(slash + 1);
  return name.length <= LABEL_VALUE_MAX_LENGTH && QNAME_RE.test(name) && isValidDNS1123Subdomain(value.slice(0, slash));
}

function qualifiedNameErrors(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  switch (parts.length) {
    case 1:
      name = parts[0];
      break;
    case 2: {
      const prefix = parts[0];
      name = parts[1];
      if (prefix.length === 0) errs.push('prefix part ' + emptyError());
      else errs.push(...isDNS1123Subdomain(prefix).map((m) => 'prefix part ' + m));
      break;
    }
    default:
      return [
        'a qualified name ' +
          regexError(QNAME_ERR, QNAME_FMT, 'MyName', 'my.name', '123-abc') +
          " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ];
  }
  if (name.length === 0) errs.push('name part ' + emptyError());
  else if (byteLength(name) > LABEL_VALUE_MAX_LENGTH) errs.push('name part ' + maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!QNAME_RE.test(name)) errs.push('name part ' + regexError(QNAME_ERR, QNAME_FMT, 'MyName', 'my.name', '123-abc'));
  return errs;
}

/** Checks a label value (empty, or up to 63 of `[-A-Za-z0-9_.]` starting and ending alphanumeric). */
export function isValidLabelValue(value: string): readonly string[] {
  if (value.length <= LABEL_VALUE_MAX_LENGTH && LABEL_VALUE_RE.test(value)) return VALID;
  const errs: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!LABEL_VALUE_RE.test(value)) errs.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** Checks a C identifier (format only, no length limit). */
export function isCIdentifier(value: string): readonly string[] {
  return C_IDENTIFIER_RE.test(value) ? VALID : [regexError(C_IDENTIFIER_ERR, C_IDENTIFIER_FMT, 'my_name', 'MY_NAME', 'MyName')];
}

/** Checks an environment variable name (`[-._a-zA-Z][-._a-zA-Z0-9]*`, not `.`, `..` or `..*`). */
export function isEnvVarName(value: string): readonly string[] {
  if (ENV_VAR_NAME_RE.test(value) && !hasChDirPrefix(value)) return VALID;
  const errs: string[] = [];
  if (!ENV_VAR_NAME_RE.test(value)) {
    errs.push(regexError(ENV_VAR_NAME_ERR, ENV_VAR_NAME_FMT, 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'));
  }
  errs.push(...chDirPrefixErrors(value));
  return errs;
}

/** Checks a ConfigMap or Secret key. */
export function isConfigMapKey(value: string): readonly string[] {
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && CONFIG_MAP_KEY_RE.test(value) && !hasChDirPrefix(value)) return VALID;
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!CONFIG_MAP_KEY_RE.test(value)) {
    errs.push(regexError(CONFIG_MAP_KEY_ERR, CONFIG_MAP_KEY_FMT, 'key.name', 'KEY_NAME', 'key-name'));
  }
  errs.push(...chDirPrefixErrors(value));
  return errs;
}

/** Checks a port number: 1 to 65535. */
export function isValidPortNum(port: number): readonly string[] {
  return isInRange(port, 1, 65535);
}

/** Checks that an integer lies in [lo, hi]. */
export function isInRange(value: number, lo: number, hi: number): readonly string[] {
  return Number.isInteger(value) && value >= lo && value <= hi ? VALID : [inclusiveRangeError(lo, hi)];
}

const PORT_NAME_MAX_LENGTH = 15;
const PORT_NAME_CHARS_RE = /^[-a-z0-9]+$/;
const HAS_LETTER_RE = /[a-z]/;

/**
 * Checks a port name (IANA_SVC_NAME, RFC 6335): at most 15 of `[-a-z0-9]`, at least one letter, no
 * leading, trailing or doubled hyphen.
 */
export function isValidPortName(port: string): readonly string[] {
  const charsOK = PORT_NAME_CHARS_RE.test(port);
  const hasLetter = HAS_LETTER_RE.test(port);
  const doubleHyphen = port.includes('--');
  const edgeHyphen = port.length > 0 && (port.startsWith('-') || port.endsWith('-'));
  if (port.length <= PORT_NAME_MAX_LENGTH && charsOK && hasLetter && !doubleHyphen && !edgeHyphen) return VALID;
  const errs: string[] = [];
  if (byteLength(port) > PORT_NAME_MAX_LENGTH) errs.push(maxLenError(PORT_NAME_MAX_LENGTH));
  if (!charsOK) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!hasLetter) errs.push('must contain at least one letter (a-z)');
  if (doubleHyphen) errs.push('must not contain consecutive hyphens');
  if (edgeHyphen) errs.push('must not begin or end with a hyphen');
  return errs;
}

// Names that would escape their directory when used as a file name (env files, volume keys).
function hasChDirPrefix(value: string): boolean {
  return value.startsWith('..') || value === '.';
}

function chDirPrefixErrors(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}
