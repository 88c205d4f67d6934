-- The shop part of the data set of tests/tests/data_v40_v60.rs, loaded at V46: PhoenixKit's shop
-- tables only exist from V45 (carts, products, categories, shipping) and V46 (import tables,
-- selected_specs), so they cannot be filled at V39 with the rest (dataset_v39.sql). V47 is the
-- first version after this that touches them. Same conventions: one transaction, search_path at
-- the prefix schema, TimeZone UTC, explicit ids and sequences moved past them.
--
-- `default_language` is 'de' (dataset_v39.sql), so V47 files the plain text columns under "de"
-- and merges `translations` over them (a "de" entry in translations wins; NULL fields inside
-- translations are skipped; empty strings become no key at all).
-- V54 then sets a category's featured_product_id to its lowest-id active product with a
-- featured_image_id, but only where the category has no image_id.

INSERT INTO phoenix_kit_shop_shipping_methods (id, name, slug, description, price, currency, countries, estimated_days_min, estimated_days_max, inserted_at, updated_at) VALUES
  (1, 'Standardversand', 'standard', 'DHL Paket', 4.90, 'EUR', '["DE", "AT"]', 2, 4, '2024-08-01 00:00:00', '2024-08-01 00:00:00'),
  (2, 'Express', 'express', NULL, 14.90, 'EUR', '[]', 1, 1, '2024-08-01 00:00:00', '2024-08-01 00:00:00');

INSERT INTO phoenix_kit_shop_categories (id, name, slug, description, image_url, parent_id, position, metadata, inserted_at, updated_at, image_id, status, translations) VALUES
  (1, 'Bücher', 'buecher', 'Alle Bücher', 'https://cdn.example.com/buecher.jpg', NULL, 1, '{}', '2024-08-01 00:00:00.111111', '2024-08-01 00:00:00.111111', NULL, 'active',
   '{"en": {"name": "Books", "slug": "books", "description": "All books"}, "fr": {"name": "Livres", "slug": "livres"}}'),
  (2, 'Romane', 'romane', '', NULL, 1, 2, '{}', '2024-08-01 00:00:01', '2024-08-01 00:00:01', NULL, 'active', '{}'),
  (3, 'Zubehör', 'zubehoer', NULL, NULL, NULL, 3, '{}', '2024-08-01 00:00:02', '2024-08-01 00:00:02', 'aaaaaaaa-0000-4000-8000-000000000003', 'active', NULL),
  (4, 'Leer', 'leer', 'Noch nichts', NULL, NULL, 4, '{}', '2024-08-01 00:00:03', '2024-08-01 00:00:03', NULL, 'hidden',
   '{"en": {"name": "Empty", "description": null}, "it": {}}');

INSERT INTO phoenix_kit_shop_products
  (id, title, slug, description, body_html, status, product_type, vendor, tags, price, compare_at_price, currency, seo_title, seo_description,
   metadata, category_id, created_by, inserted_at, updated_at, featured_image_id, image_ids, translations)
VALUES
  (1, 'Der Prozess', 'der-prozess', 'Roman von Franz Kafka', '<p>Ein <em>Klassiker</em>.</p>', 'active', 'physical', 'Reclam', '["kafka", "roman"]',
   12.90, 14.90, 'EUR', NULL, '', '{}', 2, 1, '2024-08-02 00:00:00', '2024-08-02 00:00:00',
   'aaaaaaaa-0000-4000-8000-000000000101', ARRAY['aaaaaaaa-0000-4000-8000-000000000101'::uuid],
   '{"en": {"title": "The Trial", "slug": "the-trial", "seo_title": "The Trial – Kafka"}, "fr": {"title": "Le Procès"}}'),
  (2, 'Lesezeichen', 'lesezeichen', 'Aus Leder', NULL, 'active', 'physical', NULL, '[]',
   3.50, NULL, 'EUR', 'Lesezeichen kaufen', 'Handgemacht', '{}', 3, NULL, '2024-08-02 00:00:01', '2024-08-02 00:00:01',
   NULL, '{}', '{}'),
  (3, 'Faust', 'faust', 'Der Tragödie erster Teil', NULL, 'active', 'physical', 'Reclam', '["goethe"]',
   6.00, NULL, 'EUR', NULL, NULL, '{}', 2, 2, '2024-08-02 00:00:02', '2024-08-02 00:00:02',
   'aaaaaaaa-0000-4000-8000-000000000103', '{}',
   '{"de": {"title": "Faust. Eine Tragödie"}, "en": {"title": "Faust", "description": null, "body_html": "<p>Goethe</p>"}}'),
  (4, 'Entwurf', 'entwurf', NULL, NULL, 'draft', 'digital', NULL, '[]',
   0.99, NULL, 'USD', NULL, NULL, '{}', NULL, 2, '2024-08-02 00:00:03', '2024-08-02 00:00:03',
   'aaaaaaaa-0000-4000-8000-000000000104', '{}', NULL);

