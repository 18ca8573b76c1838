import { circle, ellipse, group, INK, line, METAL, path, rect, sheen, STEEL, stroke, WHITE, WOOD, WOOD_DARK, type Palette, type Picture } from "./svg";

/** An acoustic body with neck; `size` 1 is a full guitar, smaller for a ukulele. */
function acoustic(c: Palette, size: number, tilt: number) {
  const s = size;
  return group(
    [
      rect(300 - 16 * s, 440 - 400 * s, 32 * s, 250 * s, WOOD_DARK, 4),
      rect(300 - 24 * s, 440 - 450 * s, 48 * s, 64 * s, INK, 10 * s),
      ...[0, 1, 2].map((i) => circle(300 - 30 * s, 440 - (436 - i * 20) * s, 5 * s, METAL)),
      ...[0, 1, 2].map((i) => circle(300 + 30 * s, 440 - (436 - i * 20) * s, 5 * s, METAL)),
      ellipse(300, 440 - 170 * s, 88 * s, 82 * s, c.main),
      ellipse(300, 440 - 50 * s, 112 * s, 98 * s, c.main),
      ellipse(300, 440 - 50 * s, 112 * s, 98 * s, "none", { stroke: c.dark, "stroke-width": 6 * s }),
      circle(300, 440 - 130 * s, 30 * s, INK),
      circle(300, 440 - 130 * s, 36 * s, "none", { stroke: c.dark, "stroke-width": 4 * s }),
      rect(300 - 40 * s, 440 - 52 * s, 80 * s, 16 * s, INK, 4),
      ...[-9, -3, 3, 9].map((dx) => line(300 + dx * s, 440 - 395 * s, 300 + dx * s, 440 - 44 * s, "#f1f1f1", 1.5)),
      sheen(`M${300 - 100 * s} ${440 - 60 * s}Q${300 - 100 * s} ${440 - 130 * s} ${300 - 40 * s} ${440 - 140 * s}L${300 - 60 * s} ${440 + 30 * s}Q${300 - 100 * s} ${440}  ${300 - 100 * s} ${440 - 60 * s}Z`, 0.15),
    ],
    { transform: `rotate(${tilt} 300 ${440 - 100 * s})` },
  );
}

