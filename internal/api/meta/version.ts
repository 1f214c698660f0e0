/**
 * Skiff's version, and the Kubernetes version whose API it follows: every binary reports
 * `v1.32.0+skiff.<package version>`, so kubectl v1.32 sees no skew and a user sees which Skiff.
 */
import { readFileSync } from 'node:fs';

/** The Kubernetes minor whose API Skiff follows. */
export const KUBERNETES_MAJOR = '1';
/** The Kubernetes minor whose API Skiff follows. */
export const KUBERNETES_MINOR = '32';

function packageVersion(): string {
  // From source (internal/api/meta) and from dist/ (dist/internal/api/meta) the package root differs by one level.
  for (const up of ['../../../package.json', '../../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'skiff' && pkg.version) return pkg.version;
    } catch {
      // try the next level up
    }
  }
  return '0.0.0';
}

/** Skiff's package version. */
export const SKIFF_VERSION: string = packageVersion();

/** The gitVersion every Skiff binary reports: `v1.32.0+skiff.<version>`. */
export const SKIFF_GIT_VERSION = `v${KUBERNETES_MAJOR}.${KUBERNETES_MINOR}.0+skiff.${SKIFF_VERSION}`;
