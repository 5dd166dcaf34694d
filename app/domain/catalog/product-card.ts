import type { ProductImage } from "../../../db/schema";

/** What a product card shows; every list of products (catalogue, home, producer page) uses it. */
export type ProductCardData = {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  priceVnd: number;
  unitVi: string;
  unitEn: string | null;
  stock: number;
  image: ProductImage | null;
  stars: number;
  /** YYYY-MM-DD */
  validUntil: string;
  producerName: string;
  producerSlug: string;
  provinceCode: string;
  provinceName: string;
};
