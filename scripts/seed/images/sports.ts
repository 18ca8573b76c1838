import { fashion } from "./fashion";
import { circle, ellipse, group, INK, line, METAL, path, rect, sheen, STEEL, stroke, WHITE, type Picture } from "./svg";

const wheel = (cx: number, cy: number, color: string) =>
  group([
    circle(cx, cy, 84, "none", { stroke: INK, "stroke-width": 14 }),
    circle(cx, cy, 74, "none", { stroke: METAL, "stroke-width": 4 }),
    ...Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 8;
      return line(cx - Math.cos(a) * 72, cy - Math.sin(a) * 72, cx + Math.cos(a) * 72, cy + Math.sin(a) * 72, METAL, 2);
    }),
    circle(cx, cy, 10, color),
  ]);

const sneaker = fashion.find((p) => p.name === "fashion-sneaker")!;

export const sports: Picture[] = [
  {
    name: "sports-bicycle",
    label: "Bicycle",
    hue: 5,
    bgHue: 190,
    draw: (c) =>
      group([
        wheel(180, 384, c.dark),
        wheel(420, 384, c.dark),
        stroke("M180 384L262 262L300 384ZM262 262L392 262L300 384M392 262L420 384", c.main, 12),
        stroke("M262 262L252 232M392 262L384 218L420 210", INK, 8),
        path("M226 226L282 226Q282 240 264 240L232 240Q222 236 226 226Z", INK),
        circle(300, 384, 20, "none", { stroke: STEEL, "stroke-width": 6 }),
      ]),
  },
  {
    name: "sports-football",
    label: "Football",
    hue: 130,
    bgHue: 120,
    draw: () =>
      group([
        `<defs><clipPath id="ball"><circle cx="300" cy="320" r="128"/></clipPath></defs>`,
        circle(300, 320, 128, WHITE),
        group(
          [
            path("M300 270L348 305L330 361L270 361L252 305Z", INK),
            ...[0, 1, 2, 3, 4].map((i) =>
              path("M300 170L348 205L330 235L270 235L252 205Z", INK, { transform: `rotate(${i * 72 + 36} 300 320)` }),
            ),
            ...[0, 1, 2, 3, 4].map((i) => line(300, 270, 300, 235, METAL, 4, { transform: `rotate(${i * 72} 300 320)` })),
          ],
          { "clip-path": "url(#ball)" },
        ),
        circle(300, 320, 128, "none", { stroke: "#dfe3ea", "stroke-width": 4 }),
        sheen("M196 270Q220 210 280 196Q230 240 226 320Z", 0.5),
      ]),
  },
  {
    name: "sports-basketball",
    label: "Basketball",
    hue: 24,
    bgHue: 210,
    draw: (c) =>
      group([
        circle(300, 320, 128, c.main),
        stroke("M172 320L428 320M300 192L300 448M210 228Q260 320 210 412M390 228Q340 320 390 412", c.deep, 6),
        sheen("M196 270Q220 210 280 196Q230 240 226 320Z", 0.25),
      ]),
  },
  {
    name: "sports-tennis",
    label: "Tennis racket and ball",
    hue: 200,
    bgHue: 90,
    draw: (c) =>
      group([
        `<defs><clipPath id="strings"><ellipse cx="270" cy="230" rx="92" ry="118" transform="rotate(-20 270 230)"/></clipPath></defs>`,
        rect(322, 330, 36, 150, INK, 12, { transform: "rotate(-20 340 405)" }),
        path("M300 330L340 336L320 372Z", c.dark, { transform: "rotate(-20 320 350)" }),
        group(
          [
            ...Array.from({ length: 11 }, (_, i) => line(160 + i * 22, 90, 160 + i * 22, 380, WHITE, 2.5)),
            ...Array.from({ length: 13 }, (_, i) => line(150, 100 + i * 22, 400, 100 + i * 22, WHITE, 2.5)),
          ],
          { "clip-path": "url(#strings)", transform: "rotate(-20 270 230)" },
        ),
        ellipse(270, 230, 98, 124, "none", { stroke: c.main, "stroke-width": 16, transform: "rotate(-20 270 230)" }),
        circle(420, 430, 40, "#d8ef5a"),
        stroke("M388 406Q420 430 392 458M452 404Q424 430 452 456", WHITE, 5),
      ]),
  },
  {
    name: "sports-tent",
    label: "Camping tent",
    hue: 30,
    bgHue: 150,
    draw: (c) =>
      group([
        path("M300 150L480 460L120 460Z", c.main),
        path("M300 150L480 460L390 460Z", c.dark),
        path("M300 150L354 460L246 460Z", c.deep),
        path("M300 250L336 460L264 460Z", "#2a2d3b"),
        stroke("M300 150L300 120", INK, 6),
        stroke("M120 460L90 480M480 460L510 480", STEEL, 4),
        sheen("M300 150L246 460L120 460Z", 0.12),
      ]),
  },
  {
    name: "sports-dumbbell",
    label: "Dumbbell",
    hue: 210,
    bgHue: 25,
    draw: (c) =>
      group([
        rect(180, 300, 240, 26, STEEL, 8),
        rect(140, 226, 44, 174, c.main, 12),
        rect(186, 250, 30, 126, c.dark, 8),
        rect(416, 226, 44, 174, c.main, 12),
        rect(384, 250, 30, 126, c.dark, 8),
        rect(120, 290, 22, 46, STEEL, 6),
        rect(458, 290, 22, 46, STEEL, 6),
        rect(146, 232, 12, 162, WHITE, 6, { opacity: 0.2 }),
        rect(422, 232, 12, 162, WHITE, 6, { opacity: 0.2 }),
      ]),
  },
  {
    name: "sports-yoga-mat",
    label: "Rolled yoga mat",
    hue: 280,
    bgHue: 160,
    draw: (c) =>
      group([
        path("M150 300L440 300L440 440L150 440Z", c.main),
        ellipse(440, 370, 50, 70, c.dark),
        stroke("M440 370m-10 0a10 12 0 1 1 20 0a22 26 0 1 1 -44 0a34 40 0 1 1 68 0", c.light, 5),
        ellipse(150, 370, 50, 70, c.main),
        rect(250, 300, 30, 140, c.accent, 0, { opacity: 0.9 }),
        rect(330, 300, 30, 140, c.accent, 0, { opacity: 0.9 }),
        sheen("M150 310L440 310L440 340L150 340Z", 0.2),
      ]),
  },
  {
    name: "sports-water-bottle",
    label: "Insulated water bottle",
    hue: 185,
    bgHue: 330,
    draw: (c) =>
      group([
        stroke("M272 128Q272 88 300 88Q328 88 328 128", INK, 10),
        rect(256, 118, 88, 50, INK, 16),
        path("M250 168L350 168Q380 190 380 226L380 440Q380 470 350 470L250 470Q220 470 220 440L220 226Q220 190 250 168Z", c.main),
        rect(220, 300, 160, 70, c.dark, 0),
        rect(250, 322, 100, 26, WHITE, 8, { opacity: 0.85 }),
        sheen("M248 190Q232 210 232 240L232 440Q232 460 250 462L250 190Z", 0.3),
      ]),
  },
  {
    name: "sports-skateboard",
    label: "Skateboard",
    hue: 50,
    bgHue: 260,
    draw: (c) =>
      group([
        circle(200, 416, 30, c.accent),
        circle(400, 416, 30, c.accent),
        circle(200, 416, 12, WHITE, { opacity: 0.7 }),
        circle(400, 416, 12, WHITE, { opacity: 0.7 }),
        path("M176 372L226 372L214 398L188 398ZM376 372L426 372L414 398L388 398Z", STEEL),
        path("M100 330Q110 366 150 366L450 366Q490 366 500 330L486 326Q476 350 450 350L150 350Q124 350 114 326Z", INK),
        path("M114 326Q124 350 150 350L450 350Q476 350 486 326L478 322Q470 340 450 340L150 340Q130 340 122 322Z", c.main),
      ]),
  },
  {
    name: "sports-kettlebell",
    label: "Kettlebell",
    hue: 350,
    bgHue: 210,
    draw: (c) =>
      group([
        stroke("M236 300Q222 170 300 170Q378 170 364 300", INK, 34),
        circle(300, 360, 118, INK),
        circle(300, 360, 118, c.main, { opacity: 0.15 }),
        rect(262, 330, 76, 46, c.main, 10),
        sheen("M204 330Q214 270 270 250Q230 300 236 400Q204 380 204 330Z", 0.15),
      ]),
  },
  { ...sneaker, name: "sports-running-shoe", label: "Running shoe", hue: 15, bgHue: 200 },
];
