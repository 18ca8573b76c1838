import { circle, group, INK, METAL, path, rect, sheen, STEEL, stroke, WHITE, type Picture } from "./svg";

const screenGlow = (x: number, y: number, w: number, h: number, r: number, from: string, to: string, id: string) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
  rect(x, y, w, h, `url(#${id})`, r);

export const electronics: Picture[] = [
  {
    name: "electronics-smartphone",
    label: "Smartphone",
    hue: 260,
    bgHue: 210,
    draw: (c) =>
      group([
        rect(385, 190, 8, 50, INK, 3),
        rect(212, 106, 176, 366, INK, 34),
        screenGlow(224, 118, 152, 342, 24, c.light, c.accent, "phone"),
        circle(300, 230, 56, WHITE, { opacity: 0.25 }),
        circle(340, 300, 80, c.main, { opacity: 0.35 }),
        rect(270, 128, 60, 16, INK, 8),
        ...[0, 1, 2, 3].map((i) => rect(238 + i * 34, 410, 24, 24, WHITE, 7, { opacity: 0.85 })),
        sheen("M224 140Q224 118 246 118L300 118L224 330Z", 0.2),
      ]),
  },
  {
    name: "electronics-laptop",
    label: "Laptop",
    hue: 200,
    draw: (c) =>
      group([
        rect(148, 158, 304, 212, INK, 14),
        screenGlow(162, 172, 276, 184, 6, c.pale, c.light, "laptop"),
        rect(180, 192, 130, 80, WHITE, 8),
        rect(322, 192, 96, 36, c.main, 8),
        rect(322, 238, 96, 34, c.accent, 8),
        rect(180, 286, 238, 52, WHITE, 8, { opacity: 0.7 }),
        path("M106 372L494 372L478 408Q474 416 462 416L138 416Q126 416 122 408Z", METAL),
        rect(262, 372, 76, 10, STEEL, 4),
      ]),
  },
  {
    name: "electronics-headphones",
    label: "Wireless headphones",
    hue: 15,
    bgHue: 200,
    draw: (c) =>
      group([
        stroke("M176 330Q170 146 300 146Q430 146 424 330", c.deep, 28),
        stroke("M196 300Q196 178 300 176", WHITE, 6, { opacity: 0.2 }),
        rect(140, 286, 86, 150, c.main, 36),
        rect(374, 286, 86, 150, c.main, 36),
        rect(198, 298, 40, 126, c.deep, 18),
        rect(362, 298, 40, 126, c.deep, 18),
        sheen("M140 322Q140 286 176 286L190 286L190 436L176 436Q140 436 140 400Z", 0.2),
        circle(183, 400, 6, c.accent),
      ]),
  },
  {
    name: "electronics-camera",
    label: "Mirrorless camera",
    hue: 215,
    bgHue: 35,
    draw: (c) =>
      group([
        rect(206, 176, 96, 46, INK, 10),
        rect(138, 206, 324, 214, INK, 28),
        rect(138, 240, 70, 180, "#3e4255", 22),
        rect(390, 186, 44, 22, c.accent, 8),
        rect(242, 188, 34, 14, STEEL, 4),
        circle(310, 318, 96, METAL),
        circle(310, 318, 78, "#22242f"),
        circle(310, 318, 54, c.deep),
        circle(310, 318, 30, c.dark),
        circle(292, 298, 12, WHITE, { opacity: 0.55 }),
        circle(428, 236, 8, c.main),
      ]),
  },
  {
    name: "electronics-smartwatch",
    label: "Smartwatch",
    hue: 280,
    bgHue: 170,
    draw: (c) =>
      group([
        rect(254, 96, 92, 408, c.main, 30),
        rect(254, 96, 30, 408, WHITE, 14, { opacity: 0.15 }),
        rect(222, 206, 156, 186, INK, 46),
        rect(378, 262, 12, 40, STEEL, 4),
        rect(236, 220, 128, 158, "#14151d", 36),
        stroke("M300 250A49 49 0 1 1 251 299", "#ff5f7e", 12),
        stroke("M300 268A31 31 0 1 1 269 299", "#9cf06b", 12),
        stroke("M300 286A13 13 0 1 1 287 299", "#5fd3ff", 10),
      ]),
  },
  {
    name: "electronics-tablet",
    label: "Tablet",
    hue: 190,
    bgHue: 290,
    draw: (c) =>
      group([
        rect(116, 160, 368, 268, INK, 28),
        screenGlow(132, 176, 336, 236, 14, c.pale, c.light, "tablet"),
        circle(390, 236, 30, "#ffd66e"),
        path("M132 372Q210 290 300 350Q370 300 468 360L468 398Q468 412 454 412L146 412Q132 412 132 398Z", c.main),
        path("M132 392Q230 340 330 390Q400 360 468 390L468 398Q468 412 454 412L146 412Q132 412 132 398Z", c.dark),
        rect(200, 444, 230, 12, WHITE, 6, { transform: "rotate(-4 315 450)" }),
        path("M430 436L454 440L430 452Z", INK, { transform: "rotate(-4 315 450)" }),
      ]),
  },
  {
    name: "electronics-speaker",
    label: "Bluetooth speaker",
    hue: 175,
    bgHue: 20,
    draw: (c) =>
      group([
        rect(214, 130, 172, 340, c.main, 70),
        rect(232, 150, 136, 300, c.dark, 58),
        ...Array.from({ length: 9 }, (_, row) =>
          Array.from({ length: 5 }, (_, col) => circle(260 + col * 20, 190 + row * 28, 4.5, c.deep)).join(""),
        ),
        rect(262, 134, 76, 14, c.light, 7),
        sheen("M214 200Q214 130 284 130L270 470Q214 470 214 400Z", 0.14),
      ]),
  },
  {
    name: "electronics-controller",
    label: "Game controller",
    hue: 240,
    bgHue: 320,
    draw: (c) =>
      group([
        path(
          "M190 236Q300 214 410 236Q470 248 486 330Q500 420 456 438Q420 452 392 398L372 366L228 366L208 398Q180 452 144 438Q100 420 114 330Q130 248 190 236Z",
          c.main,
        ),
        sheen("M190 236Q300 214 410 236Q440 242 460 266Q300 246 140 266Q160 242 190 236Z", 0.25),
        rect(174, 296, 24, 66, INK, 5),
        rect(153, 317, 66, 24, INK, 5),
        circle(420, 302, 13, "#ff6b6b"),
        circle(446, 328, 13, "#4ecdc4"),
        circle(394, 328, 13, "#ffd166"),
        circle(420, 354, 13, "#6c8cff"),
        circle(256, 360, 22, c.deep),
        circle(344, 360, 22, c.deep),
        rect(280, 292, 40, 12, c.dark, 6),
      ]),
  },
  {
    name: "electronics-monitor",
    label: "Desktop monitor",
    hue: 150,
    bgHue: 220,
    draw: (c) =>
      group([
        path("M276 372L324 372L336 446L264 446Z", STEEL),
        rect(214, 440, 172, 22, METAL, 10),
        rect(104, 126, 392, 252, INK, 16),
        screenGlow(118, 140, 364, 224, 6, c.pale, c.light, "monitor"),
        rect(138, 160, 104, 184, WHITE, 8, { opacity: 0.85 }),
        rect(256, 160, 206, 108, c.main, 8),
        rect(256, 282, 98, 62, c.accent, 8),
        rect(366, 282, 96, 62, c.dark, 8),
        ...[0, 1, 2, 3].map((i) => rect(152, 180 + i * 34, 76, 16, c.light, 6)),
      ]),
  },
  {
    name: "electronics-earbuds",
    label: "Wireless earbuds",
    hue: 205,
    bgHue: 270,
    draw: (c) =>
      group([
        rect(132, 270, 200, 180, WHITE, 72),
        rect(132, 270, 70, 180, METAL, 34, { opacity: 0.35 }),
        path("M134 344L330 344", "none", { stroke: METAL, "stroke-width": 4 }),
        circle(232, 396, 6, c.main),
        ...[
          [402, 300, -24],
          [458, 392, 18],
        ].map(([x, y, r]) =>
          group(
            [rect(-13, 6, 26, 92, WHITE, 13), circle(0, 0, 36, WHITE), circle(0, 0, 36, METAL, { opacity: 0.3 }), circle(-4, -4, 17, c.main)],
            { transform: `translate(${x} ${y}) rotate(${r})` },
          ),
        ),
      ]),
  },
];
