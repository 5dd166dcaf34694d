/**
 * Deterministic product illustrations, drawn as SVG from a group and a seed string. The demo
 * catalogue needs pictures without downloading any: each product gets a picture in the style
 * of its group (a tray of produce, a bottle or cup, herbs, a brocade vase, flowers, a
 * landscape), varied by its slug so two products of one group never look alike.
 */

export const ART_GROUPS = [
  "thuc-pham",
  "do-uong",
  "thao-duoc",
  "thu-cong-my-nghe",
  "sinh-vat-canh",
  "du-lich",
] as const;
export type ArtGroup = (typeof ART_GROUPS)[number];

export function isArtGroup(value: string): value is ArtGroup {
  return (ART_GROUPS as readonly string[]).includes(value);
}

/** Seeds are slugs: short, URL-safe, so a picture's URL can never carry markup. */
export const ART_SEED_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function isArtSeed(value: string): boolean {
  return ART_SEED_PATTERN.test(value);
}

/** The URL the art route serves a picture at. */
export function productArtPath(group: ArtGroup, seed: string): string {
  return `/art/${group}/${seed}.svg`;
}

const SIZE = 400;

/** FNV-1a: a stable 32-bit hash, the same on every platform and Node version. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small seeded PRNG, so a seed always draws the same picture. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = {
  next: () => number;
  range: (min: number, max: number) => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

function random(seed: string): Random {
  const next = rng(hash(seed));
  const range = (min: number, max: number) => min + (max - min) * next();
  return {
    next,
    range,
    int: (min, max) => Math.floor(range(min, max + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}

type Palette = { bg: string; bg2: string; main: string; second: string; accent: string; ink: string };

/** Three palettes per group, in the site's warm rice-paper tones. */
const PALETTES: Record<ArtGroup, readonly Palette[]> = {
  "thuc-pham": [
    { bg: "#fbf3dc", bg2: "#f3e2b3", main: "#c98a2b", second: "#e4572e", accent: "#5b8c3a", ink: "#6b4a1e" },
    { bg: "#f6f1e1", bg2: "#e8dcb5", main: "#b07d3c", second: "#f2a541", accent: "#3f7d3a", ink: "#5a3d1a" },
    { bg: "#fdf0e6", bg2: "#f5d9bd", main: "#a8652d", second: "#d94f3d", accent: "#6a994e", ink: "#4f3420" },
  ],
  "do-uong": [
    { bg: "#eef5ec", bg2: "#d5e6cf", main: "#7a4b2a", second: "#c8963e", accent: "#3d7a4f", ink: "#3b2616" },
    { bg: "#f3eee6", bg2: "#e2d6c2", main: "#8c3b2f", second: "#d9a441", accent: "#4f772d", ink: "#3a1f18" },
    { bg: "#eaf1f4", bg2: "#cfe0e7", main: "#2f5d62", second: "#e0a458", accent: "#5e8c61", ink: "#1e3a3d" },
  ],
  "thao-duoc": [
    { bg: "#eef6e8", bg2: "#d6e9c8", main: "#3e7b3a", second: "#7fb069", accent: "#e6aa68", ink: "#234d20" },
    { bg: "#f1f4e4", bg2: "#dde5bf", main: "#55803b", second: "#a3b86c", accent: "#c9733c", ink: "#2f4a1f" },
    { bg: "#e9f3ef", bg2: "#c9e2d7", main: "#2d6a4f", second: "#74c69d", accent: "#d4a373", ink: "#1b4332" },
  ],
  "thu-cong-my-nghe": [
    { bg: "#f4ece4", bg2: "#e6d3c1", main: "#2b4c7e", second: "#c0392b", accent: "#e9b44c", ink: "#1d2f4f" },
    { bg: "#f5efe6", bg2: "#e7d8c4", main: "#8e4a2f", second: "#2e5e4e", accent: "#d9a84e", ink: "#4a2617" },
    { bg: "#efeaf2", bg2: "#dcd0e2", main: "#5b3a7a", second: "#d1495b", accent: "#edae49", ink: "#2f1d40" },
  ],
  "sinh-vat-canh": [
    { bg: "#fdeef0", bg2: "#f6d3d9", main: "#e56b8a", second: "#f7b538", accent: "#4c956c", ink: "#6d2e46" },
    { bg: "#fff4e6", bg2: "#fde2c2", main: "#f08a24", second: "#e63946", accent: "#2a9d8f", ink: "#7a3e10" },
    { bg: "#f1eef8", bg2: "#ddd5ef", main: "#9b5de5", second: "#f15bb5", accent: "#3a7d44", ink: "#3c1f66" },
  ],
  "du-lich": [
    { bg: "#e8f3fb", bg2: "#c9e3f5", main: "#3c6e71", second: "#90be6d", accent: "#f9c74f", ink: "#284b63" },
    { bg: "#fdf1e3", bg2: "#f9d7b0", main: "#6d597a", second: "#b56576", accent: "#f4a261", ink: "#355070" },
    { bg: "#eaf4f0", bg2: "#cde7dc", main: "#2a6f62", second: "#8ab17d", accent: "#e9c46a", ink: "#264653" },
  ],
};

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function leafPath(cx: number, cy: number, length: number, width: number, angle: number): string {
  const rad = (angle * Math.PI) / 180;
  const tipX = cx + Math.cos(rad) * length;
  const tipY = cy + Math.sin(rad) * length;
  const nx = -Math.sin(rad) * width;
  const ny = Math.cos(rad) * width;
  const mx = (cx + tipX) / 2;
  const my = (cy + tipY) / 2;
  return `M${f(cx)} ${f(cy)} Q${f(mx + nx)} ${f(my + ny)} ${f(tipX)} ${f(tipY)} Q${f(mx - nx)} ${f(my - ny)} ${f(cx)} ${f(cy)}Z`;
}

