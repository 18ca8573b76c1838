import { describe, expect, it } from "vitest";
import { choiceState, optionDimensions, pickVariant, type OptionVariant } from "./variant-options";

const v = (id: string, size: string | null, color: string | null, available = true, material: string | null = null): OptionVariant => ({
  id,
  size,
  color,
  material,
  available,
});

// S and M in red and blue, except M blue, which does not exist; S blue is sold out.
const shirts = [v("s-red", "S", "Red"), v("s-blue", "S", "Blue", false), v("m-red", "M", "Red")];

describe("[CATALOG] variant options", () => {
  it("offers the options that tell variants apart", () => {
    expect(optionDimensions(shirts)).toEqual([
      { key: "size", values: ["S", "M"] },
      { key: "color", values: ["Red", "Blue"] },
    ]);
    // A material every variant shares is not a choice.
    expect(optionDimensions([v("a", "S", null, true, "Cotton"), v("b", "M", null, true, "Cotton")])).toEqual([{ key: "size", values: ["S", "M"] }]);
  });

  it("falls back to titles when the options cannot tell every variant apart", () => {
    expect(optionDimensions([v("a", null, null), v("b", null, null)])).toBeNull();
    expect(optionDimensions([v("a", "S", null), v("b", "S", null), v("c", "M", null)])).toBeNull();
  });

  it("maps a choice to the variant keeping the other choices, else the closest one", () => {
    const current = { size: "S", color: "Red" };
    expect(pickVariant(shirts, current, "color", "Blue")?.id).toBe("s-blue");
    expect(pickVariant(shirts, current, "size", "M")?.id).toBe("m-red");
    // M in blue does not exist: M keeps its only colour.
    expect(pickVariant(shirts, { size: "S", color: "Blue" }, "size", "M")?.id).toBe("m-red");
    expect(pickVariant(shirts, current, "size", "XL")).toBeUndefined();
  });

  it("prefers a variant in stock when the other choices do not decide", () => {
    const variants = [v("s-red", "S", "Red", false), v("s-blue", "S", "Blue"), v("m-green", "M", "Green")];
    expect(pickVariant(variants, { size: "M", color: "Green" }, "size", "S")?.id).toBe("s-blue");
  });

  it("says what each choice leads to", () => {
    const dimensions = optionDimensions(shirts)!;
    const current = { size: "S", color: "Red" };
    expect(choiceState(shirts, dimensions, current, "color", "Blue")).toBe("sold-out");
    expect(choiceState(shirts, dimensions, current, "size", "M")).toBe("available");
    expect(choiceState(shirts, dimensions, { size: "S", color: "Blue" }, "size", "M")).toBe("unavailable");
  });
});
