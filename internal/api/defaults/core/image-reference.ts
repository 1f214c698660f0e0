/**
 * The tag of a container image reference as Kubernetes reads it when defaulting a container's pull
 * policy (SetDefaults_Container via parsers.ParseImageName, which uses the distribution/reference
 * grammar): `latest` when neither a tag nor a digest is given, empty when only a digest is, and
 * empty when the reference does not parse at all (an uppercase repository such as `Nginx`, a
 * malformed digest), since Kubernetes ignores the parse error and so defaults to IfNotPresent.
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6_HOST = '\\[[a-fA-F0-9:]+\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6_HOST})(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '\\w[\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** The whole reference: name, optional tag, optional digest (distribution/reference ReferenceRegexp). */
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
/** A bare 64-hex identifier, which the normalizer refuses as a repository name. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
/** The digests go-digest can verify: a known algorithm and lowercase hex of its exact length. */
const VALID_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/;
const UPPERCASE = /[A-Z]/;
/** A first component with a dot or a port names a registry host. */
const HOST_LIKE = /[.:]/;
const NAME_TOTAL_LENGTH_MAX = 255;
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';

/**
 * The tag Kubernetes' parsers.ParseImageName finds in `image`: `latest` when none and no digest is
 * given, empty with only a digest, and empty when the reference is not valid.
 */
export function imageTag(image: string): string {
  if (IDENTIFIER.test(image)) return '';
  const reference = normalizedReference(image);
  if (reference === undefined) return '';
  const m = REFERENCE.exec(reference);
  if (m === null || m[1].length > NAME_TOTAL_LENGTH_MAX) return '';
  const [, , tag, digest] = m;
  if (digest !== undefined && !VALID_DIGEST.test(digest)) return '';
  if (tag !== undefined) return tag;
  return digest === undefined ? 'latest' : '';
}

/**
 * The reference with its domain made explicit, as distribution/reference's ParseNormalizedNamed
 * builds it, or undefined when the repository part is not lowercase. A first component is a
 * domain when it has a dot or a port, is `localhost`, or has an uppercase letter (no repository may).
 */
function normalizedReference(image: string): string | undefined {
  const slash = image.indexOf('/');
  let domain = DEFAULT_DOMAIN;
  let remainder = image;
  if (slash >= 0) {
    const first = image.slice(0, slash);
    if (HOST_LIKE.test(first) || first === 'localhost' || UPPERCASE.test(first)) {
      domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
      remainder = image.slice(slash + 1);
    }
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  const colon = remainder.indexOf(':');
  const repository = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (UPPERCASE.test(repository)) return undefined;
  return `${domain}/${remainder}`;
}