function background(p: Palette, r: Random): string {
  const dots: string[] = [];
  const count = r.int(5, 9);
  for (let i = 0; i < count; i++) {
    dots.push(
      `<circle cx="${f(r.range(0, SIZE))}" cy="${f(r.range(0, SIZE * 0.6))}" r="${f(r.range(6, 26))}" fill="${p.bg2}" opacity="${f(r.range(0.35, 0.8))}"/>`,
    );
  }
  return `<rect width="${SIZE}" height="${SIZE}" fill="${p.bg}"/>${dots.join("")}`;
}

/** A bamboo tray (nong, nia) of round produce with a few leaves. */
function food(p: Palette, r: Random): string {
  const cx = 200;
  const cy = r.range(235, 255);
  const rx = r.range(165, 182);
  const ry = rx * 0.5;
  const rings = [0.92, 0.78, 0.62]
    .map((k) => `<ellipse cx="${cx}" cy="${f(cy)}" rx="${f(rx * k)}" ry="${f(ry * k)}" fill="none" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="2"/>`)
    .join("");
  const fruits: string[] = [];
  const n = r.int(5, 9);
  const fruitColor = [p.second, p.main, p.accent];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + r.range(-0.3, 0.3);
    const d = r.range(0.15, 0.6);
    const x = cx + Math.cos(a) * rx * d;
    const y = cy - 22 + Math.sin(a) * ry * d;
    const size = r.range(30, 46);
    const color = r.pick(fruitColor);
    fruits.push(
      `<circle cx="${f(x)}" cy="${f(y)}" r="${f(size)}" fill="${color}"/>` +
        `<circle cx="${f(x - size * 0.35)}" cy="${f(y - size * 0.35)}" r="${f(size * 0.25)}" fill="#fff" opacity="0.35"/>`,
    );
  }
  const leaves: string[] = [];
  for (let i = 0; i < r.int(2, 4); i++) {
    leaves.push(
      `<path d="${leafPath(r.range(120, 280), cy - r.range(30, 60), r.range(45, 70), r.range(12, 20), r.range(-160, -20))}" fill="${p.accent}"/>`,
    );
  }
  return (
    `<ellipse cx="${cx}" cy="${f(cy + 8)}" rx="${f(rx)}" ry="${f(ry)}" fill="${p.ink}" opacity="0.15"/>` +
    `<ellipse cx="${cx}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${p.bg2}" stroke="${p.main}" stroke-width="6"/>` +
    rings +
    leaves.join("") +
    fruits.join("")
  );
}