export const music: Picture[] = [
  {
    name: "music-acoustic-guitar",
    label: "Acoustic guitar",
    hue: 30,
    bgHue: 200,
    draw: (c) => acoustic(c, 0.92, 18),
  },
  {
    name: "music-ukulele",
    label: "Ukulele",
    hue: 175,
    bgHue: 30,
    draw: (c) => acoustic(c, 0.72, -16),
  },
  {
    name: "music-electric-guitar",
    label: "Electric guitar",
    hue: 0,
    bgHue: 220,
    draw: (c) =>
      group(
        [
          rect(286, 60, 28, 250, WOOD, 4),
          ...[0, 1, 2, 3, 4, 5, 6].map((i) => line(286, 90 + i * 30, 314, 90 + i * 30, METAL, 2)),
          path("M282 30L322 22L326 70L284 70Z", INK),
          path("M300 280Q340 240 370 262Q380 300 360 330Q420 360 410 420Q396 480 300 480Q204 480 190 420Q180 360 240 330Q210 290 230 240Q260 240 300 280Z", c.main),
          path("M300 300Q340 300 350 340L350 420Q330 450 300 450Q260 450 250 420L260 340Q270 300 300 300Z", WHITE, { opacity: 0.9 }),
          rect(270, 330, 60, 16, INK, 4),
          rect(270, 372, 60, 16, INK, 4),
          rect(262, 418, 76, 14, METAL, 4),
          circle(372, 420, 10, METAL),
          circle(384, 392, 10, METAL),
          ...[-7, -2, 3, 8].map((dx) => line(300 + dx, 40, 300 + dx, 424, "#f1f1f1", 1.3)),
        ],
        { transform: "rotate(24 300 330)" },
      ),
  },
  {
    name: "music-violin",
    label: "Violin",
    hue: 20,
    bgHue: 160,
    draw: (c) =>
      group(
        [
          circle(300, 56, 18, c.deep),
          rect(288, 60, 24, 150, c.deep, 6),
          path("M300 190Q362 186 366 240Q368 276 340 290Q336 310 346 326Q386 350 382 404Q376 470 300 470Q224 470 218 404Q214 350 254 326Q264 310 260 290Q232 276 234 240Q238 186 300 190Z", c.dark),
          rect(290, 120, 20, 250, INK, 6),
          stroke("M258 330Q248 360 262 380M342 330Q352 360 338 380", INK, 4),
          rect(276, 392, 48, 10, c.light, 3),
          path("M284 420L316 420L310 462L290 462Z", INK),
          ...[-6, -2, 2, 6].map((dx) => line(300 + dx, 70, 300 + dx, 440, "#f1f1f1", 1.2)),
          sheen("M234 240Q238 200 290 192L270 470Q224 460 218 404Q214 350 254 326Q264 310 260 290Q232 276 234 240Z", 0.12),
        ],
        { transform: "rotate(-22 300 300)" },
      ),
  },
  {
    name: "music-vinyl",
    label: "Vinyl record",
    hue: 260,
    bgHue: 30,
    draw: (c) =>
      group([
        rect(126, 150, 260, 260, c.main, 6),
        rect(126, 150, 260, 260, "none", 6, { stroke: c.dark, "stroke-width": 4 }),
        circle(210, 236, 50, c.accent),
        rect(150, 350, 120, 14, WHITE, 6, { opacity: 0.8 }),
        circle(370, 320, 150, "#17181f"),
        ...[136, 118, 100, 82].map((r) => circle(370, 320, r, "none", { stroke: "#2e3040", "stroke-width": 3 })),
        circle(370, 320, 52, c.accent),
        circle(370, 320, 8, "#17181f"),
        path("M262 240Q290 200 330 184L340 200Q304 212 280 248Z", WHITE, { opacity: 0.25 }),
      ]),
  },
  {
    name: "music-microphone",
    label: "Studio microphone",
    hue: 210,
    bgHue: 350,
    draw: (c) =>
      group([
        rect(292, 330, 16, 120, STEEL, 6),
        rect(226, 450, 148, 20, INK, 10),
        stroke("M220 250Q220 330 300 330Q380 330 380 250", INK, 10),
        rect(246, 110, 108, 190, METAL, 54),
        ...Array.from({ length: 6 }, (_, i) => line(262, 140 + i * 18, 338, 140 + i * 18, STEEL, 3)),
        rect(246, 232, 108, 68, c.dark, 0),
        rect(246, 226, 108, 10, INK),
        circle(300, 268, 8, c.accent),
        sheen("M258 150Q258 118 290 112L290 290L258 290Z", 0.3),
      ]),
  },
  {
    name: "music-drum",
    label: "Snare drum",
    hue: 355,
    bgHue: 210,
    draw: (c) =>
      group([
        line(190, 150, 330, 270, WOOD, 12),
        line(410, 150, 270, 270, WOOD, 12),
        rect(150, 260, 300, 170, c.main, 0),
        ellipse(300, 430, 150, 40, c.dark),
        rect(150, 260, 300, 170, c.main, 0),
        ...[180, 240, 300, 360, 420].map((x) => rect(x - 5, 268, 10, 158, METAL, 4)),
        ellipse(300, 260, 150, 40, "#f4f1ea"),
        ellipse(300, 260, 150, 40, "none", { stroke: METAL, "stroke-width": 10 }),
        path("M150 420Q300 490 450 420L450 432Q300 502 150 432Z", METAL),
        sheen("M160 280L200 296L200 450L160 430Z", 0.2),
      ]),
  },
  {
    name: "music-keyboard",
    label: "Synthesizer keyboard",
    hue: 25,
    bgHue: 230,
    draw: (c) =>
      group([
        rect(90, 250, 420, 200, INK, 18),
        rect(110, 268, 380, 50, "#3b3f52", 10),
        ...[140, 180, 220].map((x) => group([circle(x, 293, 14, METAL), line(x, 293, x, 282, INK, 3)])),
        rect(262, 280, 100, 26, c.main, 6),
        ...[390, 420, 450].map((x, i) => rect(x, 280, 20, 26, i === 1 ? c.accent : "#5a5f75", 4)),
        ...Array.from({ length: 14 }, (_, i) => rect(110 + i * 27.14, 334, 25, 100, WHITE, 3)),
        ...[0, 1, 3, 4, 5, 7, 8, 10, 11, 12].map((i) => rect(128 + i * 27.14, 334, 16, 60, INK, 2)),
      ]),
  },
  {
    name: "music-amplifier",
    label: "Guitar amplifier",
    hue: 40,
    bgHue: 190,
    draw: (c) =>
      group([
        stroke("M250 150Q250 130 270 130L330 130Q350 130 350 150", INK, 12),
        rect(150, 150, 300, 320, INK, 20),
        rect(170, 170, 260, 56, c.pale, 8),
        ...[200, 240, 280, 320, 360].map((x) => circle(x, 198, 11, INK)),
        circle(404, 198, 7, "#ff6b6b"),
        rect(170, 240, 260, 210, c.main, 10),
        ...Array.from({ length: 9 }, (_, i) => line(176, 250 + i * 24, 424, 250 + i * 24, c.dark, 3, { opacity: 0.5 })),
        rect(260, 420, 80, 20, c.pale, 4),
      ]),
  },
  {
    name: "music-pedal",
    label: "Guitar effects pedal",
    hue: 130,
    bgHue: 300,
    draw: (c) =>
      group([
        rect(132, 330, 40, 24, METAL, 4),
        rect(428, 330, 40, 24, METAL, 4),
        rect(170, 170, 260, 300, c.main, 22),
        rect(170, 170, 260, 40, WHITE, 18, { opacity: 0.2 }),
        ...[220, 300, 380].map((x) => group([circle(x, 236, 26, INK), line(x, 236, x + 10, 216, WHITE, 4)])),
        circle(300, 296, 8, "#ff4d4d"),
        rect(210, 326, 180, 20, c.dark, 6),
        circle(300, 410, 32, METAL),
        circle(300, 410, 20, STEEL),
      ]),
  },
];
