/**
 * An `Invalid value` error that leaves the value out (Kubernetes' field.OmitValueType), for
 * failures about a whole structure whose value would say nothing (`specifying both OnExitCodes and
 * OnPodConditions is not supported`).
 */
import { FieldError, type FieldPath, pathString } from '../index.js';

class OmittedValueError extends FieldError {
  override errorBody(): string {
    return this.detail.length > 0 ? `Invalid value: ${this.detail}` : 'Invalid value';
  }
}

/** `<path>: Invalid value: <detail>`, without a value. */
export function invalidOmitValue(path: FieldPath, detail: string): FieldError {
  return new OmittedValueError('FieldValueInvalid', pathString(path), null, detail);
}