/** A bottle or a tea cup, with leaves or steam. */
function drink(p: Palette, r: Random): string {
  const leaves: string[] = [];
  for (let i = 0; i < r.int(3, 5); i++) {
    leaves.push(
      `<path d="${leafPath(r.range(60, 340), r.range(300, 340), r.range(40, 70), r.range(10, 18), r.range(-150, -30))}" fill="${p.accent}" opacity="0.85"/>`,
    );
  }
  const ground = `<rect y="320" width="${SIZE}" height="80" fill="${p.bg2}"/>`;
  if (r.next() < 0.5) {
    const w = r.range(90, 120);
    const h = r.range(190, 230);
    const x = 200 - w / 2;
    const top = 320 - h;
    const neckW = w * 0.34;
    const label = r.range(0.35, 0.55);
    return (
      ground +
      leaves.join("") +
      `<rect x="${f(200 - neckW / 2)}" y="${f(top - 50)}" width="${f(neckW)}" height="70" rx="6" fill="${p.main}"/>` +
      `<rect x="${f(200 - neckW / 2 - 3)}" y="${f(top - 62)}" width="${f(neckW + 6)}" height="18" rx="4" fill="${p.ink}"/>` +
      `<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.28)}" fill="${p.main}"/>` +
      `<rect x="${f(x + 10)}" y="${f(top + h * label)}" width="${f(w - 20)}" height="${f(h * 0.28)}" rx="6" fill="${p.bg}"/>` +
      `<circle cx="200" cy="${f(top + h * label + h * 0.14)}" r="${f(w * 0.14)}" fill="${p.second}"/>` +
      `<rect x="${f(x + 12)}" y="${f(top + 14)}" width="10" height="${f(h * 0.3)}" rx="5" fill="#fff" opacity="0.25"/>`
    );
  }
  const cw = r.range(150, 180);
  const cy = r.range(230, 250);
  const steam: string[] = [];
  for (let i = 0; i < 3; i++) {
    const sx = 200 - 30 + i * 30 + r.range(-6, 6);
    steam.push(
      `<path d="M${f(sx)} ${f(cy - 30)} q-14 -25 0 -50 q14 -25 0 -50" fill="none" stroke="${p.ink}" stroke-opacity="0.3" stroke-width="5" stroke-linecap="round"/>`,
    );
  }
  return (
    ground +
    leaves.join("") +
    steam.join("") +
    `<ellipse cx="200" cy="322" rx="${f(cw * 0.75)}" ry="16" fill="${p.second}"/>` +
    `<path d="M${f(200 - cw / 2)} ${f(cy)} h${f(cw)} q-6 80 -${f(cw * 0.2)} 88 h-${f(cw * 0.6)} q-${f(cw * 0.2 - 6)} -8 -${f(cw * 0.2)} -88Z" fill="${p.main}"/>` +
    `<ellipse cx="200" cy="${f(cy)}" rx="${f(cw / 2)}" ry="14" fill="${p.ink}"/>` +
    `<ellipse cx="200" cy="${f(cy + 2)}" rx="${f(cw / 2 - 8)}" ry="9" fill="${p.second}"/>`
  );
}

