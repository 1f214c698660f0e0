/**
 * Builds AdmissionAttributes the way the registry does, for the plugins' tests: the namespace and
 * name come from the object (or the old object) unless given.
 */
import { KINDS, StatusError, type KindInfo, type KubeObject } from '../../api/index.js';
import type { AdmissionAttributes, AdmissionOperation, AdmissionPlugin } from './admission.js';

/** The KindInfo of a kind (`Pod`, `PriorityClass`); throws for one Skiff does not serve. */
export function kindInfo(kind: string): KindInfo {
  const info = KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`no kind ${kind}`);
  return info;
}

/** Attributes of `operation` on an object of `kind`, as the registry passes them. */
export function attributesFor(
  kind: string,
  operation: AdmissionOperation,
  object: object | undefined,
  more: Partial<Omit<AdmissionAttributes, 'object' | 'oldObject'>> & { oldObject?: object } = {},
): AdmissionAttributes {
  const obj = object as KubeObject | undefined;
  const old = more.oldObject as KubeObject | undefined;
  const meta = obj?.metadata ?? old?.metadata;
  return {
    operation,
    kind: kindInfo(kind),
    namespace: meta?.namespace ?? '',
    name: meta?.name ?? '',
    subresource: '',
    dryRun: false,
    ...more,
    ...(obj ? { object: obj } : {}),
    ...(old ? { oldObject: old } : {}),
  };
}

/** Runs a plugin's admit then validate, as the registry would; the StatusError it refused with, if any. */
export async function runPlugin(plugin: AdmissionPlugin, attrs: AdmissionAttributes): Promise<StatusError | undefined> {
  try {
    await plugin.admit?.(attrs);
    await plugin.validate?.(attrs);
    return undefined;
  } catch (err) {
    if (err instanceof StatusError) return err;
    throw err;
  }
}
