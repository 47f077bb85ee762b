// Just enough of JSON Schema 2020-12 to validate an export against docs/qimma-export.schema.json
// without adding a validator dependency: type, const, enum, required, properties,
// additionalProperties, propertyNames, items, $ref (local), oneOf, pattern, length and range bounds.

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is any JSON.
type Schema = Record<string, any>;

export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema.$ref) {
    const target = (schema.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce((s: Schema, k) => s[k], root);
    const errors = validate(target, value, root, path);
    const { $ref: _ref, description: _d, ...rest } = schema;
    return Object.keys(rest).length > 0 ? [...errors, ...validate(rest, value, root, path)] : errors;
  }
  if (schema.oneOf) {
    const passing = (schema.oneOf as Schema[]).filter((s) => validate(s, value, root, path).length === 0);
    return passing.length === 1 ? [] : [`${path}: matches ${passing.length} of oneOf`];
  }
  const errors: string[] = [];
  if ('const' in schema && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(', ')}`);
  const type = schema.type as string | undefined;
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (
    type &&
    !(type === actual || (type === 'integer' && Number.isInteger(value)) || (type === 'number' && actual === 'number'))
  ) {
    return [...errors, `${path}: expected ${type}, got ${actual}`];
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: too long`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items)
      for (const [i, v] of value.entries()) errors.push(...validate(schema.items, v, root, `${path}[${i}]`));
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    if (schema.maxProperties !== undefined && Object.keys(obj).length > schema.maxProperties)
      errors.push(`${path}: too many properties`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames)
        errors.push(...validate({ type: 'string', ...schema.propertyNames }, key, root, `${path}.${key}(name)`));
      const sub = schema.properties?.[key];
      if (sub) errors.push(...validate(sub, v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(schema.additionalProperties, v, root, `${path}.${key}`));
    }
  }
  return errors;
}
