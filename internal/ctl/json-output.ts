/** JSON as kubectl prints it: four-space indent, a newline at the end, objects in the server's field order. */

/** The JSON text of a value. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

/** The `kind: List` kubectl wraps several objects in. */
export function listOf(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}
