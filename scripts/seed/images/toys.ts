import { circle, ellipse, group, INK, line, path, rect, sheen, STEEL, stroke, WHITE, type Picture } from "./svg";

const pips = (cx: number, cy: number, n: number) => {
  const at: Record<number, [number, number][]> = {
    1: [[0, 0]],
    3: [[-1, -1], [0, 0], [1, 1]],
    5: [[-1, -1], [1, -1], [0, 0], [-1, 1], [1, 1]],
    4: [[-1, -1], [1, -1], [-1, 1], [1, 1]],
  };
  return (at[n] ?? []).map(([x, y]) => circle(cx + x * 28, cy + y * 28, 10, INK)).join("");
};

export const toys: Picture[] = [
  {
    name: "toys-teddy-bear",
    label: "Teddy bear",
    hue: 30,
    bgHue: 200,
    draw: (c) =>
      group([
        circle(226, 150, 36, c.dark),
        circle(374, 150, 36, c.dark),
        circle(226, 150, 18, c.light),
        circle(374, 150, 18, c.light),
        ellipse(300, 370, 110, 100, c.main),
        ellipse(300, 386, 62, 58, c.light),
        ellipse(196, 340, 36, 56, c.dark, { transform: "rotate(30 196 340)" }),
        ellipse(404, 340, 36, 56, c.dark, { transform: "rotate(-30 404 340)" }),
        ellipse(230, 452, 48, 32, c.dark),
        ellipse(370, 452, 48, 32, c.dark),
        circle(300, 210, 88, c.main),
        ellipse(300, 240, 40, 30, c.light),
        ellipse(300, 228, 14, 10, INK),
        stroke("M300 238L300 252M286 256Q300 264 314 256", INK, 4),
        circle(266, 196, 9, INK),
        circle(334, 196, 9, INK),
        path("M262 296L300 316L338 296L338 336L300 316L262 336Z", c.accent),
      ]),
  },
  {
    name: "toys-building-blocks",
    label: "Building blocks",
    hue: 0,
    bgHue: 210,
    draw: (c) => {
      const brick = (x: number, y: number, w: number, color: string) =>
        group([
          ...Array.from({ length: w / 50 }, (_, i) => rect(x + 12 + i * 50, y - 16, 26, 18, color, 4)),
          rect(x, y, w, 70, color, 6),
          rect(x, y, w, 12, WHITE, 4, { opacity: 0.2 }),
        ]);
      return group([brick(150, 400, 200, c.main), brick(350, 400, 100, "#3d8bfd"), brick(200, 314, 150, "#ffc83d"), brick(250, 228, 100, "#37b26c")]);
    },
  },
  {
    name: "toys-car",
    label: "Toy car",
    hue: 200,
    bgHue: 40,
    draw: (c) =>
      group([
        path("M116 400L116 346Q116 320 146 316L210 308L258 250Q270 238 292 238L380 238Q400 238 412 254L452 310Q488 318 488 350L488 400Z", c.main),
        path("M270 262L292 256L344 256L344 312L230 312Z", "#dff1f7"),
        path("M362 256L388 256Q398 256 404 266L430 312L362 312Z", "#dff1f7"),
        rect(116, 380, 372, 20, c.dark, 6),
        rect(462, 340, 26, 20, "#ffd166", 6),
        circle(196, 404, 42, INK),
        circle(404, 404, 42, INK),
        circle(196, 404, 18, STEEL),
        circle(404, 404, 18, STEEL),
        sheen("M130 330L460 330L460 340L130 340Z", 0.3),
      ]),
  },
  {
    name: "toys-rubber-duck",
    label: "Rubber duck",
    hue: 48,
    bgHue: 195,
    draw: () =>
      group([
        path("M146 350Q118 296 136 262Q176 318 236 318L320 318Q452 306 458 386Q456 462 300 466Q160 462 146 350Z", "#ffd23f"),
        circle(326, 236, 84, "#ffd23f"),
        path("M396 244Q456 236 470 256Q452 280 396 272Z", "#ff8c42"),
        circle(350, 220, 12, INK),
        circle(354, 216, 4, WHITE),
        path("M216 360Q270 430 360 380Q320 346 262 350Z", "#f2b705"),
        sheen("M160 370Q180 430 250 452Q176 446 160 370Z", 0.4),
      ]),
  },
  {
    name: "toys-dice",
    label: "Pair of dice",
    hue: 350,
    bgHue: 160,
    draw: (c) =>
      group([
        group([rect(-70, -70, 140, 140, WHITE, 24), rect(-70, 40, 140, 30, c.pale, 12, { opacity: 0.6 }), pips(0, 0, 5)], {
          transform: "translate(220 360) rotate(-12)",
        }),
        group([rect(-70, -70, 140, 140, c.main, 24), `<g fill="${WHITE}">${pips(0, 0, 3).replaceAll(INK, WHITE)}</g>`], {
          transform: "translate(384 300) rotate(14)",
        }),
      ]),
  },
  {
    name: "toys-puzzle",
    label: "Jigsaw puzzle",
    hue: 110,
    bgHue: 280,
    draw: (c) =>
      group([
        path("M170 210L250 210Q240 170 280 170Q320 170 310 210L390 210L390 290Q430 280 430 320Q430 360 390 350L390 430L170 430L170 350Q210 360 210 320Q210 280 170 290Z", c.main),
        path("M170 210L250 210Q240 170 280 170Q320 170 310 210L390 210L390 230L170 230Z", WHITE, { opacity: 0.2 }),
        path("M330 360L410 360Q400 330 432 330Q464 330 456 360L500 360L500 470L330 470Z", c.accent, { transform: "rotate(8 415 415)" }),
      ]),
  },
  {
    name: "toys-rocket",
    label: "Toy rocket",
    hue: 355,
    bgHue: 230,
    draw: (c) =>
      group([
        path("M270 400Q300 480 330 400Z", "#ffb347"),
        path("M282 400Q300 450 318 400Z", "#ffe066"),
        path("M240 330L204 410L260 396Z", c.dark),
        path("M360 330L396 410L340 396Z", c.dark),
        path("M300 110Q370 180 360 330L350 400L250 400L240 330Q230 180 300 110Z", WHITE),
        path("M300 110Q340 150 352 196L248 196Q260 150 300 110Z", c.main),
        circle(300, 260, 30, c.main),
        circle(300, 260, 20, "#bfe6f5"),
        rect(250, 384, 100, 18, c.main, 6),
        path("M276 130Q256 200 262 380L250 400L240 330Q230 180 276 130Z", "#dfe3ea"),
      ]),
  },
  {
    name: "toys-kite",
    label: "Kite",
    hue: 190,
    bgHue: 50,
    draw: (c) =>
      group([
        stroke("M300 380Q270 410 300 430Q330 450 296 474", INK, 3),
        path("M290 404L276 394L280 418ZM304 446L292 434L292 458Z", c.accent),
        path("M300 90L392 210L300 380L208 210Z", c.main),
        path("M300 90L392 210L300 210Z", c.light),
        path("M300 210L300 380L208 210Z", c.dark),
        path("M300 90L300 210L208 210Z", c.accent),
        stroke("M300 90L300 380M208 210L392 210", INK, 3),
      ]),
  },
  {
    name: "toys-board-game",
    label: "Board game",
    hue: 140,
    bgHue: 20,
    draw: (c) =>
      group([
        path("M130 340L300 270L470 340L300 420Z", c.dark),
        path("M130 340L300 420L300 452L130 372Z", c.deep),
        path("M470 340L300 420L300 452L470 372Z", c.dark),
        path("M160 340L300 282L440 340L300 406Z", "#f4ecd8"),
        stroke("M195 326L335 390M230 311L370 375M265 296L405 360M405 326L265 390M370 311L230 375M335 296L195 360", c.main, 3, { opacity: 0.7 }),
        group([circle(300, 250, 16, "#ff6b6b"), path("M284 300L316 300L306 262L294 262Z", "#ff6b6b")]),
        group([circle(380, 286, 12, "#3d8bfd"), path("M368 322L392 322L384 294L376 294Z", "#3d8bfd")]),
        group([rect(212, 300, 36, 36, WHITE, 6), circle(230, 318, 5, INK)]),
      ]),
  },
  {
    name: "toys-spinning-top",
    label: "Spinning top",
    hue: 300,
    bgHue: 180,
    draw: (c) =>
      group([
        rect(290, 160, 20, 70, c.deep, 8),
        path("M170 280Q300 200 430 280Q420 340 300 470Q180 340 170 280Z", c.main),
        path("M170 280Q300 200 430 280Q300 320 170 280Z", c.light),
        path("M196 330Q300 370 404 330L380 362Q300 390 220 362Z", c.accent),
        path("M246 404Q300 420 354 404L330 432Q300 440 270 432Z", "#ffd166"),
        sheen("M190 300Q230 380 300 470Q220 380 190 300Z", 0.25),
      ]),
  },
  {
    name: "toys-robot",
    label: "Toy robot",
    hue: 210,
    bgHue: 15,
    draw: (c) =>
      group([
        line(300, 140, 300, 104, INK, 5),
        circle(300, 100, 12, "#ff6b6b"),
        rect(226, 140, 148, 110, c.main, 24),
        circle(268, 192, 18, WHITE),
        circle(332, 192, 18, WHITE),
        circle(268, 192, 8, INK),
        circle(332, 192, 8, INK),
        rect(276, 224, 48, 8, c.deep, 4),
        rect(208, 266, 184, 150, c.dark, 24),
        rect(244, 292, 112, 60, c.pale, 12),
        circle(276, 322, 10, "#ffd166"),
        circle(310, 322, 10, "#ff6b6b"),
        circle(338, 322, 6, "#37b26c"),
        rect(160, 280, 40, 110, c.main, 18),
        rect(400, 280, 40, 110, c.main, 18),
        rect(232, 416, 48, 56, c.deep, 10),
        rect(320, 416, 48, 56, c.deep, 10),
      ]),
  },
];
