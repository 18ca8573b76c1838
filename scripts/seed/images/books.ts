import { circle, group, INK, line, path, rect, sheen, stroke, WHITE, type Palette, type Picture } from "./svg";

const PAGES = "#f8f3e6";

/** A standing hardback seen from the front, pages showing on the right; `art` goes on the cover. */
function book(c: Palette, art: string, options: { x?: number; w?: number; h?: number } = {}) {
  const x = options.x ?? 196;
  const w = options.w ?? 208;
  const h = options.h ?? 330;
  const y = 470 - h;
  return group([
    rect(x + 14, y + 8, w, h - 8, PAGES, 6),
    stroke(`M${x + w + 8} ${y + 24}L${x + w + 8} ${y + h - 18}`, "#e1d8c2", 3),
    rect(x, y, w, h, c.main, 8),
    rect(x, y, 22, h, c.dark, 6),
    art,
    sheen(`M${x + 22} ${y}L${x + 60} ${y}L${x + 60} ${y + h}L${x + 22} ${y + h}Z`, 0.1),
  ]);
}

const titleBars = (x: number, y: number, color: string) => group([rect(x, y, 120, 14, color, 5), rect(x + 20, y + 24, 80, 10, color, 5, { opacity: 0.7 })]);

export const books: Picture[] = [
  {
    name: "books-novel",
    label: "Hardcover novel",
    hue: 225,
    bgHue: 40,
    draw: (c) =>
      book(
        c,
        group([
          circle(364, 266, 24, "#ffe8a3"),
          path("M218 400L280 300L320 350L360 290L404 360L404 470L218 470Z", c.deep),
          path("M218 430L300 360L404 440L404 470L218 470Z", c.dark),
          titleBars(250, 176, WHITE),
        ]),
      ),
  },
  {
    name: "books-stack",
    label: "Stack of books",
    hue: 15,
    bgHue: 200,
    draw: (c) =>
      group(
        [
          { x: 170, w: 270, y: 410, color: c.main },
          { x: 150, w: 290, y: 352, color: "#3f7a6b" },
          { x: 184, w: 250, y: 294, color: c.accentDark },
          { x: 164, w: 260, y: 236, color: "#e2b04a" },
          { x: 196, w: 226, y: 178, color: "#6c5a9e" },
        ].map((b) =>
          group([
            rect(b.x, b.y, b.w, 58, b.color, 6),
            rect(b.x + b.w - 10, b.y + 6, 10, 46, PAGES, 2),
            rect(b.x + 30, b.y + 22, 90, 12, WHITE, 4, { opacity: 0.7 }),
            rect(b.x + 140, b.y, 10, 58, INK, 0, { opacity: 0.15 }),
          ]),
        ),
      ),
  },
  {
    name: "books-open",
    label: "Open book",
    hue: 30,
    bgHue: 215,
    draw: (c) =>
      group([
        path("M120 250Q210 220 300 262Q390 220 480 250L480 436Q390 410 300 446Q210 410 120 436Z", c.dark),
        path("M134 234Q214 206 296 246L296 430Q214 394 134 418Z", PAGES),
        path("M304 246Q386 206 466 234L466 418Q386 394 304 430Z", PAGES),
        ...[0, 1, 2, 3, 4, 5].map((i) => stroke(`M160 ${262 + i * 26}Q214 ${248 + i * 26} 276 ${272 + i * 26}`, "#b9b09a", 5)),
        ...[0, 1, 2, 3, 4, 5].map((i) => stroke(`M324 ${272 + i * 26}Q386 ${248 + i * 26} 440 ${262 + i * 26}`, "#b9b09a", 5)),
        path("M296 246L304 246L304 430L296 430Z", "#d9cfb6"),
        path("M360 236L384 230L384 300L372 288L360 300Z", c.accentDark),
      ]),
  },
  {
    name: "books-journal",
    label: "Notebook journal",
    hue: 160,
    bgHue: 20,
    draw: (c) =>
      group([
        path("M356 450L372 450L372 498L364 488L356 498Z", c.accentDark),
        rect(208, 128, 200, 330, PAGES, 22),
        rect(196, 120, 200, 330, c.main, 22),
        rect(350, 120, 16, 330, c.deep, 0),
        rect(236, 190, 120, 70, WHITE, 10, { opacity: 0.85 }),
        rect(254, 212, 84, 10, c.dark, 4),
        rect(268, 232, 56, 8, c.light, 4),
        sheen("M196 142Q196 120 218 120L240 120L240 450L218 450Q196 450 196 428Z", 0.15),
      ]),
  },
  {
    name: "books-picture-book",
    label: "Children's picture book",
    hue: 48,
    bgHue: 190,
    draw: (c) =>
      book(
        c,
        group([
          rect(224, 200, 166, 150, "#bfe6f5", 10),
          circle(350, 236, 20, "#ffb347"),
          path("M224 320Q300 280 390 320L390 340Q390 350 380 350L234 350Q224 350 224 340Z", "#7bc47f"),
          path("M256 320L256 280L280 256L304 280L304 320Z", "#f26b5b"),
          rect(272, 298, 16, 22, WHITE, 2),
          titleBars(246, 376, c.deep),
        ]),
        { w: 220, h: 300 },
      ),
  },
  {
    name: "books-cookbook",
    label: "Cookbook",
    hue: 5,
    bgHue: 90,
    draw: (c) =>
      book(
        c,
        group([
          stroke("M282 238Q272 220 282 204M308 238Q298 220 308 204M334 238Q324 220 334 204", WHITE, 5, { opacity: 0.8 }),
          path("M236 262L380 262Q378 330 308 336Q238 330 236 262Z", WHITE),
          rect(226, 254, 164, 12, WHITE, 6),
          line(352, 236, 400, 200, "#f0d9a8", 8),
          titleBars(248, 372, "#ffe2d8"),
        ]),
      ),
  },
  {
    name: "books-classic",
    label: "Classic edition",
    hue: 150,
    bgHue: 30,
    draw: (c) =>
      book(
        c,
        group([
          rect(228, 170, 160, 270, "none", 6, { stroke: "#e3c27a", "stroke-width": 5 }),
          rect(240, 182, 136, 246, "none", 4, { stroke: "#e3c27a", "stroke-width": 2 }),
          circle(308, 300, 36, "none", { stroke: "#e3c27a", "stroke-width": 5 }),
          path("M308 276L318 298L308 324L298 298Z", "#e3c27a"),
          rect(268, 212, 80, 10, "#e3c27a", 4),
          rect(268, 378, 80, 10, "#e3c27a", 4),
        ]),
        { w: 200, h: 340 },
      ),
  },
  {
    name: "books-graphic-novel",
    label: "Graphic novel",
    hue: 270,
    bgHue: 55,
    draw: (c) =>
      book(
        c,
        group([
          rect(222, 160, 84, 120, "#ffe066", 6),
          rect(314, 160, 84, 70, c.accent, 6),
          rect(314, 238, 84, 42, WHITE, 6),
          rect(222, 288, 176, 160, "#ff8fa3", 6),
          path("M310 312L326 350L366 340L338 370L362 404L322 392L304 430L290 392L252 400L276 368L250 336L292 348Z", "#ffe066"),
          path("M240 182Q264 172 288 182Q296 206 264 210L254 222L254 208Q236 202 240 182Z", WHITE),
        ]),
        { w: 200, h: 320 },
      ),
  },
  {
    name: "books-atlas",
    label: "Travel atlas",
    hue: 200,
    bgHue: 35,
    draw: (c) =>
      book(
        c,
        group([
          circle(310, 290, 78, "#bfe6f5"),
          path("M266 240Q300 230 316 254Q300 280 274 276Q254 262 266 240ZM320 300Q352 286 370 312Q360 350 334 350Q314 330 320 300Z", "#7bc47f"),
          circle(310, 290, 78, "none", { stroke: WHITE, "stroke-width": 4 }),
          path("M232 290L388 290M310 212Q262 290 310 368M310 212Q358 290 310 368", "none", { stroke: WHITE, "stroke-width": 2.5, opacity: 0.8 }),
          titleBars(250, 398, WHITE),
        ]),
        { w: 220, h: 340 },
      ),
  },
];
