/**
 * FieldPath: the path from an object's root to one field, printed as Kubernetes' field.Path prints
 * it (`spec.containers[0].image`, `metadata.labels[app]`). Immutable: every step returns a new path
 * that shares its parent, so one parent can fan out to many children cheaply.
 */

/** A path to a field (`spec.containers[0].name`); build with `FieldPath.root(...)`. */
export class FieldPath {
  private constructor(
    private readonly parent: FieldPath | undefined,
    /** A field name, or undefined when this step is a subscript. */
    private readonly name: string | undefined,
    /** The subscript (list index or map key) when `name` is undefined. */
    private readonly subscript: string,
  ) {}

  /** A root path (`FieldPath.root('spec', 'template')` is `spec.template`). */
  static root(name: string, ...moreNames: string[]): FieldPath {
    let path = new FieldPath(undefined, name, '');
    for (const n of moreNames) path = new FieldPath(path, n, '');
    return path;
  }

  /**
   * A child field (`.child('containers')`); two or three names descend as many levels. Fixed
   * parameters rather than a rest list: this is called on every field, and a rest list allocates.
   */
  child(name: string, name2?: string, name3?: string): FieldPath {
    let path = new FieldPath(this, name, '');
    if (name2 !== undefined) path = new FieldPath(path, name2, '');
    if (name3 !== undefined) path = new FieldPath(path, name3, '');
    return path;
  }

  /** A list subscript (`[0]`). */
  index(i: number): FieldPath {
    return new FieldPath(this, undefined, String(i));
  }

  /** A map subscript (`[app]`), printed without quotes as Kubernetes does. */
  key(k: string): FieldPath {
    return new FieldPath(this, undefined, k);
  }

  /** The printed path, e.g. `spec.containers[0].image`. */
  toString(): string {
    const steps: FieldPath[] = [this];
    for (let p = this.parent; p !== undefined; p = p.parent) steps.push(p);
    let out = '';
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i];
      // Kubernetes treats an empty name as a subscript, so `root('')` prints `[]`.
      if (step.name !== undefined && step.name.length > 0) {
        if (step.parent !== undefined) out += '.';
        out += step.name;
      } else {
        out += `[${step.subscript}]`;
      }
    }
    return out;
  }
}

/**
 * The printed form of an optional path: Kubernetes prints a nil *field.Path as `<nil>`, which shows
 * up verbatim in some messages (a bad key in a label selector string).
 */
export function pathString(path: FieldPath | undefined): string {
  return path === undefined ? '<nil>' : path.toString();
}

/** `parent.child(name)`, or a root path when there is no parent (as Go's nil-safe Child). */
export function childOf(parent: FieldPath | undefined, name: string): FieldPath {
  return parent === undefined ? FieldPath.root(name) : parent.child(name);
}
