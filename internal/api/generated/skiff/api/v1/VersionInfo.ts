// Original file: proto/api/v1/api.proto


export interface VersionInfo {
  'major'?: (string);
  'minor'?: (string);
  'gitVersion'?: (string);
  'gitCommit'?: (string);
  'gitTreeState'?: (string);
  'buildDate'?: (string);
  'goVersion'?: (string);
  'compiler'?: (string);
  'platform'?: (string);
  '_major'?: "major";
  '_minor'?: "minor";
  '_gitVersion'?: "gitVersion";
  '_gitCommit'?: "gitCommit";
  '_gitTreeState'?: "gitTreeState";
  '_buildDate'?: "buildDate";
  '_goVersion'?: "goVersion";
  '_compiler'?: "compiler";
  '_platform'?: "platform";
}

export interface VersionInfo__Output {
  'major'?: (string);
  'minor'?: (string);
  'gitVersion'?: (string);
  'gitCommit'?: (string);
  'gitTreeState'?: (string);
  'buildDate'?: (string);
  'goVersion'?: (string);
  'compiler'?: (string);
  'platform'?: (string);
}
