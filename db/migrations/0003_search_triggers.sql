-- Folded text: marks removed, đ→d, lower case, as people type without diacritics.
CREATE OR REPLACE FUNCTION ocop_fold(t text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$ select lower(unaccent(coalesce(t, ''))) $$;
--> statement-breakpoint
-- Everything a shopper may type to find a product: names, producer, places today and as
-- printed on the certificate (former district/province), group and set in both languages.
CREATE OR REPLACE FUNCTION product_search_text(p products) RETURNS text
LANGUAGE sql STABLE AS $$
  -- A leading space lets queries anchor at word starts: like '% mat ong%'.
  select ' ' || ocop_fold(concat_ws(' ',
    p.name_vi, p.name_en, p.unit_vi,
    pr.name, cm.short_name, pv.short_name,
    ps.name_vi, ps.name_en, pg.name_vi, pg.name_en,
    (select string_agg(concat_ws(' ', lp.name, lpp.name, lppp.name), ' ')
       from certificates c
       join legacy_places lp on lp.id = c.legacy_place_id
       left join legacy_places lpp on lpp.id = lp.parent_id
       left join legacy_places lppp on lppp.id = lpp.parent_id
      where c.product_id = p.id and c.status = 'active')
  ))
  from producers pr
  join places cm on cm.code = pr.commune_code
  join places pv on pv.code = pr.province_code
  join product_sets ps on ps.id = p.product_set_id
  join product_groups pg on pg.id = ps.group_id
  where pr.id = p.producer_id
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION products_search_text_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := coalesce(product_search_text(NEW), '');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_search_text
BEFORE INSERT OR UPDATE OF name_vi, name_en, unit_vi, producer_id, product_set_id ON products
FOR EACH ROW EXECUTE FUNCTION products_search_text_trg();
--> statement-breakpoint
-- The vocabulary of all search texts, for typo correction: a query word with no exact match
-- is compared by trigram similarity against this small table instead of every product.
CREATE TABLE search_words (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION products_search_words_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
    SELECT DISTINCT w FROM regexp_split_to_table(NEW.search_text, '[^a-z0-9]+') AS w WHERE length(w) >= 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_search_words_ins
AFTER INSERT ON products
FOR EACH ROW EXECUTE FUNCTION products_search_words_trg();
--> statement-breakpoint
CREATE TRIGGER products_search_words_upd
AFTER UPDATE ON products
FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
EXECUTE FUNCTION products_search_words_trg();
--> statement-breakpoint
-- The outbox: every change to what a search document shows records the product, in the same
-- transaction as the change, so a rolled-back write leaves nothing behind.
CREATE OR REPLACE FUNCTION products_outbox_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (product_id) VALUES (coalesce(NEW.id, OLD.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_outbox
AFTER INSERT OR DELETE OR UPDATE OF name_vi, name_en, description_vi, description_en, unit_vi, unit_en,
  price_vnd, images, listing_status, producer_id, product_set_id ON products
FOR EACH ROW EXECUTE FUNCTION products_outbox_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION certificates_search_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE pid integer := coalesce(NEW.product_id, OLD.product_id);
BEGIN
  UPDATE products p SET search_text = coalesce(product_search_text(p), '') WHERE p.id = pid;
  INSERT INTO search_outbox (product_id) VALUES (pid);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER certificates_search
AFTER INSERT OR DELETE OR UPDATE ON certificates
FOR EACH ROW EXECUTE FUNCTION certificates_search_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION producers_search_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products p SET search_text = coalesce(product_search_text(p), '') WHERE p.producer_id = NEW.id;
  INSERT INTO search_outbox (product_id) SELECT id FROM products WHERE producer_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER producers_search
AFTER UPDATE OF name, commune_code, province_code, status ON producers
FOR EACH ROW EXECUTE FUNCTION producers_search_trg();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION places_search_trg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products p SET search_text = coalesce(product_search_text(p), '')
    FROM producers pr
   WHERE pr.id = p.producer_id AND (pr.commune_code = NEW.code OR pr.province_code = NEW.code);
  INSERT INTO search_outbox (product_id)
    SELECT p.id FROM products p JOIN producers pr ON pr.id = p.producer_id
     WHERE pr.commune_code = NEW.code OR pr.province_code = NEW.code;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER places_search
AFTER UPDATE OF name, short_name ON places
FOR EACH ROW EXECUTE FUNCTION places_search_trg();
