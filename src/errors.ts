/**
 * Argument checks shared by every public function, so that a wrong argument type fails the
 * same way everywhere: a `TypeError` that names the function and the parameter.
 * @internal
 */

/** Throws a `TypeError` unless `value` is a string. */
export function assertString(value: unknown, fn: string, param: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: expected ${param} to be a string, got ${describe(value)}`);
  }
}

/** Throws a `TypeError` unless `value` is undefined or a plain object (an options bag). */
export function assertOptions(value: unknown, fn: string, param = 'options'): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new TypeError(`${fn}: expected ${param} to be an object or undefined, got ${describe(value)}`);
  }
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
