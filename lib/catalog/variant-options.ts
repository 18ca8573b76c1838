// From a shopper's choice of options (size, colour, material) to one variant, and what each
// choice would lead to. Pure, so the variant picker runs it in the browser.
export const OPTION_KEYS = ["size", "color", "material"] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

export const optionLabel: Record<OptionKey, string> = { size: "Size", color: "Colour", material: "Material" };

export interface OptionVariant {
  id: string;
  size: string | null;
  color: string | null;
  material: string | null;
  available: boolean;
}

export interface OptionDimension {
  key: OptionKey;
  values: string[];
}

/**
 * The options a shopper chooses between: those with two or more values. Null when the options do
 * not tell every variant apart (the picker then lists variants by title instead).
 */
export function optionDimensions(variants: readonly OptionVariant[]): OptionDimension[] | null {
  const dimensions: OptionDimension[] = [];
  for (const key of OPTION_KEYS) {
    const values = [...new Set(variants.flatMap((v) => (v[key] === null ? [] : [v[key]])))];
    if (values.length > 1) dimensions.push({ key, values });
  }
  if (dimensions.length === 0) return null;
  const combinations = new Set(variants.map((v) => JSON.stringify(dimensions.map((d) => v[d.key]))));
  return combinations.size === variants.length ? dimensions : null;
}

type Selection = Partial<Record<OptionKey, string | null>>;

const matches = (variant: OptionVariant, selection: Selection, except?: OptionKey) =>
  OPTION_KEYS.filter((key) => key !== except && selection[key] !== undefined && variant[key] === selection[key]).length;

/**
 * The variant to show after the shopper picks `value` for `key`: one that has it, keeping as many
 * of the other current choices as possible, preferring one in stock.
 */
export function pickVariant<V extends OptionVariant>(variants: readonly V[], current: Selection, key: OptionKey, value: string): V | undefined {
  let best: V | undefined;
  let bestScore = -1;
  for (const variant of variants) {
    if (variant[key] !== value) continue;
    const score = matches(variant, current, key) * 2 + (variant.available ? 1 : 0);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}

export type ChoiceState = "available" | "sold-out" | "unavailable";

/** Whether picking `value` for `key`, with the other current choices kept, lands on a variant in stock. */
export function choiceState(variants: readonly OptionVariant[], dimensions: readonly OptionDimension[], current: Selection, key: OptionKey, value: string): ChoiceState {
  const others = dimensions.filter((d) => d.key !== key);
  const exact = variants.find((v) => v[key] === value && others.every((d) => v[d.key] === current[d.key]));
  if (!exact) return "unavailable";
  return exact.available ? "available" : "sold-out";
}
