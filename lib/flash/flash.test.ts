// [FLASH] A one-time notice is for the page it was left for, and only a known notice is shown.
import { describe, expect, it } from "vitest";
import { flashFor, flashValue } from "./flash";

describe("[FLASH] notices", () => {
  it("is read on its own page only", () => {
    const value = flashValue("email-verified", "/checkout");
    expect(flashFor(value, "/checkout")).toBe("email-verified");
    expect(flashFor(value, "/")).toBeNull();
    expect(flashFor(flashValue("email-verified", "/"), "/")).toBe("email-verified");
  });

  it("ignores values it did not write", () => {
    expect(flashFor("<script> /", "/")).toBeNull();
    expect(flashFor("toString /", "/")).toBeNull();
    expect(flashFor("", "/")).toBeNull();
  });
});
