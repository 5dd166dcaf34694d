/**
 * Deterministic product illustrations, drawn as SVG from an art kind and a seed string. The
 * demo catalogue needs pictures without downloading any: each product gets a picture of its
 * kind (a tray of produce, a honey jar, a tea cup, a brocade stack, a fish bowl, a landscape…),
 * varied by its slug so two products of one kind never look alike.
 *
 * A kind is a product set of the 2023 scheme (what the product is) or, for URLs published before
 * sets had pictures of their own, one of its six groups.
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

/** The product sets of the 2023 scheme, each with the group whose palettes it borrows. */
const SET_GROUP = {
  "thuc-pham-tuoi-song": "thuc-pham",
  "thuc-pham-tho-so-che": "thuc-pham",
  "thuc-pham-che-bien": "thuc-pham",
  "gia-vi": "thuc-pham",
  che: "thuc-pham",
  "ca-phe-ca-cao": "thuc-pham",
  ruou: "do-uong",
  "do-uong-khong-con": "do-uong",
  "thuc-pham-chuc-nang": "thao-duoc",
  "my-pham-thao-duoc": "thao-duoc",
  "tinh-dau": "thao-duoc",
  "det-may": "thu-cong-my-nghe",
  "thu-cong-trang-tri": "thu-cong-my-nghe",
  "hoa-cay-canh": "sinh-vat-canh",
  "dong-vat-canh": "sinh-vat-canh",
  "du-lich-cong-dong": "du-lich",
} as const satisfies Record<string, ArtGroup>;
export type ArtSet = keyof typeof SET_GROUP;
export const ART_SETS = Object.keys(SET_GROUP) as ArtSet[];

export type ArtKind = ArtGroup | ArtSet;
export const ART_KINDS: readonly ArtKind[] = [...ART_GROUPS, ...ART_SETS];

export function isArtGroup(value: string): value is ArtGroup {
  return (ART_GROUPS as readonly string[]).includes(value);
}

export function isArtKind(value: string): value is ArtKind {
  return (ART_KINDS as readonly string[]).includes(value);
}

/** Seeds are slugs: short, URL-safe, so a picture's URL can never carry markup. */
export const ART_SEED_PATTERN = /^[a-z0-9][a-z0-9-]{0,119}$/;

export function isArtSeed(value: string): boolean {
  return ART_SEED_PATTERN.test(value);
}

