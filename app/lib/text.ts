/**
 * Folds Vietnamese text the way people type without diacritics: NFD, marks removed,
 * đ→d, lower case, whitespace collapsed. "Mật ong Đắk Lắk" → "mat ong dak lak".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** URL slug from Vietnamese text: "Mật ong hoa nhãn" → "mat-ong-hoa-nhan". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** No control characters other than tab and line breaks (they break CSV files and logs). */
export function hasNoControl(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return false;
  }
  return true;
}
