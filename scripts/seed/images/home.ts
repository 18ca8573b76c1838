import { circle, ellipse, group, INK, line, METAL, path, rect, sheen, STEEL, stroke, WHITE, WOOD, WOOD_DARK, type Picture } from "./svg";

export const home: Picture[] = [
  {
    name: "home-lamp",
    label: "Table lamp",
    hue: 40,
    bgHue: 230,
    draw: (c) =>
      group([
        ellipse(300, 300, 120, 26, "#fff6c8", { opacity: 0.8 }),
        rect(291, 270, 18, 170, METAL, 6),
        path("M222 432L378 432L392 470L208 470Z", c.deep),
        path("M224 140L376 140L426 290L174 290Z", c.main),
        path("M224 140L270 140L236 290L174 290Z", WHITE, { opacity: 0.18 }),
        rect(170, 282, 260, 12, c.dark, 6),
        line(352, 292, 352, 360, STEEL, 3),
        circle(352, 364, 7, c.accentDark),
      ]),
  },
  {
    name: "home-armchair",
    label: "Armchair",
    hue: 165,
    bgHue: 30,
    draw: (c) =>
      group([
        line(186, 420, 176, 478, WOOD_DARK, 10),
        line(414, 420, 424, 478, WOOD_DARK, 10),
        rect(180, 150, 240, 230, c.main, 44),
        rect(168, 322, 264, 80, c.light, 24),
        rect(136, 258, 70, 170, c.dark, 32),
        rect(394, 258, 70, 170, c.dark, 32),
        rect(150, 400, 300, 30, c.deep, 12),
        sheen("M180 194Q180 150 224 150L250 150L250 322L180 322Z", 0.12),
        ...[250, 300, 350].map((x) => circle(x, 236, 5, c.dark)),
      ]),
  },
  {
    name: "home-mug",
    label: "Ceramic mug",
    hue: 195,
    bgHue: 40,
    draw: (c) =>
      group([
        stroke("M262 196Q244 170 262 146Q280 122 262 98M318 196Q300 170 318 146Q336 122 318 98", WHITE, 8, { opacity: 0.8 }),
        stroke("M364 282Q446 276 444 344Q442 410 364 404", c.dark, 26),
        rect(190, 220, 184, 250, c.main, 26),
        ellipse(282, 226, 92, 16, c.deep),
        rect(190, 330, 184, 30, WHITE, 0, { opacity: 0.85 }),
        sheen("M190 246Q190 220 216 220L236 220L236 470L216 470Q190 470 190 444Z", 0.2),
      ]),
  },
  {
    name: "home-plant",
    label: "Potted plant",
    hue: 120,
    bgHue: 50,
    draw: (c) =>
      group([
        path("M298 330Q230 250 200 170Q270 200 298 330Z", c.main),
        path("M302 330Q360 230 420 190Q390 280 302 330Z", c.dark),
        path("M300 330Q290 200 320 110Q350 210 300 330Z", c.main),
        path("M296 330Q220 300 150 290Q210 260 296 330Z", c.dark),
        path("M304 330Q380 300 448 300Q390 266 304 330Z", c.light),
        stroke("M298 330Q255 250 206 178M302 330Q360 250 414 196M300 330Q305 220 320 118", c.deep, 3, { opacity: 0.5 }),
        path("M222 332L378 332L360 470L240 470Z", "#d97a52"),
        rect(210, 314, 180, 34, "#c2623c", 8),
        sheen("M222 348L262 348L252 470L240 470Z", 0.2),
      ]),
  },
  {
    name: "home-cushion",
    label: "Throw cushion",
    hue: 20,
    bgHue: 190,
    draw: (c) =>
      group([
        path("M160 180Q300 150 440 180Q470 320 440 460Q300 430 160 460Q130 320 160 180Z", c.main),
        path("M190 210Q300 190 410 210Q430 320 410 430Q300 410 190 430Q170 320 190 210Z", c.light, { opacity: 0.55 }),
        path("M300 230L340 320L300 410L260 320Z", c.accent),
        path("M230 320L260 290L290 320L260 350ZM310 320L340 290L370 320L340 350Z", c.accentDark, { opacity: 0.7 }),
        ...[
          [160, 180],
          [440, 180],
          [160, 460],
          [440, 460],
        ].map(([x, y]) => circle(x!, y!, 11, c.dark)),
      ]),
  },
  {
    name: "home-teapot",
    label: "Teapot",
    hue: 350,
    bgHue: 140,
    draw: (c) =>
      group([
        stroke("M392 312Q460 300 452 362Q446 410 390 410", c.dark, 20),
        path("M196 330L120 262L138 254L220 300Z", c.main),
        ellipse(290, 360, 118, 100, c.main),
        rect(186, 444, 208, 20, c.dark, 8),
        path("M214 286Q290 240 366 286Z", c.dark),
        ellipse(290, 262, 46, 14, c.dark),
        circle(290, 242, 14, c.deep),
        path("M196 360Q290 392 384 360", "none", { stroke: WHITE, "stroke-width": 10, opacity: 0.8 }),
        sheen("M210 330Q220 290 262 276Q230 330 240 420Q200 390 210 330Z", 0.2),
      ]),
  },
  {
    name: "home-vase",
    label: "Vase with flowers",
    hue: 210,
    bgHue: 340,
    draw: (c) =>
      group([
        stroke("M300 280Q288 200 250 140M300 280Q300 190 312 118M300 280Q320 210 362 160", "#5c8a4e", 5),
        ...[
          [250, 140],
          [312, 118],
          [362, 160],
        ].map(([x, y], i) => group([circle(x!, y!, 24, i === 1 ? c.accent : "#f6b8c8"), circle(x!, y!, 9, "#ffd166")])),
        path("M264 270L336 270L336 300Q410 340 398 410Q388 470 300 470Q212 470 202 410Q190 340 264 300Z", c.main),
        rect(256, 262, 88, 16, c.dark, 6),
        stroke("M214 390Q300 416 386 390", c.light, 8),
        sheen("M264 300Q212 340 214 410Q220 450 250 462Q228 380 264 300Z", 0.22),
      ]),
  },
  {
    name: "home-clock",
    label: "Wall clock",
    hue: 30,
    bgHue: 180,
    draw: (c) =>
      group([
        circle(300, 296, 150, WOOD),
        circle(300, 296, 130, WHITE),
        circle(300, 296, 130, c.pale, { opacity: 0.5 }),
        ...Array.from({ length: 12 }, (_, i) => {
          const a = (i * Math.PI) / 6;
          const r1 = i % 3 === 0 ? 96 : 104;
          return line(300 + Math.cos(a) * r1, 296 + Math.sin(a) * r1, 300 + Math.cos(a) * 116, 296 + Math.sin(a) * 116, INK, i % 3 === 0 ? 8 : 4);
        }),
        line(300, 296, 300, 206, INK, 9),
        line(300, 296, 366, 330, INK, 7),
        line(300, 296, 236, 220, c.accentDark, 3),
        circle(300, 296, 10, c.accentDark),
        sheen("M170 296A130 130 0 0 1 300 166L300 186A110 110 0 0 0 190 296Z", 0.25),
      ]),
  },
  {
    name: "home-cookware",
    label: "Cast iron casserole",
    hue: 8,
    bgHue: 45,
    draw: (c) =>
      group([
        rect(110, 300, 60, 28, c.dark, 12),
        rect(430, 300, 60, 28, c.dark, 12),
        path("M150 290L450 290L440 430Q436 466 400 466L200 466Q164 466 160 430Z", c.main),
        path("M146 268Q300 222 454 268L454 292L146 292Z", c.dark),
        rect(270, 218, 60, 26, INK, 10),
        rect(288, 236, 24, 12, INK, 0),
        stroke("M160 330L440 330", c.dark, 4, { opacity: 0.5 }),
        sheen("M160 300L220 300L214 466L200 466Q164 466 160 430Z", 0.18),
      ]),
  },
  {
    name: "home-candle",
    label: "Scented candle",
    hue: 290,
    bgHue: 40,
    draw: (c) =>
      group([
        ellipse(300, 168, 26, 44, "#ffd166", { opacity: 0.35 }),
        path("M300 140Q322 176 300 200Q278 176 300 140Z", "#ffb347"),
        path("M300 160Q310 182 300 196Q290 182 300 160Z", "#fff2b3"),
        line(300, 198, 300, 222, INK, 4),
        rect(200, 214, 200, 256, "#f7f0e8", 30),
        rect(200, 214, 200, 256, c.pale, 30, { opacity: 0.4 }),
        rect(200, 300, 200, 100, c.main, 0),
        rect(226, 320, 148, 60, WHITE, 8, { opacity: 0.9 }),
        rect(248, 336, 104, 10, c.dark, 4),
        rect(266, 356, 68, 8, c.light, 4),
        sheen("M200 244Q200 214 230 214L244 214L244 470L230 470Q200 470 200 440Z", 0.3),
      ]),
  },
  {
    name: "home-sofa",
    label: "Sofa",
    hue: 220,
    bgHue: 35,
    draw: (c) =>
      group([
        line(130, 430, 124, 478, WOOD_DARK, 10),
        line(470, 430, 476, 478, WOOD_DARK, 10),
        rect(120, 206, 360, 170, c.main, 40),
        rect(150, 226, 146, 120, c.light, 28, { opacity: 0.45 }),
        rect(304, 226, 146, 120, c.light, 28, { opacity: 0.45 }),
        rect(124, 336, 352, 70, c.dark, 20),
        rect(84, 280, 70, 156, c.deep, 30),
        rect(446, 280, 70, 156, c.deep, 30),
        rect(298, 340, 4, 60, c.deep, 0, { opacity: 0.5 }),
        rect(100, 404, 400, 30, c.deep, 12),
        rect(170, 250, 80, 72, c.accent, 18, { transform: "rotate(-8 210 286)" }),
      ]),
  },
];
