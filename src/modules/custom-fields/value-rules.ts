import { CustomFieldDataType } from "./custom-field.enums.js";

/** "Custom fields can be used to display up to 512 characters of information per field" (002 L6857). */
export const MAX_VALUE_LENGTH = 512;

export interface FieldShape {
  dataType: CustomFieldDataType;
  listOptions: readonly string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Why `value` is not a valid value of the field, or null when it is. The empty string means "no value" and
 * is always valid here (requiredness is the template's business). Values are compared as written: a
 * drop-down value must equal one option exactly, so reports group identical strings.
 */
export function valueProblem(field: FieldShape, value: string): string | null {
  if (value === "") return null;
  if (value.length > MAX_VALUE_LENGTH) return `Values are limited to ${MAX_VALUE_LENGTH} characters.`;
  switch (field.dataType) {
    case CustomFieldDataType.TEXT:
      return /[\r\n]/.test(value) ? "A single-line text value cannot contain line breaks." : null;
    case CustomFieldDataType.MULTI_LINE_TEXT:
      return null;
    case CustomFieldDataType.DROP_DOWN_LIST:
      return field.listOptions.includes(value) ? null : `"${value}" is not one of the field's list options.`;
    case CustomFieldDataType.CHECKBOX:
      return value === "true" || value === "false" ? null : 'A checkbox value is "true" or "false".';
    case CustomFieldDataType.DATE:
      return isCalendarDate(value) ? null : "A date is written YYYY-MM-DD and must exist in the calendar.";
    case CustomFieldDataType.NUMBER:
      return NUMBER.test(value) ? null : 'A number is written like "42", "-3" or "4.75".';
  }
}

/**
 * Whether a value counts as completed for a required field. A checkbox must be checked: a required checkbox
 * is a consent ("I accept…"), and an unchecked box is always "filled in" otherwise.
 */
export function isCompleted(field: FieldShape, value: string | null | undefined): boolean {
  if (value === null || value === undefined || value.trim() === "") return false;
  return field.dataType !== CustomFieldDataType.CHECKBOX || value === "true";
}