INSERT INTO phoenix_kit_shop_carts
  (id, user_id, session_id, status, shipping_method_id, shipping_country, subtotal, shipping_amount, tax_amount, total, currency,
   items_count, metadata, expires_at, converted_at, merged_into_cart_id, inserted_at, updated_at, payment_option_id)
VALUES
  (1, 1, NULL, 'active', 1, 'GB', 24.90, 4.90, 0, 29.80, 'EUR', 3, '{}', '2024-09-01 00:00:00', NULL, NULL,
   '2024-08-03 00:00:00', '2024-08-03 00:10:00', (SELECT id FROM phoenix_kit_payment_options WHERE code = 'cod')),
  (2, NULL, 'sess-anon-7f3a', 'active', NULL, NULL, 10.50, 0, 0, 10.50, 'EUR', 3, '{"utm": "newsletter"}', '2024-08-10 00:00:00', NULL, NULL,
   '2024-08-03 01:00:00', '2024-08-03 01:00:00', NULL),
  (3, 2, 'sess-juergen', 'merged', NULL, 'DE', 0, 0, 0, 0, 'EUR', 0, '{}', NULL, NULL, 1,
   '2024-08-02 00:00:00', '2024-08-03 00:00:00', NULL),
  (4, 3, NULL, 'converted', 2, 'IE', 6.00, 14.90, 0, 20.90, 'EUR', 1, '{}', NULL, '2024-08-04 12:00:00.5', NULL,
   '2024-08-04 11:00:00', '2024-08-04 12:00:00.5', NULL);

INSERT INTO phoenix_kit_shop_cart_items
  (id, cart_id, product_id, product_title, product_slug, unit_price, currency, quantity, line_total, variant_options, metadata, inserted_at, updated_at, selected_specs)
VALUES
  (1, 1, 1, 'Der Prozess', 'der-prozess', 12.90, 'EUR', 1, 12.90, '{}', '{}', '2024-08-03 00:00:00', '2024-08-03 00:00:00', '{}'),
  (2, 1, 3, 'Faust', 'faust', 6.00, 'EUR', 2, 12.00, '{}', '{}', '2024-08-03 00:05:00', '2024-08-03 00:05:00', '{"binding": "hardcover"}'),
  (3, 2, 2, 'Lesezeichen', 'lesezeichen', 3.50, 'EUR', 3, 10.50, '{}', '{}', '2024-08-03 01:00:00', '2024-08-03 01:00:00', NULL),
  -- the product was deleted (ON DELETE SET NULL): product_uuid stays NULL
  (4, 2, NULL, 'Gelöschtes Produkt', NULL, 1.00, 'EUR', 1, 1.00, '{}', '{}', '2024-08-03 01:01:00', '2024-08-03 01:01:00', '{}'),
  (5, 4, 3, 'Faust', 'faust', 6.00, 'EUR', 1, 6.00, '{}', '{}', '2024-08-04 11:00:00', '2024-08-04 11:00:00', '{}');

SELECT setval('phoenix_kit_shop_shipping_methods_id_seq', 100);
SELECT setval('phoenix_kit_shop_categories_id_seq', 100);
SELECT setval('phoenix_kit_shop_products_id_seq', 100);
SELECT setval('phoenix_kit_shop_carts_id_seq', 100);
SELECT setval('phoenix_kit_shop_cart_items_id_seq', 100);