/** A fan of leaves and berries over a small mortar. */
function herbs(p: Palette, r: Random): string {
  const cx = 200;
  const cy = r.range(250, 270);
  const leaves: string[] = [];
  const n = r.int(6, 10);
  for (let i = 0; i < n; i++) {
    const angle = -170 + (160 / (n - 1)) * i + r.range(-6, 6);
    leaves.push(
      `<path d="${leafPath(cx, cy, r.range(110, 160), r.range(18, 30), angle)}" fill="${i % 2 ? p.main : p.second}"/>`,
    );
  }
  const berries: string[] = [];
  for (let i = 0; i < r.int(3, 7); i++) {
    berries.push(
      `<circle cx="${f(cx + r.range(-90, 90))}" cy="${f(cy - r.range(40, 120))}" r="${f(r.range(7, 12))}" fill="${p.accent}"/>`,
    );
  }
  return (
    leaves.join("") +
    berries.join("") +
    `<path d="M110 ${f(cy)} h180 q-10 80 -90 80 q-80 0 -90 -80Z" fill="${p.ink}"/>` +
    `<rect x="100" y="${f(cy - 10)}" width="200" height="20" rx="10" fill="${p.main}"/>`
  );
}

/** A vase with a brocade band, on a woven mat. */
function craft(p: Palette, r: Random): string {
  const w = r.range(160, 200);
  const h = r.range(240, 275);
  const base = 340;
  const top = base - h;
  const belly = r.range(0.45, 0.6);
  const x0 = 200 - w / 2;
  const vase =
    `M${f(200 - w * 0.22)} ${f(top)} h${f(w * 0.44)} ` +
    `C${f(200 + w * 0.2)} ${f(top + h * 0.25)} ${f(x0 + w + 10)} ${f(top + h * belly - 30)} ${f(x0 + w)} ${f(top + h * belly)} ` +
    `C${f(x0 + w - 5)} ${f(base - 30)} ${f(200 + w * 0.3)} ${f(base)} ${f(200 + w * 0.25)} ${f(base)} ` +
    `h-${f(w * 0.5)} ` +
    `C${f(200 - w * 0.3)} ${f(base)} ${f(x0 + 5)} ${f(base - 30)} ${f(x0)} ${f(top + h * belly)} ` +
    `C${f(x0 - 10)} ${f(top + h * belly - 30)} ${f(200 - w * 0.2)} ${f(top + h * 0.25)} ${f(200 - w * 0.22)} ${f(top)}Z`;
  const bandY = top + h * belly - 22;
  const diamonds: string[] = [];
  const count = r.int(4, 7);
  const step = (w - 10) / count;
  for (let i = 0; i < count; i++) {
    const dx = x0 + 5 + step * (i + 0.5);
    diamonds.push(
      `<path d="M${f(dx)} ${f(bandY + 4)} l${f(step / 2 - 2)} 18 l-${f(step / 2 - 2)} 18 l-${f(step / 2 - 2)} -18Z" fill="${i % 2 ? p.accent : p.bg}"/>`,
    );
  }
  // Unique per picture in case several SVGs are ever inlined into one page.
  const clipId = `vase-${r.int(0, 1e9).toString(36)}`;
  const mat: string[] = [];
  for (let i = 0; i < 10; i++) {
    mat.push(`<rect x="${i * 40}" y="330" width="20" height="70" fill="${p.bg2}"/>`);
  }
  return (
    `<rect y="330" width="${SIZE}" height="70" fill="${p.accent}" opacity="0.35"/>` +
    mat.join("") +
    `<defs><clipPath id="${clipId}"><path d="${vase}"/></clipPath></defs>` +
    `<path d="${vase}" fill="${p.main}"/>` +
    `<g clip-path="url(#${clipId})"><rect x="0" y="${f(bandY)}" width="${SIZE}" height="44" fill="${p.second}"/>${diamonds.join("")}` +
    `<rect x="0" y="${f(top + 18)}" width="${SIZE}" height="6" fill="${p.accent}"/>` +
    `<rect x="${f(x0 + 16)}" y="${f(top)}" width="12" height="${f(h)}" fill="#fff" opacity="0.18"/></g>`
  );
}

