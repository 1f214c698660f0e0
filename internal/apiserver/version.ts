/**
 * The version the API server reports: the Kubernetes minor whose API Skiff follows (1.32), with
 * Skiff's own version in gitVersion, so kubectl v1.32 sees no skew.
 */
import { KUBERNETES_MAJOR, KUBERNETES_MINOR, SKIFF_GIT_VERSION, SKIFF_VERSION } from '../api/index.js';

export { SKIFF_VERSION };

/** Kubernetes' version.Info shape. */
export interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** The version the API server claims. */
export function versionInfo(): VersionInfo {
  return {
    major: KUBERNETES_MAJOR,
    minor: KUBERNETES_MINOR,
    gitVersion: SKIFF_GIT_VERSION,
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '',
    goVersion: `node${process.versions.node}`,
    compiler: 'tsc',
    platform: `${process.platform}/${process.arch}`,
  };
}
