// fast-check arbitraries for values an OpenAPI document's JSON Schema accepts, and for values it
// refuses. Only the subset Bazaar's document uses: object (properties, required, additional
// properties, an object-level oneOf of `required` lists), array (items, min/maxItems), string
// (min/maxLength, pattern, format, enum, const), integer and number (minimum, maximum, exclusive
// bounds), boolean, null, and anyOf/oneOf of those. Anything else fails loudly, so the generator
// grows with the document instead of quietly generating nonsense.
//
// Every value is checked against the schema by the caller's validator (ajv): a valid value the
// generator got wrong is filtered out, and an "invalid" one that happens to be valid too.
import fc from "fast-check";

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  examples?: unknown[];
  default?: unknown;
  description?: string;
};

export interface GenerationContext {
  /** Values known to mean something (ids of rows that exist, a real password), by property or parameter name. */
  hints: Record<string, readonly unknown[]>;
  /** Whether a value satisfies a schema (ajv). */
  valid: (schema: JsonSchema, value: unknown) => boolean;
}

const types = (schema: JsonSchema): string[] => (schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]);

// Letters and digits most of the time, so that text survives trimming and reaches the use case;
// now and then anything printable, to probe the edges.
const plainUnit = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
function text(minLength = 0, maxLength = Math.max(minLength, 24)): fc.Arbitrary<string> {
  const max = Math.min(maxLength, minLength + 40);
  return fc.oneof(
    { arbitrary: fc.string({ unit: plainUnit, minLength, maxLength: max }), weight: 4 },
    { arbitrary: fc.string({ unit: "grapheme-ascii", minLength, maxLength: max }), weight: 1 },
  );
}

function formatted(format: string): fc.Arbitrary<string> | undefined {
  switch (format) {
    case "email":
      return fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/), fc.constantFrom("example.test", "mail.example.com")).map(([local, domain]) => `${local}@${domain}`);
    case "uuid":
      return fc.uuid({ version: 4 });
    case "date-time":
      return fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString());
    default:
      return undefined;
  }
}

// Arbitraries are built once per schema, name and context: building checks them by sampling.
const built = new WeakMap<GenerationContext, Map<JsonSchema, Map<string, fc.Arbitrary<unknown>>>>();

/** Values the schema accepts; `name` is the property or parameter the value is for (for hints). */
export function validArbitrary(schema: JsonSchema, ctx: GenerationContext, name = ""): fc.Arbitrary<unknown> {
  const bySchema = built.get(ctx) ?? built.set(ctx, new Map()).get(ctx)!;
  const byName = bySchema.get(schema) ?? bySchema.set(schema, new Map()).get(schema)!;
  const cached = byName.get(name);
  if (cached) return cached;
  const accept = (value: unknown) => ctx.valid(schema, value);
  const generated = generate(schema, ctx);
  if (!producesAny(generated, accept)) throw new Error(`json-schema-arbitrary: cannot generate a valid value for ${JSON.stringify(schema).slice(0, 300)}`);
  const known = [...(ctx.hints[name] ?? []), ...(schema.examples ?? [])].filter(accept);
  const arbitrary = (known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: generated, weight: 1 }) : generated).filter(accept);
  byName.set(name, arbitrary);
  return arbitrary;
}

/** Whether an arbitrary yields an acceptable value at all: a filter that never passes would loop forever. */
function producesAny(arbitrary: fc.Arbitrary<unknown>, accept: (value: unknown) => boolean): boolean {
  return fc.sample(arbitrary, { numRuns: 10, seed: 42 }).some(accept);
}