/** A flower (or a bonsai crown) in a pot. */
function plants(p: Palette, r: Random): string {
  const petals = r.int(5, 8);
  const fx = 200 + r.range(-20, 20);
  const fy = r.range(130, 160);
  const petalLen = r.range(58, 74);
  const flower: string[] = [];
  for (let i = 0; i < petals; i++) {
    const a = (360 / petals) * i + r.range(-4, 4);
    flower.push(
      `<ellipse cx="${f(fx)}" cy="${f(fy - petalLen / 2)}" rx="${f(petalLen * 0.32)}" ry="${f(petalLen / 2)}" fill="${p.main}" transform="rotate(${f(a)} ${f(fx)} ${f(fy)})"/>`,
    );
  }
  const buds: string[] = [];
  for (let i = 0; i < r.int(2, 4); i++) {
    buds.push(
      `<circle cx="${f(200 + r.range(-110, 110))}" cy="${f(r.range(90, 230))}" r="${f(r.range(12, 20))}" fill="${p.second}"/>`,
    );
  }
  return (
    `<path d="M${f(fx)} ${f(fy)} C${f(fx + 30)} 220 170 250 200 300" fill="none" stroke="${p.accent}" stroke-width="8" stroke-linecap="round"/>` +
    `<path d="${leafPath(192, 260, 70, 18, -160)}" fill="${p.accent}"/>` +
    `<path d="${leafPath(205, 240, 70, 18, -25)}" fill="${p.accent}"/>` +
    buds.join("") +
    flower.join("") +
    `<circle cx="${f(fx)}" cy="${f(fy)}" r="${f(petalLen * 0.3)}" fill="${p.second}"/>` +
    `<path d="M130 300 h140 l-18 80 h-104Z" fill="${p.ink}"/>` +
    `<rect x="122" y="292" width="156" height="20" rx="6" fill="${p.ink}" opacity="0.85"/>`
  );
}

/** Mountains, sun and rice terraces. */
function travel(p: Palette, r: Random): string {
  const sunX = r.range(80, 320);
  const peaks: string[] = [];
  const layers = [
    { color: p.main, base: 250, height: [110, 170] },
    { color: p.second, base: 280, height: [70, 120] },
  ];
  for (const layer of layers) {
    let d = `M0 ${layer.base}`;
    let x = 0;
    while (x < SIZE) {
      const w = r.range(70, 140);
      const hgt = r.range(layer.height[0] ?? 80, layer.height[1] ?? 140);
      d += ` L${f(x + w / 2)} ${f(layer.base - hgt)} L${f(x + w)} ${layer.base}`;
      x += w;
    }
    d += ` L${SIZE} ${SIZE} L0 ${SIZE}Z`;
    peaks.push(`<path d="${d}" fill="${layer.color}"/>`);
  }
  const terraces: string[] = [];
  for (let i = 0; i < 5; i++) {
    const y = 290 + i * 22;
    terraces.push(
      `<path d="M0 ${y} Q${f(r.range(100, 300))} ${f(y - r.range(12, 30))} ${SIZE} ${y}" fill="none" stroke="${p.accent}" stroke-opacity="0.7" stroke-width="5"/>`,
    );
  }
  return (
    `<circle cx="${f(sunX)}" cy="${f(r.range(70, 110))}" r="${f(r.range(30, 44))}" fill="${p.accent}"/>` +
    peaks.join("") +
    `<rect y="280" width="${SIZE}" height="120" fill="${p.second}" opacity="0.6"/>` +
    terraces.join("")
  );
}

const MOTIFS: Record<ArtGroup, (p: Palette, r: Random) => string> = {
  "thuc-pham": food,
  "do-uong": drink,
  "thao-duoc": herbs,
  "thu-cong-my-nghe": craft,
  "sinh-vat-canh": plants,
  "du-lich": travel,
};

/** The picture for one product: the same group and seed always give the same SVG. */
export function renderProductArt(group: ArtGroup, seed: string): string {
  const r = random(`${group}:${seed}`);
  const palette = r.pick(PALETTES[group]);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">` +
    background(palette, r) +
    MOTIFS[group](palette, r) +
    `</svg>`
  );
}
