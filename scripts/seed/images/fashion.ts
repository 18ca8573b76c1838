import { circle, ellipse, group, INK, line, METAL, path, rect, sheen, stroke, WHITE, type Picture } from "./svg";

export const fashion: Picture[] = [
  {
    name: "fashion-tshirt",
    label: "T-shirt",
    hue: 205,
    draw: (c) =>
      group([
        path("M240 140Q300 190 360 140L440 170L500 262L440 292L420 255L420 470L180 470L180 255L160 292L100 262L160 170Z", c.main),
        sheen("M240 140Q300 190 300 165L300 470L180 470L180 255L160 292L100 262L160 170Z", 0.12),
        path("M160 170L100 262L118 271L172 190Z", c.dark, { opacity: 0.35 }),
        stroke("M240 140Q300 196 360 140", c.dark, 14),
        stroke("M188 452L412 452", c.dark, 3, { "stroke-dasharray": "8 8", opacity: 0.6 }),
        circle(360, 225, 16, c.accent),
      ]),
  },
  {
    name: "fashion-hoodie",
    label: "Hoodie",
    hue: 350,
    draw: (c) =>
      group([
        path("M235 150Q240 92 300 88Q360 92 365 150Z", c.dark),
        path("M235 150L175 168Q132 188 122 262L104 418L150 428L176 292L180 470L420 470L424 292L450 428L496 418L478 262Q468 188 425 168L365 150Q300 205 235 150Z", c.main),
        ellipse(300, 150, 52, 26, c.deep),
        rect(102, 410, 50, 24, c.dark, 6, { transform: "rotate(6 127 422)" }),
        rect(448, 410, 50, 24, c.dark, 6, { transform: "rotate(-6 473 422)" }),
        rect(180, 448, 240, 24, c.dark, 6),
        path("M222 372L378 372L398 440L202 440Z", c.dark, { opacity: 0.55 }),
        line(282, 172, 276, 252, WHITE, 5),
        line(318, 172, 324, 252, WHITE, 5),
        circle(276, 256, 6, WHITE),
        circle(324, 256, 6, WHITE),
        sheen("M235 150L175 168Q132 188 122 262L104 418L150 428L176 292L180 470L260 470L260 190Z", 0.1),
      ]),
  },
  {
    name: "fashion-dress",
    label: "Summer dress",
    hue: 330,
    bgHue: 40,
    draw: (c) =>
      group([
        line(262, 95, 268, 140, c.dark, 8),
        line(338, 95, 332, 140, c.dark, 8),
        path("M250 135L275 132Q300 165 325 132L350 135L360 232Q300 248 240 232Z", c.main),
        path("M240 232Q300 248 360 232L448 470Q300 505 152 470Z", c.main),
        path("M240 226Q300 242 360 226L362 246Q300 262 238 246Z", c.accent),
        stroke("M262 262L230 468M300 262L300 480M338 262L370 468", c.dark, 4, { opacity: 0.35 }),
        sheen("M240 232Q270 246 290 248L246 485Q190 480 152 470Z", 0.15),
        circle(300, 252, 9, c.accentDark),
      ]),
  },
  {
    name: "fashion-jeans",
    label: "Jeans",
    hue: 215,
    draw: (c) =>
      group([
        path("M212 118L388 118L410 472L318 472L300 232L282 472L190 472Z", c.dark),
        rect(212, 118, 176, 30, c.deep, 4),
        ...[236, 300, 364].map((x) => rect(x - 5, 112, 10, 40, c.deep, 3)),
        circle(300, 133, 6, "#d9b45a"),
        stroke("M300 148L300 232", c.deep, 4),
        stroke("M214 158Q252 168 260 200M386 158Q348 168 340 200", "#e0b066", 3, { opacity: 0.9 }),
        stroke("M200 440L282 440M318 440L400 440", "#e0b066", 3, { "stroke-dasharray": "7 6" }),
        sheen("M212 148L300 148L300 232L282 472L190 472Z", 0.1),
      ]),
  },
  {
    name: "fashion-sneaker",
    label: "Sneaker",
    hue: 160,
    draw: (c) =>
      group([
        path("M138 415L472 415Q502 416 503 444Q502 468 472 468L150 468Q122 468 122 440Q122 415 138 415Z", WHITE),
        rect(124, 440, 378, 10, METAL, 4),
        path("M142 420L150 302Q155 266 194 273L232 283Q262 330 322 342L422 360Q484 374 494 420Z", c.main),
        path("M142 420L150 302Q155 266 194 273L206 276L196 420Z", c.dark),
        path("M260 420Q300 360 420 362Q470 370 490 412L494 420Z", c.light, { opacity: 0.6 }),
        path("M196 360Q280 330 330 400L300 410Q260 370 200 390Z", c.accent),
        ...[0, 1, 2, 3].map((i) => line(244 + i * 22, 300 + i * 13, 262 + i * 22, 288 + i * 13, WHITE, 6)),
      ]),
  },
  {
    name: "fashion-boot",
    label: "Ankle boot",
    hue: 25,
    bgHue: 45,
    draw: (c) =>
      group([
        path("M200 172L322 172L326 330Q332 360 372 366L444 380Q492 394 492 440L492 452L190 452L190 200Z", c.dark),
        path("M206 250Q250 232 290 250L292 390Q250 404 206 390Z", c.deep, { opacity: 0.55 }),
        rect(184, 444, 312, 26, INK, 8),
        rect(184, 444, 80, 26, "#1c1e29", 8),
        stroke("M310 172Q318 130 290 132Q270 134 276 172", c.deep, 10),
        sheen("M200 172L240 172L240 452L190 452L190 200Z", 0.12),
      ]),
  },
  {
    name: "fashion-handbag",
    label: "Handbag",
    hue: 10,
    bgHue: 30,
    draw: (c) =>
      group([
        stroke("M222 280Q222 162 300 162Q378 162 378 280", c.deep, 18),
        path("M170 268L430 268L462 470Q300 482 138 470Z", c.main),
        path("M168 268L432 268L422 352Q300 384 178 352Z", c.dark),
        circle(300, 360, 17, "#e3b34f"),
        circle(300, 360, 8, "#b9862c"),
        stroke("M152 440Q300 452 448 440", c.dark, 3, { "stroke-dasharray": "6 7" }),
        sheen("M170 268L230 268L214 476L138 470Z", 0.12),
      ]),
  },
  {
    name: "fashion-backpack",
    label: "Backpack",
    hue: 45,
    bgHue: 200,
    draw: (c) =>
      group([
        stroke("M262 165Q262 120 300 120Q338 120 338 165", c.deep, 14),
        rect(182, 158, 236, 316, c.main, 70),
        rect(212, 318, 176, 126, c.dark, 32),
        stroke("M228 346L372 346", c.deep, 5),
        rect(352, 340, 12, 30, "#e6e6e6", 4),
        stroke("M206 220Q300 190 394 220", c.dark, 5),
        rect(286, 214, 28, 40, c.deep, 6),
        sheen("M182 228Q182 158 252 158L252 474L222 474Q182 474 182 434Z", 0.12),
      ]),
  },
  {
    name: "fashion-sunglasses",
    label: "Sunglasses",
    hue: 30,
    bgHue: 190,
    draw: (c) =>
      group([
        path("M126 258L288 258L286 300Q280 360 214 360Q140 360 132 300Z", c.dark),
        path("M312 258L474 258L468 300Q460 360 386 360Q320 360 314 300Z", c.dark),
        path("M142 272L274 272L272 300Q266 344 214 344Q152 344 146 300Z", INK),
        path("M326 272L458 272L454 300Q448 344 386 344Q334 344 328 300Z", INK),
        path("M160 282L210 282L178 336Q152 322 150 296Z", WHITE, { opacity: 0.22 }),
        path("M344 282L394 282L362 336Q336 322 334 296Z", WHITE, { opacity: 0.22 }),
        stroke("M286 274Q300 258 314 274", c.dark, 12),
        rect(120, 252, 360, 14, c.dark, 6),
      ]),
  },
  {
    name: "fashion-cap",
    label: "Baseball cap",
    hue: 140,
    bgHue: 60,
    draw: (c) =>
      group([
        path("M168 386Q166 222 306 214Q436 222 444 386Z", c.main),
        path("M412 372Q500 358 536 398Q472 414 400 400Z", c.dark),
        stroke("M306 216Q262 290 258 386M306 216Q352 290 366 386", c.dark, 4, { opacity: 0.5 }),
        rect(168, 376, 276, 16, c.dark, 6),
        circle(306, 216, 10, c.dark),
        rect(290, 290, 56, 40, c.accent, 6),
        sheen("M168 386Q166 222 306 214Q236 260 226 386Z", 0.14),
      ]),
  },
  {
    name: "fashion-watch",
    label: "Wristwatch",
    hue: 25,
    bgHue: 210,
    draw: (c) =>
      group([
        rect(262, 92, 76, 416, c.dark, 20),
        ...[130, 160, 440, 470].map((y) => circle(300, y, 5, c.deep)),
        rect(390, 284, 20, 32, METAL, 5),
        circle(300, 300, 100, METAL),
        circle(300, 300, 86, WHITE),
        ...Array.from({ length: 12 }, (_, i) => {
          const a = (i * Math.PI) / 6;
          return line(300 + Math.cos(a) * 70, 300 + Math.sin(a) * 70, 300 + Math.cos(a) * 78, 300 + Math.sin(a) * 78, INK, i % 3 === 0 ? 5 : 3);
        }),
        line(300, 300, 300, 245, INK, 7),
        line(300, 300, 345, 320, INK, 5),
        line(300, 300, 262, 352, c.accentDark, 2),
        circle(300, 300, 7, INK),
      ]),
  },
];