/** The URL the art route serves a picture at. */
export function productArtPath(kind: ArtKind, seed: string): string {
  return `/art/${kind}/${seed}.svg`;
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

type Palette = {
  bg: string;
  bg2: string;
  main: string;
  second: string;
  accent: string;
  ink: string;
};

/** Three palettes per group, in the site's warm rice-paper tones. */
const PALETTES: Record<ArtGroup, readonly Palette[]> = {
  "thuc-pham": [
    {
      bg: "#fbf3dc",
      bg2: "#f3e2b3",
      main: "#c98a2b",
      second: "#e4572e",
      accent: "#5b8c3a",
      ink: "#6b4a1e",
    },
    {
      bg: "#f6f1e1",
      bg2: "#e8dcb5",
      main: "#b07d3c",
      second: "#f2a541",
      accent: "#3f7d3a",
      ink: "#5a3d1a",
    },
    {
      bg: "#fdf0e6",
      bg2: "#f5d9bd",
      main: "#a8652d",
      second: "#d94f3d",
      accent: "#6a994e",
      ink: "#4f3420",
    },
  ],
  "do-uong": [
    {
      bg: "#eef5ec",
      bg2: "#d5e6cf",
      main: "#7a4b2a",
      second: "#c8963e",
      accent: "#3d7a4f",
      ink: "#3b2616",
    },
    {
      bg: "#f3eee6",
      bg2: "#e2d6c2",
      main: "#8c3b2f",
      second: "#d9a441",
      accent: "#4f772d",
      ink: "#3a1f18",
    },
    {
      bg: "#eaf1f4",
      bg2: "#cfe0e7",
      main: "#2f5d62",
      second: "#e0a458",
      accent: "#5e8c61",
      ink: "#1e3a3d",
    },
  ],
  "thao-duoc": [
    {
      bg: "#eef6e8",
      bg2: "#d6e9c8",
      main: "#3e7b3a",
      second: "#7fb069",
      accent: "#e6aa68",
      ink: "#234d20",
    },
    {
      bg: "#f1f4e4",
      bg2: "#dde5bf",
      main: "#55803b",
      second: "#a3b86c",
      accent: "#c9733c",
      ink: "#2f4a1f",
    },
    {
      bg: "#e9f3ef",
      bg2: "#c9e2d7",
      main: "#2d6a4f",
      second: "#74c69d",
      accent: "#d4a373",
      ink: "#1b4332",
    },
  ],
  "thu-cong-my-nghe": [
    {
      bg: "#f4ece4",
      bg2: "#e6d3c1",
      main: "#2b4c7e",
      second: "#c0392b",
      accent: "#e9b44c",
      ink: "#1d2f4f",
    },
    {
      bg: "#f5efe6",
      bg2: "#e7d8c4",
      main: "#8e4a2f",
      second: "#2e5e4e",
      accent: "#d9a84e",
      ink: "#4a2617",
    },
    {
      bg: "#efeaf2",
      bg2: "#dcd0e2",
      main: "#5b3a7a",
      second: "#d1495b",
      accent: "#edae49",
      ink: "#2f1d40",
    },
  ],
  "sinh-vat-canh": [
    {
      bg: "#fdeef0",
      bg2: "#f6d3d9",
      main: "#e56b8a",
      second: "#f7b538",
      accent: "#4c956c",
      ink: "#6d2e46",
    },
    {
      bg: "#fff4e6",
      bg2: "#fde2c2",
      main: "#f08a24",
      second: "#e63946",
      accent: "#2a9d8f",
      ink: "#7a3e10",
    },
    {
      bg: "#f1eef8",
      bg2: "#ddd5ef",
      main: "#9b5de5",
      second: "#f15bb5",
      accent: "#3a7d44",
      ink: "#3c1f66",
    },
  ],
  "du-lich": [
    {
      bg: "#e8f3fb",
      bg2: "#c9e3f5",
      main: "#3c6e71",
      second: "#90be6d",
      accent: "#f9c74f",
      ink: "#284b63",
    },
    {
      bg: "#fdf1e3",
      bg2: "#f9d7b0",
      main: "#6d597a",
      second: "#b56576",
      accent: "#f4a261",
      ink: "#355070",
    },
    {
      bg: "#eaf4f0",
      bg2: "#cde7dc",
      main: "#2a6f62",
      second: "#8ab17d",
      accent: "#e9c46a",
      ink: "#264653",
    },
  ],
};

/** Sets whose subject has colours of its own (tea greens, coffee browns, bright juice). */
const SET_PALETTES: Partial<Record<ArtSet, readonly Palette[]>> = {
  che: [
    {
      bg: "#eef5e6",
      bg2: "#d8e8c6",
      main: "#f4efe2",
      second: "#b9c46a",
      accent: "#4f8a3c",
      ink: "#3d5a2a",
    },
    {
      bg: "#f3f1e4",
      bg2: "#e1dcc0",
      main: "#8fb8a8",
      second: "#c8b95a",
      accent: "#3f7d3a",
      ink: "#2f4a3a",
    },
    {
      bg: "#eaf2ea",
      bg2: "#cfe2cf",
      main: "#c96f4a",
      second: "#a9bf5b",
      accent: "#2d6a4f",
      ink: "#3b2a1e",
    },
  ],
  "ca-phe-ca-cao": [
    {
      bg: "#f6efe6",
      bg2: "#e6d5c0",
      main: "#6f4326",
      second: "#c7782e",
      accent: "#5b8c3a",
      ink: "#2e1a0f",
    },
    {
      bg: "#f3ece3",
      bg2: "#dfcdb7",
      main: "#8a5a3b",
      second: "#d9a441",
      accent: "#4f772d",
      ink: "#3a2212",
    },
    {
      bg: "#f8f0e3",
      bg2: "#ead8bd",
      main: "#5a3a22",
      second: "#b5562f",
      accent: "#6a994e",
      ink: "#24140a",
    },
  ],
  "do-uong-khong-con": [
    {
      bg: "#fff6e5",
      bg2: "#fde3b8",
      main: "#f28c28",
      second: "#f6a623",
      accent: "#58a55c",
      ink: "#6b3e10",
    },
    {
      bg: "#fdeef0",
      bg2: "#f7d2d8",
      main: "#e2586a",
      second: "#e94f64",
      accent: "#6aa84f",
      ink: "#5e1f2b",
    },
    {
      bg: "#eef7ea",
      bg2: "#d3ebc8",
      main: "#7cb342",
      second: "#9ccc65",
      accent: "#f2b134",
      ink: "#2f5019",
    },
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
    .map(
      (k) =>
        `<ellipse cx="${cx}" cy="${f(cy)}" rx="${f(rx * k)}" ry="${f(ry * k)}" fill="none" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="2"/>`,
    )
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

function groundLeaves(p: Palette, r: Random): string {
  const leaves: string[] = [];
  for (let i = 0; i < r.int(3, 5); i++) {
    leaves.push(
      `<path d="${leafPath(r.range(60, 340), r.range(300, 340), r.range(40, 70), r.range(10, 18), r.range(-150, -30))}" fill="${p.accent}" opacity="0.85"/>`,
    );
  }
  return `<rect y="320" width="${SIZE}" height="80" fill="${p.bg2}"/>` + leaves.join("");
}

/** A labelled bottle standing on the ground line. */
function bottle(p: Palette, r: Random): string {
  const w = r.range(90, 120);
  const h = r.range(190, 230);
  const x = 200 - w / 2;
  const top = 320 - h;
  const neckW = w * 0.34;
  const label = r.range(0.35, 0.55);
  return (
    `<rect x="${f(200 - neckW / 2)}" y="${f(top - 50)}" width="${f(neckW)}" height="70" rx="6" fill="${p.main}"/>` +
    `<rect x="${f(200 - neckW / 2 - 3)}" y="${f(top - 62)}" width="${f(neckW + 6)}" height="18" rx="4" fill="${p.ink}"/>` +
    `<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.28)}" fill="${p.main}"/>` +
    `<rect x="${f(x + 10)}" y="${f(top + h * label)}" width="${f(w - 20)}" height="${f(h * 0.28)}" rx="6" fill="${p.bg}"/>` +
    `<circle cx="200" cy="${f(top + h * label + h * 0.14)}" r="${f(w * 0.14)}" fill="${p.second}"/>` +
    `<rect x="${f(x + 12)}" y="${f(top + 14)}" width="10" height="${f(h * 0.3)}" rx="5" fill="#fff" opacity="0.25"/>`
  );
}

/** A handleless tea cup on a saucer, steaming. */
function teaCup(p: Palette, r: Random): string {
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
    steam.join("") +
    `<ellipse cx="200" cy="322" rx="${f(cw * 0.75)}" ry="16" fill="${p.second}"/>` +
    `<path d="M${f(200 - cw / 2)} ${f(cy)} h${f(cw)} q-6 80 -${f(cw * 0.2)} 88 h-${f(cw * 0.6)} q-${f(cw * 0.2 - 6)} -8 -${f(cw * 0.2)} -88Z" fill="${p.main}"/>` +
    `<ellipse cx="200" cy="${f(cy)}" rx="${f(cw / 2)}" ry="14" fill="${p.ink}"/>` +
    `<ellipse cx="200" cy="${f(cy + 2)}" rx="${f(cw / 2 - 8)}" ry="9" fill="${p.second}"/>`
  );
}

/** A bottle or a tea cup, with leaves or steam. */
function drink(p: Palette, r: Random): string {
  const ground = groundLeaves(p, r);
  return ground + (r.next() < 0.5 ? bottle(p, r) : teaCup(p, r));
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

const RICE = "#fffaf0";
const WATER = "#cfe8f3";
const BURLAP = "#ecdcb4";
const GLASS = "#ffffff";

function scatter(count: number, draw: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => draw(i)).join("");
}

/** A ground line with a few leaves lying on it, drawn under the object. */
function table(p: Palette): string {
  return `<rect y="320" width="${SIZE}" height="80" fill="${p.bg2}"/>`;
}

function grain(x: number, y: number, angle: number): string {
  return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="6" ry="3" fill="${RICE}" stroke="#c9b88f" stroke-width="1" transform="rotate(${f(angle)} ${f(x)} ${f(y)})"/>`;
}

function honeyJar(p: Palette, r: Random): string {
  const w = r.range(140, 165);
  const h = r.range(150, 175);
  const x = 200 - w / 2;
  const top = 318 - h;
  const cells = scatter(3, (i) => {
    const cx = 200 + (i - 1) * 26;
    const cy = top + h * 0.55 + (i % 2) * 12;
    return `<path d="M${f(cx - 12)} ${f(cy)} l6 -10 h12 l6 10 l-6 10 h-12Z" fill="${p.main}" opacity="0.8"/>`;
  });
  const dipperAngle = r.range(20, 35);
  return (
    `<g transform="rotate(${f(dipperAngle)} 300 300)"><rect x="292" y="170" width="10" height="120" rx="5" fill="${p.ink}"/>` +
    `<ellipse cx="297" cy="170" rx="18" ry="24" fill="${p.main}"/>` +
    `<path d="M281 165 h32 M281 175 h32" stroke="${p.ink}" stroke-width="3" stroke-opacity="0.5"/></g>` +
    `<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" rx="${f(w * 0.22)}" fill="${p.main}"/>` +
    `<rect x="${f(x + 14)}" y="${f(top + 20)}" width="12" height="${f(h * 0.5)}" rx="6" fill="#fff" opacity="0.3"/>` +
    `<rect x="${f(x + w * 0.16)}" y="${f(top + h * 0.35)}" width="${f(w * 0.68)}" height="${f(h * 0.42)}" rx="10" fill="${p.bg}"/>` +
    cells +
    `<path d="M${f(x - 6)} ${f(top + 6)} h${f(w + 12)} l-10 -26 h-${f(w - 8)}Z" fill="${p.second}"/>` +
    `<rect x="${f(x + 4)}" y="${f(top + 2)}" width="${f(w - 8)}" height="7" rx="3" fill="${p.ink}"/>` +
    `<path d="M${f(x + w * 0.7)} ${f(top + 8)} q4 22 0 32 a5 5 0 0 0 10 0 q-4 -10 0 -32Z" fill="${p.main}"/>`
  );
}

function riceSack(p: Palette, r: Random): string {
  const w = r.range(170, 200);
  const x = 200 - w / 2;
  const top = r.range(120, 140);
  const sack =
    `M${f(x + 20)} 320 Q${f(x - 10)} 250 ${f(x + 30)} ${f(top + 60)} Q${f(200 - 30)} ${f(top + 35)} ${f(200 - 24)} ${f(top + 20)} ` +
    `L${f(200 + 24)} ${f(top + 20)} Q${f(200 + 30)} ${f(top + 35)} ${f(x + w - 30)} ${f(top + 60)} Q${f(x + w + 10)} 250 ${f(x + w - 20)} 320Z`;
  const weave = scatter(4, (i) => {
    const y = top + 90 + i * ((300 - top - 90) / 3);
    return `<path d="M${f(x + 8)} ${f(y)} Q200 ${f(y + 8)} ${f(x + w - 8)} ${f(y)}" fill="none" stroke="${p.main}" stroke-opacity="0.35" stroke-width="3"/>`;
  });
  const pile = scatter(r.int(22, 32), () =>
    grain(200 + r.range(60, 170), 322 + r.range(-14, 12), r.range(0, 180)),
  );
  return (
    table(p) +
    `<path d="${sack}" fill="${BURLAP}" stroke="${p.main}" stroke-width="5" stroke-linejoin="round"/>` +
    weave +
    `<path d="M${f(200 - 34)} ${f(top)} q34 -26 68 0 l-10 20 h-48Z" fill="${BURLAP}" stroke="${p.main}" stroke-width="5" stroke-linejoin="round"/>` +
    `<rect x="${f(200 - 30)}" y="${f(top + 14)}" width="60" height="10" rx="5" fill="${p.second}"/>` +
    `<ellipse cx="${f(200 + 110)}" cy="328" rx="62" ry="14" fill="${RICE}"/>` +
    pile +
    `<circle cx="200" cy="${f(top + 150)}" r="26" fill="${p.accent}" opacity="0.8"/>` +
    `<path d="${leafPath(190, top + 160, 26, 7, -60)}" fill="${p.bg}"/><path d="${leafPath(206, top + 162, 22, 6, -120)}" fill="${p.bg}"/>`
  );
}

function riceBowl(p: Palette, r: Random): string {
  const cy = r.range(225, 240);
  const w = r.range(220, 250);
  const grains = scatter(r.int(26, 36), () => {
    const a = r.range(Math.PI, Math.PI * 2);
    const d = r.next();
    return grain(
      200 + Math.cos(a) * d * (w / 2 - 24),
      cy + Math.sin(a) * d * 60 + 2,
      r.range(0, 180),
    );
  });
  const band = scatter(
    6,
    (i) =>
      `<circle cx="${f(200 - w * 0.3 + i * w * 0.12)}" cy="${f(cy + 40)}" r="6" fill="${p.bg}"/>`,
  );
  return (
    table(p) +
    `<ellipse cx="200" cy="330" rx="${f(w * 0.42)}" ry="12" fill="${p.ink}" opacity="0.18"/>` +
    `<path d="M${f(200 - w / 2 + 20)} ${f(cy)} A${f(w / 2 - 20)} 66 0 0 1 ${f(200 + w / 2 - 20)} ${f(cy)}Z" fill="${RICE}"/>` +
    grains +
    `<path d="M${f(200 - w / 2)} ${f(cy)} h${f(w)} q-12 90 -${f(w * 0.28)} 96 h-${f(w * 0.44)} q-${f(w * 0.28 - 12)} -6 -${f(w * 0.28)} -96Z" fill="${p.second}"/>` +
    `<rect x="${f(200 - w / 2)}" y="${f(cy - 4)}" width="${f(w)}" height="10" rx="5" fill="${p.main}"/>` +
    band +
    `<rect x="170" y="${f(cy + 90)}" width="60" height="12" rx="4" fill="${p.main}"/>` +
    `<g transform="rotate(-16 300 ${f(cy)})"><rect x="230" y="${f(cy - 40)}" width="150" height="7" rx="3" fill="${p.ink}"/>` +
    `<rect x="230" y="${f(cy - 26)}" width="150" height="7" rx="3" fill="${p.ink}"/></g>`
  );
}

/** Honey, rice in a sack or rice in a bowl. */
function rawProduce(p: Palette, r: Random): string {
  const variant = r.int(0, 2);
  if (variant === 0) return table(p) + honeyJar(p, r);
  if (variant === 1) return riceSack(p, r);
  return riceBowl(p, r);
}

function giftBox(p: Palette, r: Random): string {
  const w = r.range(180, 210);
  const h = r.range(120, 150);
  const d = 46;
  const x = 200 - w / 2 - d / 2;
  const y = 320 - h;
  return (
    `<path d="M${f(x)} ${f(y)} l${d} -${d * 0.6} h${f(w)} l-${d} ${d * 0.6}Z" fill="${p.second}"/>` +
    `<path d="M${f(x + w)} ${f(y)} l${d} -${d * 0.6} v${f(h)} l-${d} ${d * 0.6}Z" fill="${p.ink}" opacity="0.75"/>` +
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${p.second}"/>` +
    `<rect x="${f(x + w * 0.42)}" y="${f(y)}" width="${f(w * 0.16)}" height="${f(h)}" fill="${p.main}"/>` +
    `<path d="M${f(x + w * 0.42)} ${f(y)} l${d} -${d * 0.6} h${f(w * 0.16)} l-${d} ${d * 0.6}Z" fill="${p.main}"/>` +
    `<circle cx="${f(x + w * 0.5)}" cy="${f(y + h * 0.5)}" r="${f(h * 0.2)}" fill="${p.bg}"/>` +
    `<path d="${leafPath(x + w * 0.5 - 12, y + h * 0.5 + 8, h * 0.26, 6, -45)}" fill="${p.accent}"/>` +
    `<path d="M${f(x + w * 0.5 + d / 2)} ${f(y - d * 0.3)} q-40 -40 -50 -6 q10 14 50 6 q40 -40 50 -6 q-10 14 -50 6Z" fill="${p.main}"/>`
  );
}

/** A square sticky-rice cake in banana leaves, tied with bamboo strips. */
function leafCake(p: Palette, r: Random): string {
  const s = r.range(170, 195);
  const x = 200 - s / 2;
  const y = 318 - s * 0.8;
  const h = s * 0.8;
  const tie = "#efe3c2";
  const leafVeins = scatter(
    5,
    (i) =>
      `<path d="M${f(x + 10)} ${f(y + 14 + i * h * 0.18)} h${f(s - 20)}" stroke="#fff" stroke-opacity="0.12" stroke-width="3"/>`,
  );
  return (
    `<ellipse cx="200" cy="326" rx="${f(s * 0.75)}" ry="20" fill="${p.accent}" opacity="0.55"/>` +
    `<rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(h)}" rx="10" fill="${p.accent}"/>` +
    `<rect x="${f(x + 8)}" y="${f(y + 8)}" width="${f(s - 16)}" height="${f(h - 16)}" rx="6" fill="#2f6b2a" opacity="0.35"/>` +
    leafVeins +
    `<rect x="${f(x + s * 0.3)}" y="${f(y - 2)}" width="9" height="${f(h + 4)}" fill="${tie}"/>` +
    `<rect x="${f(x + s * 0.66)}" y="${f(y - 2)}" width="9" height="${f(h + 4)}" fill="${tie}"/>` +
    `<rect x="${f(x - 2)}" y="${f(y + h * 0.3)}" width="${f(s + 4)}" height="9" fill="${tie}"/>` +
    `<rect x="${f(x - 2)}" y="${f(y + h * 0.64)}" width="${f(s + 4)}" height="9" fill="${tie}"/>` +
    `<path d="M${f(x + s * 0.66 + 4)} ${f(y)} q20 -30 40 -20 M${f(x + s * 0.66 + 4)} ${f(y)} q-8 -34 14 -40" fill="none" stroke="${tie}" stroke-width="6" stroke-linecap="round"/>`
  );
}

/** A gift box of packaged food, or a leaf-wrapped cake. */
function processedFood(p: Palette, r: Random): string {
  return (
    table(p) +
    (r.next() < 0.5 ? giftBox(p, r) : leafCake(p, r)) +
    scatter(
      r.int(1, 3),
      () =>
        `<path d="${leafPath(r.range(40, 110), r.range(330, 360), r.range(40, 55), 11, r.range(-40, 10))}" fill="${p.accent}" opacity="0.85"/>`,
    )
  );
}

function chili(
  x: number,
  y: number,
  angle: number,
  length: number,
  color: string,
  stem: string,
): string {
  return (
    `<g transform="rotate(${f(angle)} ${f(x)} ${f(y)})">` +
    `<path d="M${f(x)} ${f(y)} q${f(length * 0.5)} 8 ${f(length)} 28" fill="none" stroke="${color}" stroke-width="14" stroke-linecap="round"/>` +
    `<path d="M${f(x - 4)} ${f(y)} q-10 -4 -14 -14" fill="none" stroke="${stem}" stroke-width="5" stroke-linecap="round"/></g>`
  );
}

function chilies(p: Palette, r: Random, cx: number, cy: number, count: number): string {
  return scatter(count, () =>
    chili(
      cx + r.range(-40, 40),
      cy + r.range(-10, 10),
      r.range(-30, 30),
      r.range(50, 70),
      r.pick([p.second, "#c62828", p.second]),
      p.accent,
    ),
  );
}

/** A bottle of fish sauce, or a bowl of peppercorns, with chilies. */
function spices(p: Palette, r: Random): string {
  if (r.next() < 0.5) {
    const w = r.range(62, 76);
    const h = r.range(170, 200);
    const x = 150 - w / 2;
    const top = 318 - h;
    return (
      table(p) +
      `<rect x="${f(150 - 11)}" y="${f(top - 50)}" width="22" height="60" rx="5" fill="${p.main}"/>` +
      `<rect x="${f(150 - 14)}" y="${f(top - 62)}" width="28" height="16" rx="4" fill="${p.second}"/>` +
      `<path d="M${f(x)} ${f(top + 30)} q0 -30 ${f(w / 2 - 11)} -34 h22 q${f(w / 2 - 11)} 4 ${f(w / 2 - 11)} 34 v${f(h - 40)} q0 10 -10 10 h-${f(w - 20)} q-10 0 -10 -10Z" fill="${p.main}"/>` +
      `<rect x="${f(x + 8)}" y="${f(top + h * 0.4)}" width="${f(w - 16)}" height="${f(h * 0.3)}" rx="5" fill="${p.bg}"/>` +
      `<path d="M${f(x + w / 2 - 12)} ${f(top + h * 0.55)} l12 -14 l12 14 l-12 14Z" fill="${p.second}"/>` +
      `<rect x="${f(x + 9)}" y="${f(top + 20)}" width="8" height="${f(h * 0.3)}" rx="4" fill="#fff" opacity="0.3"/>` +
      `<ellipse cx="270" cy="318" rx="78" ry="16" fill="${p.bg}" stroke="${p.ink}" stroke-opacity="0.3" stroke-width="3"/>` +
      chilies(p, r, 250, 292, r.int(3, 5))
    );
  }
  const cy = r.range(250, 262);
  const pepper = scatter(r.int(30, 40), () => {
    const a = r.range(Math.PI, Math.PI * 2);
    const d = Math.sqrt(r.next());
    const x = 180 + Math.cos(a) * d * 78;
    const y = cy + Math.sin(a) * d * 34;
    return `<circle cx="${f(x)}" cy="${f(y)}" r="7" fill="${p.ink}"/><circle cx="${f(x - 2)}" cy="${f(y - 2)}" r="2" fill="#fff" opacity="0.3"/>`;
  });
  const loose = scatter(
    r.int(4, 8),
    () =>
      `<circle cx="${f(r.range(70, 330))}" cy="${f(r.range(334, 370))}" r="6" fill="${p.ink}"/>`,
  );
  return (
    table(p) +
    `<ellipse cx="180" cy="${f(cy)}" rx="86" ry="36" fill="${p.ink}" opacity="0.85"/>` +
    pepper +
    `<path d="M90 ${f(cy)} h180 q-8 70 -90 70 q-82 0 -90 -70Z" fill="${p.main}"/>` +
    `<path d="M104 ${f(cy + 16)} h152" stroke="${p.bg}" stroke-opacity="0.4" stroke-width="4"/>` +
    loose +
    chilies(p, r, 300, 300, r.int(2, 4))
  );
}

/** A tea cup with steam, tea leaves, and sometimes a teapot behind it. */
function tea(p: Palette, r: Random): string {
  const pot = r.next() < 0.5;
  const sprig = (x: number, y: number, angle: number) =>
    `<path d="M${f(x)} ${f(y)} l${f(Math.cos((angle * Math.PI) / 180) * 80)} ${f(Math.sin((angle * Math.PI) / 180) * 80)}" stroke="${p.ink}" stroke-width="3"/>` +
    scatter(4, (i) => {
      const t = 0.25 + i * 0.22;
      const bx = x + Math.cos((angle * Math.PI) / 180) * 80 * t;
      const by = y + Math.sin((angle * Math.PI) / 180) * 80 * t;
      return `<path d="${leafPath(bx, by, 46 - i * 6, 12, angle + (i % 2 ? 50 : -50))}" fill="${i % 2 ? p.accent : p.second}"/>`;
    });
  const teapot = pot
    ? `<g opacity="0.95"><path d="M262 250 q-22 -50 8 -70 h70 q30 20 8 70Z" fill="${p.second}"/>` +
      `<rect x="284" y="168" width="42" height="14" rx="6" fill="${p.ink}"/><circle cx="305" cy="164" r="7" fill="${p.ink}"/>` +
      `<path d="M262 210 q-30 -6 -38 -30" fill="none" stroke="${p.second}" stroke-width="10" stroke-linecap="round"/>` +
      `<path d="M346 196 q26 4 14 36" fill="none" stroke="${p.second}" stroke-width="8"/></g>`
    : "";
  const loose = scatter(
    r.int(3, 5),
    () =>
      `<path d="${leafPath(r.range(40, 360), r.range(336, 372), r.range(26, 40), r.range(8, 12), r.range(-180, 0))}" fill="${p.accent}" opacity="0.9"/>`,
  );
  return (
    table(p) +
    teapot +
    sprig(r.range(40, 70), r.range(200, 240), r.range(-60, -35)) +
    `<g transform="translate(${pot ? -40 : 0} 0)">${teaCup(p, r)}</g>` +
    loose
  );
}

function bean(x: number, y: number, angle: number, color: string, line: string): string {
  return (
    `<g transform="rotate(${f(angle)} ${f(x)} ${f(y)})"><ellipse cx="${f(x)}" cy="${f(y)}" rx="13" ry="9" fill="${color}"/>` +
    `<path d="M${f(x - 10)} ${f(y)} q5 -4 10 0 q5 4 10 0" fill="none" stroke="${line}" stroke-width="2"/></g>`
  );
}

/** A glass under a phin filter, or a cup with a cocoa pod, among coffee beans. */
function coffee(p: Palette, r: Random): string {
  const beans = scatter(r.int(8, 14), () =>
    bean(r.range(30, 370), r.range(330, 380), r.range(0, 180), p.main, p.ink),
  );
  if (r.next() < 0.5) {
    const gw = r.range(110, 126);
    const gx = 200 - gw / 2;
    const milk = r.range(0.18, 0.3);
    const metal = "#c9ccd1";
    return (
      table(p) +
      `<path d="M${f(gx)} 200 h${f(gw)} l-8 120 h-${f(gw - 16)}Z" fill="${GLASS}" opacity="0.55"/>` +
      `<path d="M${f(gx + 3)} 236 h${f(gw - 6)} l-${f(5.6)} ${f(84 * (1 - milk))} h-${f(gw - 17)}Z" fill="${p.ink}"/>` +
      `<path d="M${f(gx + 6 + 84 * (1 - milk) * 0.067)} ${f(236 + 84 * (1 - milk))} h${f(gw - 18)} l-3 ${f(84 * milk)} h-${f(gw - 24)}Z" fill="${p.bg2}"/>` +
      `<rect x="${f(gx + 10)}" y="206" width="8" height="100" rx="4" fill="#fff" opacity="0.5"/>` +
      `<ellipse cx="200" cy="200" rx="${f(gw / 2 + 22)}" ry="10" fill="${metal}"/>` +
      `<path d="M158 198 l6 -70 h72 l6 70Z" fill="${metal}"/>` +
      `<path d="M166 140 h68" stroke="#9aa0a6" stroke-width="3"/>` +
      `<rect x="156" y="114" width="88" height="16" rx="6" fill="#9aa0a6"/><rect x="190" y="102" width="20" height="14" rx="4" fill="#9aa0a6"/>` +
      `<path d="M200 212 q-6 9 0 13 q6 -4 0 -13Z" fill="${p.ink}"/>` +
      beans
    );
  }
  const pod =
    `<g transform="rotate(${f(r.range(-30, -15))} 300 260)"><ellipse cx="300" cy="260" rx="40" ry="74" fill="${p.second}"/>` +
    scatter(
      3,
      (i) =>
        `<path d="M${f(286 + i * 14)} 192 q${f((i - 1) * 8)} 68 0 136" fill="none" stroke="${p.ink}" stroke-opacity="0.3" stroke-width="3"/>`,
    ) +
    `<rect x="294" y="176" width="12" height="22" rx="4" fill="${p.accent}"/></g>`;
  return (
    table(p) +
    pod +
    `<ellipse cx="160" cy="320" rx="110" ry="18" fill="${p.bg}" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="3"/>` +
    `<path d="M232 240 q44 4 30 44 q-8 18 -34 18" fill="none" stroke="${p.main}" stroke-width="12"/>` +
    `<path d="M80 228 h160 q-4 86 -50 90 h-60 q-46 -4 -50 -90Z" fill="${p.main}"/>` +
    `<ellipse cx="160" cy="228" rx="80" ry="13" fill="${p.ink}"/>` +
    `<path d="M136 214 q-12 -22 2 -42 q12 -20 0 -40 M180 214 q-12 -22 2 -42 q12 -20 0 -40" fill="none" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="5" stroke-linecap="round"/>` +
    beans
  );
}

/** A jar of spirits: a bottle or a round earthenware jar with a cloth-tied stopper. */
function spirits(p: Palette, r: Random): string {
  const ground = groundLeaves(p, r);
  if (r.next() < 0.5) return ground + bottle(p, r);
  const w = r.range(190, 220);
  const top = r.range(130, 150);
  return (
    ground +
    `<path d="M${f(200 - w * 0.2)} ${f(top + 20)} C${f(200 - w * 0.6)} ${f(top + 60)} ${f(200 - w * 0.6)} 300 ${f(200 - w * 0.3)} 322 h${f(w * 0.6)} C${f(200 + w * 0.6)} 300 ${f(200 + w * 0.6)} ${f(top + 60)} ${f(200 + w * 0.2)} ${f(top + 20)}Z" fill="${p.main}"/>` +
    `<path d="M${f(200 - w * 0.44)} ${f(top + 130)} h${f(w * 0.88)}" stroke="${p.second}" stroke-width="10"/>` +
    `<path d="M${f(200 - w * 0.46)} ${f(top + 150)} h${f(w * 0.92)}" stroke="${p.second}" stroke-width="4"/>` +
    `<rect x="${f(200 - w * 0.3)}" y="${f(top + 30)}" width="12" height="${f(w * 0.5)}" rx="6" fill="#fff" opacity="0.2"/>` +
    `<rect x="${f(200 - w * 0.22)}" y="${f(top + 8)}" width="${f(w * 0.44)}" height="18" rx="6" fill="${p.ink}"/>` +
    `<path d="M${f(200 - w * 0.2)} ${f(top + 10)} q${f(w * 0.2)} -50 ${f(w * 0.4)} 0Z" fill="${p.second}"/>` +
    `<path d="M${f(200 - w * 0.22)} ${f(top + 8)} h${f(w * 0.44)}" stroke="${p.accent}" stroke-width="5"/>` +
    `<path d="M${f(200 + w * 0.2)} ${f(top + 8)} q18 10 14 34 M${f(200 + w * 0.2)} ${f(top + 8)} q26 0 30 24" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/>`
  );
}

/** A glass of juice with ice, a straw and a slice of fruit. */
function juice(p: Palette, r: Random): string {
  const gw = r.range(120, 140);
  const gx = 200 - gw / 2;
  const top = r.range(120, 140);
  const level = top + r.range(28, 40);
  const juiceColor = r.pick([p.second, "#f4a024", "#e85d4a", "#8bc34a"]);
  // The glass narrows by 12 on each side from rim to foot; the juice follows it.
  const inset = (12 * (level - top)) / (322 - top);
  const ice = scatter(
    3,
    (i) =>
      `<rect x="${f(gx + 14 + (i * (gw - 50)) / 2)}" y="${f(level + 6 + (i % 2) * 22)}" width="30" height="30" rx="6" fill="#fff" opacity="0.45" transform="rotate(${f(r.range(-15, 15))} ${f(gx + 29 + (i * (gw - 50)) / 2)} ${f(level + 21)})"/>`,
  );
  const sx = gx + gw - 10;
  const sy = top - 10;
  const sliceR = 32;
  const segments = scatter(6, (i) => {
    const a = (i / 6) * Math.PI;
    return `<path d="M${f(sx)} ${f(sy)} L${f(sx - Math.cos(a) * (sliceR - 6))} ${f(sy - Math.sin(a) * (sliceR - 6))}" stroke="#fff" stroke-width="2" stroke-opacity="0.7"/>`;
  });
  return (
    groundLeaves(p, r) +
    `<path d="M${f(gx + gw * 0.6)} ${f(level - 10)} L${f(gx + gw * 0.85)} ${f(top - 70)} l18 -4" fill="none" stroke="${p.accent}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="M${f(gx)} ${f(top)} h${f(gw)} l-12 ${f(322 - top)} h-${f(gw - 24)}Z" fill="${GLASS}" opacity="0.55"/>` +
    `<path d="M${f(gx + 3 + inset)} ${f(level)} h${f(gw - 6 - 2 * inset)} L${f(gx + gw - 14)} 320 h-${f(gw - 28)}Z" fill="${juiceColor}"/>` +
    ice +
    `<rect x="${f(gx + 10)}" y="${f(top + 8)}" width="8" height="${f((322 - top) * 0.7)}" rx="4" fill="#fff" opacity="0.5"/>` +
    `<path d="M${f(sx - sliceR)} ${f(sy)} A${sliceR} ${sliceR} 0 0 1 ${f(sx + sliceR)} ${f(sy)}Z" fill="${p.accent}"/>` +
    `<path d="M${f(sx - sliceR + 5)} ${f(sy)} A${sliceR - 5} ${sliceR - 5} 0 0 1 ${f(sx + sliceR - 5)} ${f(sy)}Z" fill="${juiceColor}"/>` +
    segments
  );
}

function soapBar(p: Palette, x: number, y: number): string {
  return (
    `<rect x="${f(x)}" y="${f(y)}" width="120" height="52" rx="16" fill="${p.accent}"/>` +
    `<rect x="${f(x)}" y="${f(y)}" width="120" height="16" rx="8" fill="#fff" opacity="0.25"/>` +
    `<path d="${leafPath(x + 36, y + 34, 50, 11, -10)}" fill="#fff" opacity="0.45"/>`
  );
}

/** A jar of cream and a bar of soap among leaves. */
function cosmetics(p: Palette, r: Random): string {
  const leaves = scatter(
    r.int(5, 7),
    (i) =>
      `<path d="${leafPath(200 + r.range(-40, 40), 250, r.range(110, 150), r.range(20, 28), -160 + i * 25 + r.range(-6, 6))}" fill="${i % 2 ? p.main : p.second}"/>`,
  );
  const open = r.next() < 0.5;
  const jw = r.range(150, 170);
  const jx = 150 - jw / 2;
  const jtop = 236;
  const lid = open
    ? `<rect x="246" y="240" width="100" height="30" rx="9" fill="${p.ink}"/>` +
      `<ellipse cx="150" cy="${f(jtop)}" rx="${f(jw / 2 - 6)}" ry="12" fill="#fffdf6"/>` +
      `<path d="M134 ${f(jtop - 2)} q16 -24 30 -4" fill="none" stroke="#ece3d0" stroke-width="6" stroke-linecap="round"/>`
    : `<rect x="${f(jx - 4)}" y="${f(jtop - 34)}" width="${f(jw + 8)}" height="40" rx="10" fill="${p.ink}"/>` +
      `<rect x="${f(jx + 6)}" y="${f(jtop - 28)}" width="${f(jw - 12)}" height="6" rx="3" fill="#fff" opacity="0.2"/>`;
  return (
    table(p) +
    leaves +
    `<rect x="${f(jx)}" y="${f(jtop)}" width="${f(jw)}" height="${f(322 - jtop)}" rx="18" fill="#fffaf2" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="3"/>` +
    `<rect x="${f(jx)}" y="${f(jtop + 26)}" width="${f(jw)}" height="34" fill="${p.second}"/>` +
    `<path d="${leafPath(150 - 16, jtop + 43, 34, 8, 0)}" fill="#fffaf2"/>` +
    `<rect x="${f(jx + 10)}" y="${f(jtop + 8)}" width="10" height="60" rx="5" fill="#fff" opacity="0.5"/>` +
    soapBar(p, 236, 270) +
    lid
  );
}

/** A dropper bottle of essential oil with a sprig of leaves and falling drops. */
function essentialOil(p: Palette, r: Random): string {
  const w = r.range(96, 112);
  const h = r.range(130, 150);
  const x = 200 - w / 2;
  const top = 322 - h;
  const glass = r.pick(["#a0522d", "#8a5a2b", "#3f6e8c"]);
  const stalk = scatter(r.int(5, 7), (i) => {
    const y = 90 + i * 34;
    return (
      `<path d="${leafPath(300, y, r.range(48, 64), 12, -20 - r.range(0, 20))}" fill="${p.main}"/>` +
      `<path d="${leafPath(300, y + 14, r.range(48, 64), 12, -160 + r.range(0, 20))}" fill="${p.second}"/>`
    );
  });
  const drops = scatter(r.int(1, 2), (i) => {
    const dx = 110 - i * 28;
    const dy = 150 + i * 60;
    return `<path d="M${dx} ${dy} q-12 18 0 26 q12 -8 0 -26Z" fill="${p.accent}" opacity="0.85"/>`;
  });
  return (
    table(p) +
    `<path d="M300 322 V80" stroke="${p.ink}" stroke-width="5"/>` +
    stalk +
    `<path d="M${f(x)} ${f(top + 40)} q0 -30 ${f(w * 0.3)} -36 h${f(w * 0.4)} q${f(w * 0.3)} 6 ${f(w * 0.3)} 36 v${f(h - 50)} q0 10 -10 10 h-${f(w - 20)} q-10 0 -10 -10Z" fill="${glass}"/>` +
    `<rect x="${f(x + 12)}" y="${f(top + 30)}" width="10" height="${f(h * 0.5)}" rx="5" fill="#fff" opacity="0.3"/>` +
    `<rect x="${f(x + 12)}" y="${f(top + h * 0.45)}" width="${f(w - 24)}" height="${f(h * 0.35)}" rx="6" fill="${p.bg}"/>` +
    `<path d="${leafPath(200 - 18, top + h * 0.62, 36, 9, -15)}" fill="${p.main}"/>` +
    `<rect x="${f(200 - w * 0.26)}" y="${f(top - 24)}" width="${f(w * 0.52)}" height="26" rx="4" fill="${p.ink}"/>` +
    `<path d="M${f(200 - w * 0.15)} ${f(top - 24)} v-30 a${f(w * 0.15)} ${f(w * 0.15)} 0 0 1 ${f(w * 0.3)} 0 v30Z" fill="${p.ink}" opacity="0.85"/>` +
    drops
  );
}

function brocadeBand(
  x: number,
  y: number,
  w: number,
  h: number,
  colors: readonly string[],
  style: number,
): string {
  const step = h * 1.1;
  const count = Math.floor(w / step);
  const shapes: string[] = [];
  for (let i = 0; i < count; i++) {
    const cx = x + step * (i + 0.5) + (w - count * step) / 2;
    const color = colors[i % colors.length] ?? "#fff";
    if (style === 0) {
      shapes.push(
        `<path d="M${f(cx)} ${f(y + 2)} l${f(step / 2 - 2)} ${f(h / 2 - 2)} l-${f(step / 2 - 2)} ${f(h / 2 - 2)} l-${f(step / 2 - 2)} -${f(h / 2 - 2)}Z" fill="${color}"/>`,
      );
    } else if (style === 1) {
      shapes.push(
        `<path d="M${f(cx - step / 2)} ${f(y + h - 3)} l${f(step / 2)} -${f(h - 6)} l${f(step / 2)} ${f(h - 6)}" fill="none" stroke="${color}" stroke-width="4"/>`,
      );
    } else {
      shapes.push(
        `<rect x="${f(cx - h * 0.25)}" y="${f(y + h * 0.25)}" width="${f(h * 0.5)}" height="${f(h * 0.5)}" fill="${color}" transform="rotate(45 ${f(cx)} ${f(y + h / 2)})"/>` +
          `<circle cx="${f(cx)}" cy="${f(y + h / 2)}" r="${f(h * 0.1)}" fill="${colors[(i + 1) % colors.length] ?? "#fff"}"/>`,
      );
    }
  }
  return shapes.join("");
}

/** A stack of folded brocade cloths with geometric bands. */
function brocade(p: Palette, r: Random): string {
  const layers = r.int(3, 4);
  const lh = r.range(52, 60);
  const w = r.range(250, 280);
  const bottomY = 322;
  const fills = [p.main, p.second, p.ink, p.main];
  const cloths: string[] = [];
  for (let i = 0; i < layers; i++) {
    const y = bottomY - (i + 1) * lh;
    const x = 200 - w / 2 + r.range(-12, 12);
    const fill = fills[(i + r.int(0, 1)) % fills.length] ?? p.main;
    const band = fill === p.second ? p.main : p.second;
    const style = r.int(0, 2);
    cloths.push(
      `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(lh - 2)}" rx="${f(lh / 2.4)}" fill="${fill}"/>` +
        `<rect x="${f(x + 6)}" y="${f(y + lh * 0.28)}" width="${f(w - 12)}" height="${f(lh * 0.42)}" fill="${band}"/>` +
        brocadeBand(x + 10, y + lh * 0.28, w - 20, lh * 0.42, [p.accent, p.bg, p.accent], style) +
        `<path d="M${f(x + 8)} ${f(y + lh * 0.16)} h${f(w - 16)} M${f(x + 8)} ${f(y + lh * 0.82)} h${f(w - 16)}" stroke="${p.accent}" stroke-width="3" stroke-dasharray="6 5"/>` +
        `<rect x="${f(x + w - 22)}" y="${f(y + 4)}" width="10" height="${f(lh - 10)}" rx="5" fill="#fff" opacity="0.15"/>`,
    );
  }
  const fringe = scatter(
    12,
    (i) =>
      `<path d="M${f(200 - w / 2 + 20 + i * 8)} 322 v${f(r.range(14, 22))}" stroke="${p.accent}" stroke-width="3" stroke-linecap="round"/>`,
  );
  return (
    `<rect y="322" width="${SIZE}" height="78" fill="${p.bg2}"/>` +
    `<ellipse cx="200" cy="326" rx="${f(w * 0.58)}" ry="10" fill="${p.ink}" opacity="0.2"/>` +
    fringe +
    cloths.join("")
  );
}

function fishBowl(p: Palette, r: Random): string {
  const clipId = `bowl-${r.int(0, 1e9).toString(36)}`;
  const cy = 210;
  const rad = 118;
  const fish = scatter(r.int(1, 3), (i) => {
    const fx = 200 + r.range(-60, 50);
    const fy = cy + r.range(-20, 50) - i * 10;
    const dir = r.next() < 0.5 ? 1 : -1;
    const color = r.pick([p.main, p.second, "#f28c28"]);
    return (
      `<g transform="translate(${f(fx)} ${f(fy)}) scale(${dir} 1)">` +
      `<path d="M-22 0 l-22 -16 q6 16 0 32Z" fill="${color}"/>` +
      `<ellipse cx="0" cy="0" rx="30" ry="17" fill="${color}"/>` +
      `<path d="M-4 -15 q8 -12 18 -4" fill="${color}"/>` +
      `<circle cx="16" cy="-4" r="4" fill="#fff"/><circle cx="17" cy="-4" r="2" fill="${p.ink}"/></g>`
    );
  });
  const weed = scatter(r.int(2, 4), () => {
    const x = 200 + r.range(-80, 80);
    return `<path d="M${f(x)} 318 q-16 -40 0 -70 q14 -30 -4 -60" fill="none" stroke="${p.accent}" stroke-width="8" stroke-linecap="round"/>`;
  });
  const pebbles = scatter(
    14,
    (i) =>
      `<ellipse cx="${f(100 + i * 15 + r.range(-4, 4))}" cy="${f(316 + r.range(-4, 4))}" rx="10" ry="7" fill="${r.pick([p.bg2, p.second, p.ink])}" opacity="0.8"/>`,
  );
  const bubbles = scatter(
    r.int(3, 5),
    (i) =>
      `<circle cx="${f(220 + r.range(-20, 40))}" cy="${f(170 - i * 22)}" r="${f(4 + i)}" fill="none" stroke="#fff" stroke-width="2"/>`,
  );
  return (
    `<rect y="320" width="${SIZE}" height="80" fill="${p.bg2}"/>` +
    `<defs><clipPath id="${clipId}"><circle cx="200" cy="${cy}" r="${rad}"/></clipPath></defs>` +
    `<g clip-path="url(#${clipId})"><rect x="0" y="${cy - rad + 50}" width="${SIZE}" height="${SIZE}" fill="${WATER}"/>` +
    weed +
    pebbles +
    fish +
    bubbles +
    `<rect x="0" y="${cy - rad + 30}" width="${SIZE}" height="20" fill="#fff" opacity="0.5"/></g>` +
    `<circle cx="200" cy="${cy}" r="${rad}" fill="none" stroke="#fff" stroke-width="5" opacity="0.8"/>` +
    `<ellipse cx="200" cy="${cy - rad + 30}" rx="${f(Math.sqrt(rad * rad - (rad - 30) * (rad - 30)))}" ry="10" fill="none" stroke="#fff" stroke-width="5" opacity="0.9"/>` +
    `<path d="M130 130 q-30 40 -14 100" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity="0.6"/>`
  );
}

function birdCage(p: Palette, r: Random): string {
  const w = r.range(200, 230);
  const x0 = 200 - w / 2;
  const top = 80;
  const base = 318;
  const shoulder = top + w * 0.45;
  const bars = scatter(7, (i) => {
    const x = x0 + (w / 6) * i;
    return `<path d="M${f(x)} ${base} V${f(shoulder)} Q${f(x)} ${top + 10} 200 ${top}" fill="none" stroke="${p.ink}" stroke-width="4"/>`;
  });
  const bird = p.second;
  const perchY = r.range(220, 250);
  return (
    `<rect y="320" width="${SIZE}" height="80" fill="${p.bg2}"/>` +
    `<path d="M200 ${top} v-22" stroke="${p.ink}" stroke-width="5"/><circle cx="200" cy="${top - 30}" r="11" fill="none" stroke="${p.ink}" stroke-width="5"/>` +
    `<rect x="${f(x0 - 10)}" y="${base - 4}" width="${f(w + 20)}" height="20" rx="6" fill="${p.main}"/>` +
    `<rect x="${f(x0 - 4)}" y="${f(shoulder + 20)}" width="${f(w + 8)}" height="8" rx="4" fill="${p.main}"/>` +
    `<path d="M${f(x0 + 40)} ${f(perchY)} h${f(w - 80)}" stroke="${p.main}" stroke-width="7" stroke-linecap="round"/>` +
    `<path d="M180 ${f(perchY - 22)} l-36 26 l10 -34Z" fill="${p.accent}"/>` +
    `<ellipse cx="200" cy="${f(perchY - 28)}" rx="30" ry="24" fill="${bird}"/>` +
    `<circle cx="224" cy="${f(perchY - 56)}" r="17" fill="${bird}"/>` +
    `<path d="M239 ${f(perchY - 60)} l14 5 l-14 5Z" fill="${p.accent}"/>` +
    `<circle cx="228" cy="${f(perchY - 60)}" r="3.5" fill="${p.ink}"/>` +
    `<path d="${leafPath(184, perchY - 34, 30, 10, 170)}" fill="${p.main}" opacity="0.7"/>` +
    bars +
    `<path d="M${f(x0 + 14)} ${f(shoulder + 80)} q8 -30 28 -20 M${f(x0 + w - 14)} ${f(shoulder + 100)} q-12 -24 -30 -12" fill="none" stroke="${p.accent}" stroke-width="5" stroke-linecap="round"/>`
  );
}

/** A goldfish bowl or a bird in a cage. */
function animals(p: Palette, r: Random): string {
  return r.next() < 0.5 ? fishBowl(p, r) : birdCage(p, r);
}

const MOTIFS: Record<ArtKind, (p: Palette, r: Random) => string> = {
  "thuc-pham": food,
  "do-uong": drink,
  "thao-duoc": herbs,
  "thu-cong-my-nghe": craft,
  "sinh-vat-canh": plants,
  "du-lich": travel,
  "thuc-pham-tuoi-song": food,
  "thuc-pham-tho-so-che": rawProduce,
  "thuc-pham-che-bien": processedFood,
  "gia-vi": spices,
  che: tea,
  "ca-phe-ca-cao": coffee,
  ruou: spirits,
  "do-uong-khong-con": juice,
  "thuc-pham-chuc-nang": herbs,
  "my-pham-thao-duoc": cosmetics,
  "tinh-dau": essentialOil,
  "det-may": brocade,
  "thu-cong-trang-tri": craft,
  "hoa-cay-canh": plants,
  "dong-vat-canh": animals,
  "du-lich-cong-dong": travel,
};

function palettesOf(kind: ArtKind): readonly Palette[] {
  if (isArtGroup(kind)) return PALETTES[kind];
  return SET_PALETTES[kind] ?? PALETTES[SET_GROUP[kind]];
}

/** The picture for one product: the same kind and seed always give the same SVG. */
export function renderProductArt(kind: ArtKind, seed: string): string {
  const r = random(`${kind}:${seed}`);
  const palette = r.pick(palettesOf(kind));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">` +
    background(palette, r) +
    MOTIFS[kind](palette, r) +
    `</svg>`
  );
}
