// Tiny SVG vocabulary for the demo product illustrations: flat shapes on a 600×600 canvas,
// coloured from one hue per picture so the same drawing can appear in several colourways.

export interface Palette {
  main: string;
  dark: string;
  deep: string;
  light: string;
  pale: string;
  /** A second hue, opposite the main one, for details. */
  accent: string;
  accentDark: string;
}

export const INK = "#2f3242";
export const WHITE = "#ffffff";
export const METAL = "#c7ccd6";
export const STEEL = "#8d94a3";
export const WOOD = "#c08a5b";
export const WOOD_DARK = "#93633d";
export const GLASS = "#dff1f7";

/** Hex colour from HSL (h in degrees, s and l in percent). */
export function hsl(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) => Math.round(x * 255).toString(16).padStart(2, "0");
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

export function palette(hue: number, saturation = 58): Palette {
  const accentHue = (hue + 165) % 360;
  return {
    main: hsl(hue, saturation, 56),
    dark: hsl(hue, saturation, 42),
    deep: hsl(hue, saturation - 10, 28),
    light: hsl(hue, saturation + 5, 72),
    pale: hsl(hue, saturation - 15, 90),
    accent: hsl(accentHue, 62, 60),
    accentDark: hsl(accentHue, 55, 44),
  };
}

type Attrs = Record<string, string | number | undefined>;

const attrs = (a: Attrs) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? Number(v.toFixed(1)) : v}"`)
    .join("");

export const rect = (x: number, y: number, w: number, h: number, fill: string, r = 0, extra: Attrs = {}) =>
  `<rect${attrs({ x, y, width: w, height: h, rx: r || undefined, fill, ...extra })}/>`;
export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) => `<circle${attrs({ cx, cy, r, fill, ...extra })}/>`;
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}) =>
  `<ellipse${attrs({ cx, cy, rx, ry, fill, ...extra })}/>`;
export const path = (d: string, fill: string, extra: Attrs = {}) => `<path${attrs({ d, fill, ...extra })}/>`;
export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra: Attrs = {}) =>
  `<line${attrs({ x1, y1, x2, y2, stroke, "stroke-width": width, "stroke-linecap": "round", ...extra })}/>`;
/** An unfilled path drawn as a line. */
export const stroke = (d: string, color: string, width: number, extra: Attrs = {}) =>
  path(d, "none", { stroke: color, "stroke-width": width, "stroke-linecap": "round", "stroke-linejoin": "round", ...extra });
export const group = (children: string[], extra: Attrs = {}) => `<g${attrs(extra)}>${children.join("")}</g>`;
/** White sheen for a touch of volume on flat shapes. */
export const sheen = (d: string, opacity = 0.18) => path(d, WHITE, { opacity });

export interface Picture {
  /** File name without extension: `<category>-<item>`. */
  name: string;
  /** What it shows, for alt text. */
  label: string;
  hue: number;
  /** Background hue; defaults to a soft tint near the item's own. */
  bgHue?: number;
  draw: (c: Palette) => string;
}

/** A whole picture: soft two-tone gradient backdrop, a floor shadow, and the drawing. */
export function renderPicture(picture: Picture): string {
  const c = palette(picture.hue);
  const bg = picture.bgHue ?? (picture.hue + 40) % 360;
  const top = hsl(bg, 45, 95);
  const bottom = hsl((bg + 25) % 360, 40, 86);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" role="img" aria-label="${picture.label}">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0.35" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`,
    `<radialGradient id="glow" cx="0.5" cy="0.42" r="0.5"><stop offset="0" stop-color="#ffffff" stop-opacity="0.7"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient></defs>`,
    `<rect width="600" height="600" fill="url(#bg)"/>`,
    `<circle cx="300" cy="270" r="250" fill="url(#glow)"/>`,
    ellipse(300, 492, 190, 22, "#1d2030", { opacity: 0.1 }),
    picture.draw(c),
    `</svg>`,
  ].join("");
}