function generate(schema: JsonSchema, ctx: GenerationContext): fc.Arbitrary<unknown> {
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? (schema.properties || schema.additionalProperties ? undefined : schema.oneOf);
  if (branches) return fc.oneof(...branches.map((branch) => generate(branch, ctx)));
  const kinds = types(schema);
  if (kinds.length > 1) return fc.oneof(...kinds.map((type) => generate({ ...schema, type }, ctx)));
  switch (kinds[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({
        min: schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : (schema.minimum ?? -1000),
        max: schema.exclusiveMaximum !== undefined ? Math.ceil(schema.exclusiveMaximum) - 1 : (schema.maximum ?? 100_000),
      });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case "string": {
      if (schema.format) {
        const arbitrary = formatted(schema.format);
        if (arbitrary) return arbitrary;
      }
      if (schema.pattern) {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity));
      }
      return text(schema.minLength ?? 0, schema.maxLength);
    }
    case "array":
      return fc.array(schema.items ? generate(schema.items, ctx) : fc.string(), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case "object":
      return object(schema, ctx);
    default:
      throw new Error(`json-schema-arbitrary: no generator for ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

function object(schema: JsonSchema, ctx: GenerationContext): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === "object") {
    const keys = schema.propertyNames ? generate(schema.propertyNames, ctx) : text(1, 12);
    return fc.dictionary(keys as fc.Arbitrary<string>, generate(schema.additionalProperties, ctx), { maxKeys: 2 });
  }
  // An object-level oneOf of `required` lists ("exactly one of addressId and address"): pick one
  // branch, require its properties and leave out those the other branches require.
  const choices = schema.oneOf?.map((branch) => branch.required ?? []) ?? [[]];
  return fc.integer({ min: 0, max: choices.length - 1 }).chain((index) => {
    const chosen = new Set([...(schema.required ?? []), ...choices[index]!]);
    const excluded = new Set(choices.flatMap((required, i) => (i === index ? [] : required)).filter((key) => !chosen.has(key)));
    // Optional properties are left out half the time: each one sent is one more way to be refused.
    const model = Object.fromEntries(
      Object.entries(properties)
        .filter(([key]) => !excluded.has(key))
        .map(([key, property]) => [key, chosen.has(key) ? validArbitrary(property, ctx, key) : fc.option(validArbitrary(property, ctx, key), { nil: undefined, freq: 2 })]),
    );
    return fc.record(model).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
  });
}

/**
 * Values the schema refuses, each breaking one rule: a wrong type, a missing required property,
 * a string too short or too long or off its pattern, format or enum, a number out of range.
 * `forText`: the value travels as text (a query, path or header parameter), so a wrong type must
 * still be wrong once written out (never "12" for an integer), and never empty (an empty
 * parameter counts as absent).
 */
export function invalidArbitrary(schema: JsonSchema, ctx: GenerationContext, options: { forText?: boolean } = {}): fc.Arbitrary<unknown> | undefined {
  const accept = (value: unknown) => !ctx.valid(schema, value) && (!options.forText || (value !== "" && value !== undefined));
  // Some rules cannot be broken in some places (an empty path segment is no request at all).
  const candidates = breakages(schema, ctx, options.forText ?? false).filter((candidate) => producesAny(candidate, accept));
  if (candidates.length === 0) return undefined;
  return fc.oneof(...candidates).filter(accept);
}

function breakages(schema: JsonSchema, ctx: GenerationContext, forText: boolean): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [];
  const kinds = types(schema);
  const wrongType = forText ? fc.constantFrom("zz-not-this", "1.5x", "!") : fc.constantFrom(12345, true, "zz-not-this", [], { nested: 1 });
  if (schema.enum || "const" in schema) return [wrongType, fc.constant("zz-not-one-of-these")];
  if (schema.anyOf || (schema.oneOf && !schema.properties)) return [wrongType];
  if (!kinds.includes("null") && !forText) out.push(fc.constant(null));
  if (kinds.includes("string")) {
    if (!forText) out.push(fc.constantFrom(12345, true));
    if (schema.minLength !== undefined && schema.minLength > (forText ? 1 : 0)) out.push(fc.constant("x".repeat(schema.minLength - 1)));
    if (schema.maxLength !== undefined) out.push(fc.integer({ min: 1, max: 20 }).map((extra) => "x".repeat(schema.maxLength! + extra)));
    if (schema.pattern) out.push(fc.constantFrom("!", "has space!", "ÿ-not-ascii", "<tag>", "x".repeat(70)));
    if (schema.format === "email") out.push(fc.constantFrom("not-an-email", "a@", "@example.test"));
    if (schema.format === "uuid") out.push(fc.constantFrom("not-a-uuid", "12345678-1234-1234-1234-1234567890"));
  }
  if (kinds.includes("integer") || kinds.includes("number")) {
    out.push(wrongType);
    if (kinds.includes("integer")) out.push(fc.constant(1.5));
    const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum : undefined);
    if (low !== undefined) out.push(fc.integer({ min: 1, max: 1000 }).map((d) => (schema.exclusiveMinimum !== undefined ? low - d + 1 : low - d)));
    if (schema.maximum !== undefined) out.push(fc.integer({ min: 1, max: 1000 }).map((d) => schema.maximum! + d));
  }
  if (kinds.includes("boolean")) out.push(forText ? fc.constantFrom("maybe", "yes") : fc.constantFrom("true", 1, "yes"));
  if (kinds.includes("array")) {
    out.push(forText ? fc.constant("!,?") : fc.constantFrom("not-a-list", 7));
    if (schema.maxItems !== undefined && schema.items) out.push(fc.array(generate(schema.items, ctx), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
    if (schema.items) {
      const item = invalidArbitrary(schema.items, ctx, { forText });
      if (item) out.push(fc.array(item, { minLength: 1, maxLength: 2 }));
    }
  }
  if (kinds.includes("object") && !forText) {
    out.push(fc.constantFrom("not-an-object", 7, [], true));
    const valid = object(schema, ctx);
    for (const key of schema.required ?? []) {
      out.push(valid.map(({ [key]: _dropped, ...rest }) => rest));
    }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const bad = invalidArbitrary(property, ctx);
      if (bad) out.push(fc.tuple(valid, bad).map(([value, broken]) => ({ ...value, [key]: broken })));
    }
  }
  return out;
}
