import { circle, ellipse, group, GLASS, INK, METAL, path, rect, sheen, STEEL, stroke, WHITE, type Picture } from "./svg";

const GOLD = "#dcb15a";
const GOLD_DARK = "#b38b3d";

export const beauty: Picture[] = [
  {
    name: "beauty-lipstick",
    label: "Lipstick",
    hue: 350,
    bgHue: 20,
    draw: (c) =>
      group([
        path("M262 168L338 138L338 270L262 270Z", c.main),
        path("M262 168L290 157L290 270L262 270Z", WHITE, { opacity: 0.2 }),
        rect(252, 262, 96, 70, GOLD, 6),
        rect(252, 262, 24, 70, "#f0d28e", 4),
        rect(240, 326, 120, 146, INK, 10),
        rect(240, 326, 30, 146, "#474b5e", 8),
        rect(240, 332, 120, 8, GOLD_DARK),
      ]),
  },
  {
    name: "beauty-perfume",
    label: "Perfume bottle",
    hue: 320,
    bgHue: 30,
    draw: (c) =>
      group([
        rect(262, 130, 76, 70, GOLD, 10),
        rect(284, 196, 32, 36, GOLD_DARK, 4),
        rect(176, 226, 248, 244, GLASS, 40, { opacity: 0.9 }),
        rect(196, 290, 208, 160, c.light, 26),
        rect(196, 290, 208, 160, c.main, 26, { opacity: 0.55 }),
        rect(236, 330, 128, 56, WHITE, 8, { opacity: 0.85 }),
        rect(258, 350, 84, 10, c.dark, 4),
        sheen("M196 246Q196 232 212 232L232 232L232 452L212 452Q196 452 196 436Z", 0.5),
      ]),
  },
  {
    name: "beauty-cream-jar",
    label: "Face cream jar",
    hue: 170,
    bgHue: 330,
    draw: (c) =>
      group([
        rect(166, 320, 268, 150, c.pale, 28),
        rect(166, 320, 268, 150, c.light, 28, { opacity: 0.5 }),
        rect(160, 262, 280, 72, c.dark, 20),
        rect(160, 262, 280, 18, WHITE, 10, { opacity: 0.2 }),
        rect(226, 370, 148, 60, WHITE, 8, { opacity: 0.9 }),
        rect(250, 388, 100, 10, c.dark, 4),
        rect(270, 408, 60, 8, c.main, 4),
        sheen("M166 348Q166 320 194 320L210 320L210 470L194 470Q166 470 166 442Z", 0.35),
      ]),
  },
  {
    name: "beauty-nail-polish",
    label: "Nail polish",
    hue: 0,
    bgHue: 200,
    draw: (c) =>
      group([
        rect(266, 110, 68, 170, INK, 12),
        rect(266, 110, 18, 170, "#474b5e", 8),
        rect(256, 270, 88, 22, INK, 6),
        path("M236 300Q236 286 250 286L350 286Q364 286 364 300L378 440Q380 470 350 470L250 470Q220 470 222 440Z", c.main),
        path("M236 300Q236 286 250 286L270 286L258 470L250 470Q220 470 222 440Z", WHITE, { opacity: 0.3 }),
      ]),
  },
  {
    name: "beauty-brush",
    label: "Makeup brush",
    hue: 20,
    bgHue: 280,
    draw: (c) =>
      group(
        [
          rect(288, 250, 24, 240, c.deep, 12),
          rect(288, 250, 8, 240, WHITE, 4, { opacity: 0.2 }),
          path("M280 190L320 190L316 262L284 262Z", METAL),
          path("M280 190L292 190L290 262L284 262Z", WHITE, { opacity: 0.4 }),
          path("M280 194Q240 140 262 90Q300 60 338 90Q360 140 320 194Z", c.light),
          path("M262 90Q300 60 338 90Q330 110 300 110Q270 110 262 90Z", c.main),
        ],
        { transform: "rotate(28 300 300)" },
      ),
  },
  {
    name: "beauty-mirror",
    label: "Hand mirror",
    hue: 300,
    bgHue: 190,
    draw: (c) =>
      group(
        [
          rect(282, 330, 36, 170, c.dark, 16),
          ellipse(300, 216, 116, 136, c.main),
          ellipse(300, 216, 96, 116, GLASS),
          path("M236 180Q260 140 300 132L246 250Q226 220 236 180Z", WHITE, { opacity: 0.7 }),
          rect(268, 340, 64, 18, c.deep, 8),
        ],
        { transform: "rotate(-14 300 300)" },
      ),
  },
  {
    name: "beauty-soap",
    label: "Handmade soap",
    hue: 140,
    bgHue: 40,
    draw: (c) =>
      group([
        path("M170 360L300 310L440 360L440 420L310 470L170 420Z", c.dark),
        path("M170 360L300 310L440 360L310 410Z", c.light),
        path("M170 360L310 410L310 470L170 420Z", c.main),
        path("M260 360Q300 344 350 362", "none", { stroke: c.dark, "stroke-width": 4, opacity: 0.5 }),
        circle(230, 250, 30, WHITE, { opacity: 0.7 }),
        circle(300, 210, 20, WHITE, { opacity: 0.6 }),
        circle(360, 260, 38, WHITE, { opacity: 0.55 }),
        circle(220, 242, 8, WHITE),
        circle(350, 248, 10, WHITE),
        circle(240, 320, 14, WHITE, { opacity: 0.7 }),
      ]),
  },
  {
    name: "beauty-serum",
    label: "Serum with dropper",
    hue: 30,
    bgHue: 340,
    draw: (c) =>
      group([
        rect(276, 110, 48, 80, INK, 22),
        rect(264, 180, 72, 50, INK, 8),
        path("M226 250Q226 226 250 226L350 226Q374 226 374 250L374 440Q374 470 344 470L256 470Q226 470 226 440Z", c.dark),
        rect(244, 304, 112, 100, "#f6efe3", 8),
        rect(264, 326, 72, 10, c.deep, 4),
        rect(276, 346, 48, 8, c.main, 4),
        circle(300, 380, 10, c.main),
        sheen("M238 250Q238 238 250 238L262 238L262 458L250 458Q238 458 238 446Z", 0.35),
      ]),
  },
  {
    name: "beauty-pump-bottle",
    label: "Shampoo bottle",
    hue: 200,
    bgHue: 60,
    draw: (c) =>
      group([
        stroke("M300 160L300 120L354 120", INK, 14),
        rect(274, 154, 52, 40, WHITE, 8),
        rect(262, 186, 76, 30, METAL, 8),
        path("M226 226Q226 210 242 210L358 210Q374 210 374 226L384 450Q386 470 364 470L236 470Q214 470 216 450Z", c.main),
        rect(240, 300, 120, 110, WHITE, 12, { opacity: 0.9 }),
        path("M300 320Q326 346 300 372Q274 346 300 320Z", c.accent),
        rect(266, 384, 68, 10, c.dark, 4),
        sheen("M238 226L262 226L258 458L236 458Z", 0.3),
      ]),
  },
  {
    name: "beauty-hair-dryer",
    label: "Hair dryer",
    hue: 330,
    bgHue: 200,
    draw: (c) =>
      group([
        stroke("M284 460Q300 500 250 494", STEEL, 6),
        path("M262 300L318 300L340 460L286 470Z", c.dark),
        rect(180, 190, 250, 130, c.main, 65),
        rect(420, 206, 46, 98, c.dark, 18),
        circle(230, 255, 48, c.light),
        circle(230, 255, 30, c.main),
        ...[-14, 0, 14].map((d) => rect(214, 255 + d - 3, 32, 6, c.dark, 3)),
        rect(296, 340, 20, 34, INK, 6),
        sheen("M245 196L400 196Q420 196 425 206L250 206Z", 0.3),
      ]),
  },
];
