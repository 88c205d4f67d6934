-- A realistic PhoenixKit data set for a database at V39 (PhoenixKit 1.7.71's schema), used by
-- tests/tests/data_v40_v60.rs. Loaded in one transaction, with search_path at the prefix schema
-- (`public`), TimeZone UTC.
--
-- Ids are explicit so that integer foreign keys (and the deliberately NULL or dangling ones) are
-- known; every sequence is moved past them at the end so later seeds (V43, V45, V55, V59) and
-- inserts keep working. Roles and settings seeded by V01..V39 are referenced by name.
--
-- Deliberate edge cases (what the migration has to keep or do with them):
--   * users: one without confirmed_at, an inactive one, unusual e-mail addresses (citext, quotes,
--     apostrophe, non-ASCII, mixed case) and an id gap (6 is missing).
--   * users_tokens: a `magic_link_registration` token with NULL user_id (V57 deletes it: its
--     user_uuid gets a random v7, then fk_users_tokens_user_uuid's CASCADE orphan clean-up), and
--     one that already has a user (kept).
--   * integer FKs without a database foreign key that point nowhere (email_logs.user_id 99 and 6,
--     email_blocklist.user_id 77, entities.created_by 42, entity_data.created_by 55,
--     audit_logs.target_user_id 99 / admin_user_id 12, referral_codes.created_by 88,
--     referral_code_usage.used_by 66, payment_methods.user_id 404, subscriptions.billing_profile_id
--     999, email_templates.created_by_user_id 99) and NULL ones (email_logs, email_blocklist,
--     user_role_assignments.assigned_by, referral_codes.beneficiary, orders.billing_profile_id,
--     invoices.order_id, ai_requests, sync transfers, post_views.user_id, ...).
--   * settings: `default_language` = 'de' (V47), JSON values in value_json, an application value
--     for a key that V45 seeds (`shop_currency`, kept by ON CONFLICT DO NOTHING), the db_sync_*
--     keys V44 renames, and a db_sync_* key whose sync_* target already exists (not renamed).
--   * timestamps with microseconds, before 1970, far in the future and 'infinity' (V58).
--   * email_templates (not among V40's tables): one row without uuid (V56 fills it with a v7)
--     and one with an application-made v4 uuid (kept).

-- Users ------------------------------------------------------------------------------------
INSERT INTO phoenix_kit_users
  (id, email, hashed_password, first_name, last_name, is_active, confirmed_at, inserted_at, updated_at,
   username, registration_ip, registration_country, registration_region, registration_city, user_timezone, custom_fields)
VALUES
  (1, 'owner@example.com', '$2b$12$ownerhashownerhashownerhashownerhashownerhashowne', 'Ada', 'Lovelace', true,
   '2023-01-02 10:00:00', '2023-01-01 09:00:00', '2024-05-01 12:30:45', 'ada', '203.0.113.7', 'GB', 'England', 'London', '0',
   '{"preferred_locale": "en", "theme": "dark"}'),
  (2, 'Jürgen.Müller+shop@Bücher.example', '$2b$12$juergenhash', 'Jürgen', 'Müller', true,
   '2023-02-03 08:15:00', '2023-02-03 08:00:00', '2023-02-03 08:15:00', 'jürgen', '2001:db8::1', 'DE', 'Bayern', 'München', '+1',
   '{"preferred_locale": "de", "newsletter": true, "tags": ["vip", "b2b"]}'),
  (3, 'o''connor@example.ie', '$2b$12$oconnorhash', 'Siobhán', 'O''Connor', true,
   '2023-03-04 00:00:00', '2023-03-04 00:00:00', '2023-03-04 00:00:00', NULL, NULL, 'IE', NULL, NULL, '0', '{}'),
  (4, 'pending.user@example.org', '$2b$12$pendinghash', NULL, NULL, true,
   NULL, '2024-06-30 23:59:59', '2024-06-30 23:59:59', 'pending', '198.51.100.20', NULL, NULL, NULL, NULL, NULL),
  (5, '"very.unusual.@.unusual.com"@example.com', '$2b$12$unusualhash', 'Zoë', 'Ørsted', false,
   '1969-07-20 20:17:40', '1969-07-20 20:17:40', '2024-01-01 00:00:00', 'zoe', NULL, 'DK', NULL, NULL, '-5',
   '{"note": "line one\nline two\ttabbed \"quoted\" \\ backslash"}'),
  (7, 'MiXeD.CaSe@EXAMPLE.COM', '$2b$12$mixedhash', 'Max', 'Mustermann', true,
   '2024-02-29 12:00:00', '2024-02-29 11:00:00', '2024-02-29 12:00:00', 'max', NULL, 'AT', NULL, NULL, '+1', '{}'),
  (8, 'δοκιμή@παράδειγμα.δοκιμή', '$2b$12$greekhash', 'Ελένη', NULL, true,
   '2024-03-31 01:30:00', '2024-03-31 01:00:00', '2024-03-31 01:30:00', NULL, NULL, 'GR', NULL, NULL, '+2', '{}'),
  (9, 'x@y', '$2b$12$minimalhash', NULL, NULL, true,
   '2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00', NULL, NULL, NULL, NULL, NULL, NULL, '{}');

INSERT INTO phoenix_kit_users_tokens (id, user_id, token, context, sent_to, inserted_at, ip_address, user_agent_hash) VALUES
  (1, 1, decode(repeat('ab', 32), 'hex'), 'session', NULL, '2024-05-01 12:30:45', '203.0.113.7', 'ua-hash-1'),
  (2, 4, decode(repeat('01', 32), 'hex'), 'confirm', 'pending.user@example.org', '2024-06-30 23:59:59', NULL, NULL),
  (3, 2, decode(repeat('02', 32), 'hex'), 'reset_password', 'Jürgen.Müller+shop@Bücher.example', '2024-04-01 10:00:00', NULL, NULL),
  -- A pending magic-link registration: no user yet. V57 deletes it (see the header).
  (4, NULL, decode(repeat('03', 32), 'hex'), 'magic_link_registration', 'newcomer@example.com', '2024-07-01 08:00:00', '192.0.2.1', NULL),
  (5, 3, decode(repeat('04', 32), 'hex'), 'magic_link', 'o''connor@example.ie', '2024-07-01 09:00:00', NULL, NULL),
  (6, 7, decode(repeat('05', 32), 'hex'), 'magic_link_registration', 'MiXeD.CaSe@EXAMPLE.COM', '2024-07-02 09:00:00', NULL, NULL);

-- Roles and assignments ---------------------------------------------------------------------
INSERT INTO phoenix_kit_user_roles (name, description, is_system_role, inserted_at, updated_at)
VALUES ('Editor', 'Edits posts and entities', false, '2023-05-05 05:05:05', '2023-05-05 05:05:05');

INSERT INTO phoenix_kit_user_role_assignments (id, user_id, role_id, assigned_by, assigned_at, inserted_at)
SELECT a.id, a.user_id, r.id, a.assigned_by, a.assigned_at::timestamp, a.assigned_at::timestamp
FROM (VALUES
  (1, 1, 'Owner', NULL, '2023-01-02 10:00:00'),
  (2, 2, 'Admin', 1, '2023-02-04 09:00:00'),
  (3, 3, 'User', 2, '2023-03-04 00:00:01'),
  (4, 4, 'User', NULL, '2024-06-30 23:59:59'),
  (5, 5, 'SupportAgent', 1, '2024-01-01 00:00:00'),
  (6, 2, 'Editor', 1, '2023-05-06 00:00:00'),
  (7, 7, 'User', NULL, '2024-02-29 12:00:00')
) AS a (id, user_id, role_name, assigned_by, assigned_at)
JOIN phoenix_kit_user_roles r ON r.name = a.role_name;

-- Settings ----------------------------------------------------------------------------------
INSERT INTO phoenix_kit_settings (key, value, value_json, module, date_added, date_updated) VALUES
  ('default_language', 'de', NULL, 'languages', '2023-01-01 09:00:00.5', '2024-01-01 00:00:00.25'),
  ('languages_config', NULL,
   '{"languages": [{"code": "de", "is_default": true, "name": "Deutsch"}, {"code": "en", "name": "English"}, {"code": "fr", "name": "Français"}]}',
   'languages', '2023-01-01 09:00:00', '2023-01-01 09:00:00'),
  ('site_branding', NULL,
   '{"name": "Bücherwurm GmbH", "colors": ["#112233", "#ffeedd"], "logo": {"url": "https://cdn.example.com/logo.svg", "alt": "Logo \"BW\""}, "enabled": true, "ratio": 1.5, "nothing": null}',
   'general', '2023-06-15 14:22:33.123456', '2023-06-15 14:22:33.123456'),
  ('shop_currency', 'EUR', NULL, 'shop', '2023-07-01 00:00:00', '2023-07-01 00:00:00'),
  ('db_sync_enabled', 'true', NULL, 'db_sync', '2023-08-01 00:00:00', '2023-08-01 00:00:00'),
  ('db_sync_incoming_mode', 'require_approval', NULL, 'db_sync', '2023-08-01 00:00:00', '2023-08-01 00:00:00'),
  ('db_sync_incoming_password', 'old-secret', NULL, 'db_sync', '2023-08-01 00:00:00', '2023-08-01 00:00:00'),
  ('sync_incoming_password', 'new-secret', NULL, 'sync', '2024-08-01 00:00:00', '2024-08-01 00:00:00'),
  ('empty_value', '', NULL, NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00');

-- E-mail ------------------------------------------------------------------------------------
INSERT INTO phoenix_kit_email_logs
  (id, message_id, "to", "from", subject, headers, body_preview, template_name, campaign_id, attachments_count,
   size_bytes, retry_count, error_message, status, sent_at, delivered_at, message_tags, provider, user_id,
   inserted_at, updated_at, aws_message_id, bounced_at, opened_at, queued_at)
VALUES
  (1, 'msg-0001@ses.example', 'owner@example.com', 'noreply@example.com', 'Willkommen bei Bücherwurm!',
   '{"X-Mailer": "PhoenixKit", "Reply-To": "support@example.com"}', 'Hallo Ada, …', 'welcome', NULL, 0,
   2048, 0, NULL, 'opened', '2024-01-15 09:30:00.123456', '2024-01-15 09:30:02.5', '{"type": "welcome"}', 'aws_ses', 1,
   '2024-01-15 09:30:00.123456', '2024-01-15 10:00:00', 'aws-0001', NULL, '2024-01-15 09:45:00', '2024-01-15 09:29:59.999999'),
  (2, 'msg-0002@ses.example', 'partner@external.example', 'noreply@example.com', 'Report',
   '{}', NULL, NULL, 'campaign-7', 1, NULL, 2, 'throttled', 'sent', '2024-02-01 00:00:00', NULL, '{}', 'smtp', NULL,
   '2024-02-01 00:00:00', '2024-02-01 00:00:00', NULL, NULL, NULL, NULL),
  (3, 'msg-0003@ses.example', 'deleted.user@example.com', 'noreply@example.com', 'Goodbye',
   '{}', 'Your account was deleted', 'goodbye', NULL, 0, 512, 0, NULL, 'delivered', '2023-12-31 23:59:59.999999', '2024-01-01 00:00:00.000001',
   '{}', 'aws_ses', 99, '2023-12-31 23:59:59.999999', '2024-01-01 00:00:00.000001', 'aws-0003', NULL, NULL, NULL),
  (4, 'msg-0004@ses.example', 'pending.user@example.org', 'noreply@example.com', 'Bitte bestätigen',
   '{}', NULL, 'confirm', NULL, 0, 1024, 0, NULL, 'bounced', '2024-06-30 23:59:59', NULL, '{}', 'aws_ses', 4,
   '2024-06-30 23:59:59', '2024-07-01 00:05:00', 'aws-0004', '2024-07-01 00:05:00', NULL, NULL),
  (5, 'msg-0005@ses.example', 'gap@example.com', 'noreply@example.com', NULL,
   '{}', NULL, NULL, NULL, 0, NULL, 0, NULL, 'queued', '2024-03-01 12:00:00', NULL, '{}', 'unknown', 6,
   '2024-03-01 12:00:00', '2024-03-01 12:00:00', NULL, NULL, NULL, '2024-03-01 11:59:00');

INSERT INTO phoenix_kit_email_events
  (id, email_log_id, event_type, event_data, occurred_at, ip_address, user_agent, geo_location, link_url, bounce_type, inserted_at, updated_at)
VALUES
  (1, 1, 'send', '{}', '2024-01-15 09:30:00.2', NULL, NULL, '{}', NULL, NULL, '2024-01-15 09:30:00.2', '2024-01-15 09:30:00.2'),
  (2, 1, 'delivery', '{"smtp_response": "250 OK"}', '2024-01-15 09:30:02.5', NULL, NULL, '{}', NULL, NULL, '2024-01-15 09:30:02.5', '2024-01-15 09:30:02.5'),
  (3, 1, 'open', '{}', '2024-01-15 09:45:00', '203.0.113.7', 'Mozilla/5.0', '{"country": "GB", "city": "London"}', NULL, NULL, '2024-01-15 09:45:00', '2024-01-15 09:45:00'),
  (4, 1, 'click', '{}', '2024-01-15 09:46:00', '203.0.113.7', 'Mozilla/5.0', '{}', 'https://example.com/?a=1&b=ü', NULL, '2024-01-15 09:46:00', '2024-01-15 09:46:00'),
  (5, 3, 'send', '{}', '2023-12-31 23:59:59.999999', NULL, NULL, '{}', NULL, NULL, '2023-12-31 23:59:59.999999', '2023-12-31 23:59:59.999999'),
  (6, 4, 'bounce', '{"bouncedRecipients": [{"emailAddress": "pending.user@example.org"}]}', '2024-07-01 00:05:00', NULL, NULL, '{}', NULL, 'Permanent', '2024-07-01 00:05:00', '2024-07-01 00:05:00');

INSERT INTO phoenix_kit_email_blocklist (id, email, reason, expires_at, user_id, inserted_at, updated_at) VALUES
  (1, 'pending.user@example.org', 'hard_bounce', NULL, 4, '2024-07-01 00:05:01', '2024-07-01 00:05:01'),
  (2, 'spam@trap.example', 'complaint', 'infinity', NULL, '2022-02-22 22:22:22', '2022-02-22 22:22:22'),
  (3, 'ghost@example.com', 'manual', '2030-01-01 00:00:00', 77, '2024-01-01 00:00:00', '2024-01-01 00:00:00');

INSERT INTO phoenix_kit_email_templates
  (id, uuid, name, slug, display_name, description, subject, html_body, text_body, category, status, variables,
   usage_count, last_used_at, version, is_system, created_by_user_id, updated_by_user_id, inserted_at, updated_at)
VALUES
  (1, NULL, 'welcome', 'welcome', 'Welcome', 'Sent after registration', 'Willkommen, {{user_name}}!',
   '<p>Hallo {{user_name}}</p>', 'Hallo {{user_name}}', 'system', 'active', '{"user_name": "Name"}',
   12, '2024-01-15 09:30:00.123456', 3, true, 1, NULL, '2023-01-01 00:00:00', '2024-01-01 00:00:00'),
  (2, 'c0ffee00-1234-4abc-8def-0123456789ab', 'newsletter', 'newsletter', 'Newsletter', NULL, 'News',
   '<h1>News</h1>', 'News', 'marketing', 'draft', '{}', 0, NULL, 1, false, 99, 2, '2024-02-02 02:02:02', '2024-02-02 02:02:02');

-- Entities ----------------------------------------------------------------------------------
INSERT INTO phoenix_kit_entities
  (id, name, display_name, display_name_plural, description, icon, status, fields_definition, settings, created_by, date_created, date_updated)
VALUES
  (1, 'product_review', 'Produktbewertung', 'Produktbewertungen', 'Reviews', 'hero-star', 'published',
   '[{"key": "rating", "type": "number", "required": true}, {"key": "text", "type": "textarea"}]', '{"public": true}', 1,
   '2023-09-01 10:00:00.654321', '2023-09-02 10:00:00'),
  (2, 'faq', 'FAQ', NULL, NULL, NULL, 'draft', '[]', NULL, 42, '2023-10-01 00:00:00', '2023-10-01 00:00:00');

INSERT INTO phoenix_kit_entity_data (id, entity_id, title, slug, status, data, metadata, created_by, date_created, date_updated) VALUES
  (1, 1, 'Sehr gut', 'sehr-gut', 'published', '{"rating": 5, "text": "Sehr gut — «excellent» 👍"}', '{"source": "web"}', 2,
   '2023-09-03 12:00:00', '2023-09-03 12:00:00'),
  (2, 1, 'Naja', NULL, 'draft', '{"rating": 2}', NULL, 3, '2023-09-04 12:00:00', '2023-09-04 12:00:00'),
  (3, 2, 'Wie bestelle ich?', 'wie-bestelle-ich', 'published', '{"answer": "Online."}', NULL, 55,
   '2023-10-02 00:00:00', '2023-10-02 00:00:00');

-- Admin, audit, OAuth, referrals ------------------------------------------------------------
INSERT INTO phoenix_kit_audit_logs (id, target_user_id, admin_user_id, action, ip_address, user_agent, metadata, inserted_at) VALUES
  (1, 2, 1, 'role_assigned', '203.0.113.7', 'Mozilla/5.0', '{"role": "Admin"}', '2023-02-04 09:00:00'),
  (2, 99, 1, 'user_deleted', '203.0.113.7', NULL, '{"email": "deleted.user@example.com"}', '2024-01-02 00:00:00'),
  (3, 4, 12, 'password_reset', NULL, NULL, '{}', '2024-07-01 00:00:00.5');

INSERT INTO phoenix_kit_admin_notes (id, user_id, author_id, content, inserted_at, updated_at) VALUES
  (1, 3, 1, 'Called about an invoice; très poli.', '2024-03-03 03:03:03', '2024-03-03 03:03:03'),
  (2, 4, 2, 'Hasn''t confirmed the e-mail yet.', '2024-07-02 00:00:00', '2024-07-02 00:00:00');

INSERT INTO phoenix_kit_user_oauth_providers
  (id, user_id, provider, provider_uid, provider_email, access_token, refresh_token, token_expires_at, raw_data, inserted_at, updated_at)
VALUES
  (1, 2, 'google', '109876543210', 'juergen@gmail.example', 'ya29.token', NULL, '2024-05-01 13:30:45', '{"locale": "de"}',
   '2023-02-03 08:00:00', '2024-05-01 12:30:45'),
  (2, 1, 'github', 'ada', NULL, NULL, NULL, NULL, '{}', '2023-01-01 09:00:00', '2023-01-01 09:00:00');

INSERT INTO phoenix_kit_referral_codes
  (id, code, description, status, number_of_uses, max_uses, created_by, date_created, expiration_date, beneficiary)
VALUES
  (1, 'WELCOME2024', 'Welcome campaign', true, 2, 100, 1, '2024-01-01 00:00:00', '2024-12-31 23:59:59', 2),
  (2, 'LEGACY', 'Made by a deleted admin', false, 1, 1, 88, '2022-01-01 00:00:00', NULL, NULL);

INSERT INTO phoenix_kit_referral_code_usage (id, code_id, used_by, date_used) VALUES
  (1, 1, 3, '2024-03-04 00:00:00'),
  (2, 1, 66, '2024-03-05 00:00:00.000001'),
  (3, 2, 4, '2022-06-01 00:00:00');

-- Posts -------------------------------------------------------------------------------------
INSERT INTO phoenix_kit_posts
  (id, user_id, title, sub_title, content, type, status, scheduled_at, published_at, repost_url, slug,
   like_count, comment_count, view_count, metadata, inserted_at, updated_at)
VALUES
  ('11111111-1111-4111-8111-111111111111', 1, 'Hallo Welt', 'Der erste Beitrag', 'Inhalt mit Ümlauten und "Anführungszeichen".',
   'post', 'public', NULL, '2024-01-10 10:00:00', NULL, 'hallo-welt', 2, 2, 3, '{"featured": true}', '2024-01-10 09:00:00', '2024-01-10 10:00:00'),
  ('22222222-2222-4222-8222-222222222222', 2, 'Geplanter Beitrag', NULL, 'Kommt bald.',
   'post', 'scheduled', '2099-12-31 23:59:59.999999', NULL, NULL, 'geplanter-beitrag', 1, 1, 0, '{}', '2024-02-01 00:00:00', '2024-02-01 00:00:00'),
  ('33333333-3333-4333-8333-333333333333', 3, 'Repost', NULL, '', 'repost', 'public', NULL, '2024-03-01 00:00:00',
   'https://example.com/original', 'repost', 0, 0, 0, NULL, '2024-03-01 00:00:00', '2024-03-01 00:00:00');

INSERT INTO phoenix_kit_post_comments (id, post_id, user_id, parent_id, content, status, depth, like_count, inserted_at, updated_at) VALUES
  ('c1111111-1111-4111-8111-111111111111', '11111111-1111-4111-8111-111111111111', 2, NULL, 'Toller Beitrag!', 'published', 0, 1,
   '2024-01-10 11:00:00', '2024-01-10 11:00:00'),
  ('c2222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 3, 'c1111111-1111-4111-8111-111111111111',
   'Agreed.', 'published', 1, 0, '2024-01-10 12:00:00', '2024-01-10 12:00:00'),
  ('c3333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 1, NULL, 'Draft feedback', 'hidden', 0, 0,
   '2024-02-02 00:00:00', '2024-02-02 00:00:00');

INSERT INTO phoenix_kit_post_likes (id, post_id, user_id, inserted_at, updated_at) VALUES
  ('a1111111-1111-4111-8111-111111111111', '11111111-1111-4111-8111-111111111111', 2, '2024-01-10 11:01:00', '2024-01-10 11:01:00'),
  ('a2222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 3, '2024-01-10 12:01:00', '2024-01-10 12:01:00'),
  ('a3333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 1, '2024-02-02 00:01:00', '2024-02-02 00:01:00');

INSERT INTO phoenix_kit_post_tags (id, name, slug, usage_count, inserted_at, updated_at) VALUES
  ('e1111111-1111-4111-8111-111111111111', 'elixir', 'elixir', 1, '2024-01-10 09:00:00', '2024-01-10 09:00:00'),
  ('e2222222-2222-4222-8222-222222222222', 'rust', 'rust', 1, '2024-01-10 09:00:00', '2024-01-10 09:00:00'),
  ('e3333333-3333-4333-8333-333333333333', 'Ümlaut-Tag', 'umlaut-tag', 1, '2024-03-01 00:00:00', '2024-03-01 00:00:00');

INSERT INTO phoenix_kit_post_tag_assignments (post_id, tag_id, inserted_at, updated_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'e1111111-1111-4111-8111-111111111111', '2024-01-10 09:00:00', '2024-01-10 09:00:00'),
  ('11111111-1111-4111-8111-111111111111', 'e2222222-2222-4222-8222-222222222222', '2024-01-10 09:00:00', '2024-01-10 09:00:00'),
  ('33333333-3333-4333-8333-333333333333', 'e3333333-3333-4333-8333-333333333333', '2024-03-01 00:00:00', '2024-03-01 00:00:00');

INSERT INTO phoenix_kit_post_views (id, post_id, user_id, ip_address, user_agent_hash, session_id, viewed_at, inserted_at, updated_at) VALUES
  ('b1111111-1111-4111-8111-111111111111', '11111111-1111-4111-8111-111111111111', 4, NULL, 'ua-4', 'sess-4', '2024-01-11 00:00:00.75', '2024-01-11 00:00:00', '2024-01-11 00:00:00'),
  -- an anonymous view: user_uuid stays NULL (nullable; the CASCADE clean-up only looks at non-NULL values)
  ('b2222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', NULL, '192.0.2.55', 'ua-anon', 'sess-anon', '2024-01-12 00:00:00', '2024-01-12 00:00:00', '2024-01-12 00:00:00'),
  ('b3333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 1, NULL, NULL, NULL, '2024-01-13 00:00:00', '2024-01-13 00:00:00', '2024-01-13 00:00:00');

-- Connections and tickets -------------------------------------------------------------------
INSERT INTO phoenix_kit_user_follows (id, follower_id, followed_id, inserted_at) VALUES
  ('f1111111-1111-4111-8111-111111111111', 3, 1, '2024-01-20 00:00:00'),
  ('f2222222-2222-4222-8222-222222222222', 1, 2, '2024-01-21 00:00:00');

INSERT INTO phoenix_kit_user_blocks (id, blocker_id, blocked_id, reason, inserted_at) VALUES
  ('d1111111-1111-4111-8111-111111111111', 2, 5, 'spam', '2024-04-04 04:04:04');

INSERT INTO phoenix_kit_tickets (id, user_id, assigned_to_id, title, description, status, slug, comment_count, metadata, resolved_at, closed_at, inserted_at, updated_at) VALUES
  ('71111111-1111-4111-8111-111111111111', 4, 5, 'Passwort vergessen', 'Ich komme nicht rein.', 'in_progress', 'passwort-vergessen', 1, '{}',
   NULL, NULL, '2024-07-01 00:00:00', '2024-07-01 01:00:00'),
  ('72222222-2222-4222-8222-222222222222', 3, NULL, 'Invoice question', 'Where is my invoice?', 'open', 'invoice-question', 0, NULL,
   NULL, NULL, '2024-03-03 00:00:00', '2024-03-03 00:00:00');

INSERT INTO phoenix_kit_ticket_comments (id, ticket_id, user_id, parent_id, content, is_internal, depth, inserted_at, updated_at) VALUES
  ('81111111-1111-4111-8111-111111111111', '71111111-1111-4111-8111-111111111111', 5, NULL, 'Link sent.', false, 0, '2024-07-01 01:00:00', '2024-07-01 01:00:00');

INSERT INTO phoenix_kit_ticket_status_history (id, ticket_id, changed_by_id, from_status, to_status, reason, inserted_at) VALUES
  ('91111111-1111-4111-8111-111111111111', '71111111-1111-4111-8111-111111111111', 5, 'open', 'in_progress', NULL, '2024-07-01 01:00:00');

-- Billing -----------------------------------------------------------------------------------
INSERT INTO phoenix_kit_billing_profiles
  (id, user_id, type, is_default, name, first_name, last_name, email, company_name, company_vat_number, address_line1, city, postal_code, country, metadata, inserted_at, updated_at)
VALUES
  (1, 1, 'individual', true, 'Home', 'Ada', 'Lovelace', 'owner@example.com', NULL, NULL, '1 Main St', 'London', 'N1 9GU', 'GB', '{}',
   '2023-01-05 00:00:00', '2023-01-05 00:00:00'),
  (2, 2, 'company', true, 'Firma', 'Jürgen', 'Müller', 'buchhaltung@buecher.example', 'Bücherwurm GmbH', 'DE123456789', 'Hauptstraße 1',
   'München', '80331', 'DE', '{"cost_center": "42"}', '2023-02-05 00:00:00', '2023-02-05 00:00:00');

INSERT INTO phoenix_kit_orders
  (id, user_id, billing_profile_id, order_number, status, payment_method, line_items, subtotal, tax_amount, tax_rate, discount_amount,
   total, currency, billing_snapshot, metadata, confirmed_at, paid_at, inserted_at, updated_at)
VALUES
  (1, 1, 1, 'ORD-2024-0001', 'paid', 'bank', '[{"name": "Der Prozess", "quantity": 1, "price": "100.00"}]', 100.00, 19.00, 0.1900, 0,
   119.00, 'EUR', '{"name": "Ada Lovelace"}', '{}', '2024-01-20 10:00:00', '2024-01-21 10:00:00.5', '2024-01-20 09:59:00', '2024-01-21 10:00:00.5'),
  (2, 2, NULL, 'ORD-2024-0002', 'pending', NULL, '[]', 10.00, 0, 0, 0, 10.00, 'USD', '{}', '{}', NULL, NULL,
   '2024-02-20 00:00:00', '2024-02-20 00:00:00');

INSERT INTO phoenix_kit_invoices
  (id, user_id, order_id, invoice_number, status, subtotal, tax_amount, tax_rate, total, currency, due_date, billing_details, line_items,
   payment_terms, notes, receipt_number, receipt_generated_at, sent_at, paid_at, inserted_at, updated_at, paid_amount)
VALUES
  (1, 1, 1, 'INV-2024-0001', 'paid', 100.00, 19.00, 0.1900, 119.00, 'EUR', '2024-02-14', '{"vat": null}',
   '[{"name": "Der Prozess", "quantity": 1}]', 'Net 14', NULL, 'RCP-2024-0001', '2024-01-21 10:00:01', '2024-01-20 10:05:00', '2024-01-21 10:00:00.5',
   '2024-01-20 10:05:00', '2024-01-21 10:00:01', 119.00),
  (2, 2, NULL, 'INV-2024-0002', 'sent', 10.00, 0, 0, 10.00, 'USD', NULL, '{}', '[]', NULL, 'Ohne Auftrag', NULL, NULL,
   '2024-02-21 00:00:00', NULL, '2024-02-21 00:00:00', '2024-02-21 00:00:00', 0);

INSERT INTO phoenix_kit_transactions
  (id, invoice_id, user_id, transaction_number, amount, currency, payment_method, description, metadata, provider_transaction_id, provider_data, inserted_at, updated_at)
VALUES
  (1, 1, 1, 'TXN-2024-0001', 119.00, 'EUR', 'bank', 'Überweisung', '{}', NULL, '{}', '2024-01-21 10:00:00.5', '2024-01-21 10:00:00.5'),
  (2, 1, 1, 'TXN-2024-0002', -19.00, 'EUR', 'bank', 'Teilerstattung', '{"reason": "damaged"}', NULL, '{}', '2024-01-25 00:00:00', '2024-01-25 00:00:00');

INSERT INTO phoenix_kit_payment_methods
  (id, user_id, provider, provider_payment_method_id, provider_customer_id, type, brand, last4, exp_month, exp_year, display_name, is_default, status, metadata, inserted_at, updated_at)
VALUES
  (1, 1, 'stripe', 'pm_1A2B3C', 'cus_ada', 'card', 'visa', '4242', 12, 2030, 'Visa •••• 4242', true, 'active', '{}',
   '2024-01-20 09:00:00', '2024-01-20 09:00:00'),
  (2, 404, 'paypal', 'BA-GONE', NULL, 'paypal', NULL, NULL, NULL, NULL, 'PayPal (deleted user)', false, 'removed', '{}',
   '2023-05-05 00:00:00', '2023-05-05 00:00:00');

INSERT INTO phoenix_kit_subscription_plans
  (id, name, slug, description, price, currency, interval, interval_count, trial_days, features, active, sort_order, metadata, inserted_at, updated_at)
VALUES
  (1, 'Pro', 'pro', 'Alles drin', 9.99, 'EUR', 'month', 1, 14, ARRAY['{"name": "Unlimited"}'::jsonb, '{"name": "Support", "level": 2}'::jsonb],
   true, 1, '{}', '2023-01-01 00:00:00', '2023-01-01 00:00:00');

INSERT INTO phoenix_kit_subscriptions
  (id, user_id, billing_profile_id, payment_method_id, plan_id, plan_name, provider, provider_subscription_id, status,
   current_period_start, current_period_end, cancel_at_period_end, cancelled_at, trial_start, trial_end, renewal_attempts, price, currency, metadata, inserted_at, updated_at)
VALUES
  (1, 1, 1, 1, 1, 'Pro', 'stripe', 'sub_123', 'active', '2024-07-01 00:00:00', '2024-08-01 00:00:00', false, NULL,
   '2024-06-17 00:00:00', '2024-07-01 00:00:00', 0, 9.99, 'EUR', '{}', '2024-06-17 00:00:00', '2024-07-01 00:00:00'),
  (2, 2, 999, NULL, 1, 'Pro', NULL, NULL, 'cancelled', '2023-03-01 00:00:00', '2023-04-01 00:00:00', true, '2023-03-15 15:15:15.151515',
   NULL, NULL, 2, 9.99, 'EUR', '{"note": "billing profile 999 was removed"}', '2023-03-01 00:00:00', '2023-03-15 15:15:15.151515');

INSERT INTO phoenix_kit_webhook_events (id, provider, event_id, event_type, payload, processed, processed_at, retry_count, inserted_at, updated_at) VALUES
  (1, 'stripe', 'evt_1', 'invoice.paid', '{"id": "evt_1", "data": {"object": {"amount": 11900}}}', true, '2024-01-21 10:00:02', 0,
   '2024-01-21 10:00:01', '2024-01-21 10:00:02');

-- AI and DB sync ----------------------------------------------------------------------------
INSERT INTO phoenix_kit_ai_endpoints (id, name, provider, api_key, model, temperature, stop, enabled, sort_order, inserted_at, updated_at) VALUES
  (1, 'OpenRouter Claude', 'openrouter', 'sk-or-test', 'anthropic/claude-3.5-sonnet', 0.7, ARRAY['###'], true, 1,
   '2024-04-01 00:00:00', '2024-04-01 00:00:00');

INSERT INTO phoenix_kit_ai_requests
  (id, account_id, user_id, model, request_type, input_tokens, output_tokens, total_tokens, cost_cents, latency_ms, status, metadata, inserted_at, updated_at, endpoint_id, endpoint_name)
VALUES
  (1, NULL, 1, 'anthropic/claude-3.5-sonnet', 'chat', 100, 50, 150, 2, 1200, 'success', '{}', '2024-04-02 00:00:00', '2024-04-02 00:00:00', 1, 'OpenRouter Claude'),
  (2, NULL, NULL, 'gpt-4o', 'completion', 10, 0, 10, NULL, NULL, 'error', NULL, '2024-04-03 00:00:00', '2024-04-03 00:00:00', NULL, 'deleted endpoint');

INSERT INTO phoenix_kit_db_sync_connections
  (id, name, direction, site_url, status, allowed_tables, approved_at, approved_by, created_by, metadata, inserted_at, updated_at)
VALUES
  (1, 'Staging', 'sender', 'https://staging.example.com', 'active', ARRAY['phoenix_kit_posts'], '2024-05-05 00:00:00', 1, 2, '{}',
   '2024-05-04 00:00:00', '2024-05-05 00:00:00');

INSERT INTO phoenix_kit_db_sync_transfers
  (id, direction, connection_id, table_name, records_transferred, status, initiated_by, started_at, completed_at, metadata, inserted_at)
VALUES
  (1, 'send', 1, 'phoenix_kit_posts', 3, 'completed', 2, '2024-05-06 00:00:00', '2024-05-06 00:00:01.5', '{}', '2024-05-06 00:00:00'),
  (2, 'receive', NULL, 'phoenix_kit_users', 0, 'failed', NULL, NULL, NULL, '{"error": "timeout"}', '2024-05-07 00:00:00');

-- Sequences past the explicit ids ----------------------------------------------------------
SELECT setval('phoenix_kit_users_id_seq', 100);
SELECT setval('phoenix_kit_users_tokens_id_seq', 100);
SELECT setval('phoenix_kit_user_role_assignments_id_seq', 100);
SELECT setval('phoenix_kit_email_logs_id_seq', 100);
SELECT setval('phoenix_kit_email_events_id_seq', 100);
SELECT setval('phoenix_kit_email_blocklist_id_seq', 100);
SELECT setval('phoenix_kit_email_templates_id_seq', 100);
SELECT setval('phoenix_kit_entities_id_seq', 100);
SELECT setval('phoenix_kit_entity_data_id_seq', 100);
SELECT setval('phoenix_kit_audit_logs_id_seq', 100);
SELECT setval('phoenix_kit_admin_notes_id_seq', 100);
SELECT setval('phoenix_kit_user_oauth_providers_id_seq', 100);
SELECT setval('phoenix_kit_referral_codes_id_seq', 100);
SELECT setval('phoenix_kit_referral_code_usage_id_seq', 100);
SELECT setval('phoenix_kit_billing_profiles_id_seq', 100);
SELECT setval('phoenix_kit_orders_id_seq', 100);
SELECT setval('phoenix_kit_invoices_id_seq', 100);
SELECT setval('phoenix_kit_transactions_id_seq', 100);
SELECT setval('phoenix_kit_payment_methods_id_seq', 100);
SELECT setval('phoenix_kit_subscription_plans_id_seq', 100);
SELECT setval('phoenix_kit_subscriptions_id_seq', 100);
SELECT setval('phoenix_kit_webhook_events_id_seq', 100);
SELECT setval('phoenix_kit_ai_endpoints_id_seq', 100);
SELECT setval('phoenix_kit_ai_requests_id_seq', 100);
SELECT setval('phoenix_kit_db_sync_connections_id_seq', 100);
SELECT setval('phoenix_kit_db_sync_transfers_id_seq', 100);
