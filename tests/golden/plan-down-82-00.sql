-- PhoenixKit down in public: V82 → V00 (82 versions), each in its own transaction with the prefix's advisory lock

-- V82 Comments metadata
BEGIN;
ALTER TABLE "public"."phoenix_kit_comments" DROP COLUMN IF EXISTS "metadata";
COMMENT ON TABLE "public"."phoenix_kit" IS '81';
COMMIT;

-- V81 Entity data position for manual ordering
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_entity_data_entity_position_idx";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "position";
COMMENT ON TABLE "public"."phoenix_kit" IS '80';
COMMIT;

-- V80 Email templates i18n (JSONB language maps); email log locale
BEGIN;
DROP INDEX IF EXISTS "public"."idx_email_logs_locale";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "locale";
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_templates"
    -- if phoenix_kit_email_templates.description is not of type text
    ALTER COLUMN "description" TYPE text USING description ->> 'en',
    -- if phoenix_kit_email_templates.display_name is not of type character varying(255)
    ALTER COLUMN "display_name" TYPE varchar(255) USING display_name ->> 'en',
    -- if phoenix_kit_email_templates.text_body is not of type text
    ALTER COLUMN "text_body" TYPE text USING text_body ->> 'en',
    -- if phoenix_kit_email_templates.html_body is not of type text
    ALTER COLUMN "html_body" TYPE text USING html_body ->> 'en',
    -- if phoenix_kit_email_templates.subject is not of type character varying(255)
    ALTER COLUMN "subject" TYPE varchar(255) USING subject ->> 'en';
COMMENT ON TABLE "public"."phoenix_kit" IS '79';
COMMIT;

-- V79 Newsletters module tables
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_newsletters_deliveries";
DROP TABLE IF EXISTS "public"."phoenix_kit_newsletters_broadcasts";
DROP TABLE IF EXISTS "public"."phoenix_kit_newsletters_list_members";
DROP TABLE IF EXISTS "public"."phoenix_kit_newsletters_lists";
COMMENT ON TABLE "public"."phoenix_kit" IS '78';
COMMIT;

-- V78 AI columns from V41 re-asserted; ai_prompts uuid index and prompt FK
BEGIN;
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_prompt_uuid_fkey";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_prompts_uuid_index";
COMMENT ON TABLE "public"."phoenix_kit" IS '77';
COMMIT;

-- V77 Tickets module renamed to customer_service
BEGIN;
DELETE FROM "public"."phoenix_kit_role_permissions" WHERE module_key = 'customer_service' AND EXISTS (SELECT 1 FROM "public".phoenix_kit_role_permissions p WHERE p.module_key = 'tickets' AND p.role_uuid = phoenix_kit_role_permissions.role_uuid);
UPDATE "public"."phoenix_kit_role_permissions" SET module_key = 'tickets' WHERE module_key = 'customer_service';
DELETE FROM "public"."phoenix_kit_settings" WHERE key IN ('customer_service_enabled', 'customer_service_per_page', 'customer_service_comments_enabled', 'customer_service_internal_notes_enabled', 'customer_service_attachments_enabled', 'customer_service_allow_reopen', 'auto_granted_perm:customer_service') AND EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = replace(phoenix_kit_settings.key, 'customer_service', 'tickets'));
UPDATE "public"."phoenix_kit_settings" SET key = replace(key, 'customer_service', 'tickets') WHERE key IN ('customer_service_enabled', 'customer_service_per_page', 'customer_service_comments_enabled', 'customer_service_internal_notes_enabled', 'customer_service_attachments_enabled', 'customer_service_allow_reopen', 'auto_granted_perm:customer_service');
COMMENT ON TABLE "public"."phoenix_kit" IS '76';
COMMIT;

-- V76 Stale _id names to _uuid
BEGIN;
UPDATE "public"."phoenix_kit_settings" SET key = 'storage_default_bucket_id' WHERE key = 'storage_default_bucket_uuid' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = 'storage_default_bucket_id');
UPDATE "public"."phoenix_kit_settings" SET key = 'publishing_translation_endpoint_id' WHERE key = 'publishing_translation_endpoint_uuid' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = 'publishing_translation_endpoint_id');
UPDATE "public"."phoenix_kit_users" SET custom_fields = (custom_fields - 'avatar_file_uuid') || jsonb_build_object('avatar_file_id', custom_fields -> 'avatar_file_uuid') WHERE custom_fields ? 'avatar_file_uuid';
-- if phoenix_kit_shop_products.image_uuids exists and phoenix_kit_shop_products.image_ids does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "image_uuids" TO "image_ids";
COMMENT ON TABLE "public"."phoenix_kit" IS '75';
COMMIT;

-- V75 uuid defaults, sequence cleanup
BEGIN;
CREATE SEQUENCE IF NOT EXISTS "public"."phoenix_kit_id_seq" AS integer OWNED BY "public"."phoenix_kit"."id";
SELECT pg_catalog.setval('"public"."phoenix_kit_id_seq"', COALESCE(max("id"), 0) + 1, false) FROM "public"."phoenix_kit";
ALTER TABLE "public"."phoenix_kit" ALTER COLUMN "id" SET DEFAULT nextval('"public"."phoenix_kit_id_seq"'::regclass);
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_tickets" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_ticket_attachments" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_storage_dimensions" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_views" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_tags" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_media" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_file_locations" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_file_instances" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_buckets" ALTER COLUMN "uuid" DROP DEFAULT;
COMMENT ON TABLE "public"."phoenix_kit" IS '74';
COMMIT;

-- V74 Drop integer ids, uuid becomes the primary key: IRREVERSIBLE (drops the integer `id` primary keys, their sequences and 96 integer foreign key columns with their data (and the 16 unique indexes/constraints and the CHECK that contained them); PhoenixKit's own down only rewrites the marker. Restore from a backup.); a down through it is refused before any statement runs
