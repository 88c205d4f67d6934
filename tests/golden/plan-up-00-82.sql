-- PhoenixKit up in public: V00 → V82 (82 versions), each in its own transaction with the prefix's advisory lock

-- V01 Initial setup
BEGIN;
-- if the schema does not exist
CREATE SCHEMA "public";
CREATE EXTENSION IF NOT EXISTS "citext";
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit" ("id" serial, "version" integer NOT NULL, "migrated_at" timestamp(0) DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_version_index" ON "public"."phoenix_kit" ("version");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_users" ("id" bigserial, "email" citext NOT NULL, "hashed_password" varchar(255) NOT NULL, "first_name" varchar(100), "last_name" varchar(100), "is_active" boolean DEFAULT true NOT NULL, "confirmed_at" timestamp(0), "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_email_index" ON "public"."phoenix_kit_users" ("email");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_users_tokens" ("id" bigserial, "user_id" bigint NOT NULL, "token" bytea NOT NULL, "context" varchar(255) NOT NULL, "sent_to" varchar(255), "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_users_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_user_id_index" ON "public"."phoenix_kit_users_tokens" ("user_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_context_token_index" ON "public"."phoenix_kit_users_tokens" ("context", "token");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_roles" ("id" bigserial, "name" varchar(50) NOT NULL, "description" text, "is_system_role" boolean DEFAULT false NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_roles_name_index" ON "public"."phoenix_kit_user_roles" ("name");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_role_assignments" ("id" bigserial, "user_id" bigint NOT NULL, "role_id" bigint NOT NULL, "assigned_by" bigint, "assigned_at" timestamp(0) DEFAULT NOW() NOT NULL, "is_active" boolean DEFAULT true NOT NULL, "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_role_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_role_assignments_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "public"."phoenix_kit_user_roles"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_role_assignments_assigned_by_fkey" FOREIGN KEY ("assigned_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_user_id_index" ON "public"."phoenix_kit_user_role_assignments" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_role_id_index" ON "public"."phoenix_kit_user_role_assignments" ("role_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_assigned_by_index" ON "public"."phoenix_kit_user_role_assignments" ("assigned_by");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_user_id_role_id_index" ON "public"."phoenix_kit_user_role_assignments" ("user_id", "role_id");
CREATE INDEX IF NOT EXISTS "idx_user_role_assignments_user_active" ON "public"."phoenix_kit_user_role_assignments" ("user_id", "is_active");
CREATE INDEX IF NOT EXISTS "idx_user_role_assignments_role_active" ON "public"."phoenix_kit_user_role_assignments" ("role_id", "is_active");
CREATE INDEX IF NOT EXISTS "idx_users_active" ON "public"."phoenix_kit_users" ("is_active");
INSERT INTO "public"."phoenix_kit_user_roles" ("name", "description", "is_system_role", "inserted_at", "updated_at") VALUES ('Owner', 'System owner with full access', true, NOW(), NOW()), ('Admin', 'Administrator with elevated privileges', true, NOW(), NOW()), ('User', 'Standard user with basic access', true, NOW(), NOW()) ON CONFLICT ("name") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '1';
COMMIT;

-- V02 Remove is_active from role assignments
BEGIN;
-- if column phoenix_kit_user_role_assignments.is_active exists:
    DELETE FROM "public"."phoenix_kit_user_role_assignments" WHERE is_active = false;
DROP INDEX IF EXISTS "public"."idx_user_role_assignments_user_active";
DROP INDEX IF EXISTS "public"."idx_user_role_assignments_role_active";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "is_active";
COMMENT ON TABLE "public"."phoenix_kit" IS '2';
COMMIT;

-- V03 Settings system
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_settings" ("id" bigserial, "key" varchar(255) NOT NULL, "value" varchar(255) NOT NULL, "date_added" timestamp DEFAULT NOW() NOT NULL, "date_updated" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_settings_key_uidx" ON "public"."phoenix_kit_settings" ("key");
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('time_zone', '0', NOW(), NOW()), ('date_format', 'Y-m-d', NOW(), NOW()), ('time_format', 'H:i', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '3';
COMMIT;

-- V04 Settings module column and referral system
BEGIN;
ALTER TABLE "public"."phoenix_kit_settings" ADD COLUMN IF NOT EXISTS "module" varchar(255);
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_referral_codes" ("id" bigserial, "code" varchar(255) NOT NULL, "description" varchar(255) NOT NULL, "status" boolean DEFAULT true NOT NULL, "number_of_uses" integer DEFAULT 0 NOT NULL, "max_uses" integer NOT NULL, "created_by" integer NOT NULL, "date_created" timestamp DEFAULT NOW() NOT NULL, "expiration_date" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_referral_code_usage" ("id" bigserial, "code_id" integer NOT NULL, "used_by" integer NOT NULL, "date_used" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_code_uidx" ON "public"."phoenix_kit_referral_codes" ("code");
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_code_id_idx" ON "public"."phoenix_kit_referral_code_usage" ("code_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_used_by_idx" ON "public"."phoenix_kit_referral_code_usage" ("used_by");
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_date_used_idx" ON "public"."phoenix_kit_referral_code_usage" ("date_used");
-- if phoenix_kit_referral_code_usage.code_id is not of type bigint
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "code_id" TYPE bigint;
-- if phoenix_kit_referral_code_usage has no constraint phoenix_kit_referral_code_usage_code_id_fkey
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD CONSTRAINT "phoenix_kit_referral_code_usage_code_id_fkey" FOREIGN KEY ("code_id") REFERENCES "public"."phoenix_kit_referral_codes"("id") ON DELETE CASCADE;
UPDATE "public"."phoenix_kit_settings" SET module = 'system' WHERE key IN ('time_zone', 'date_format', 'time_format', 'project_title');
COMMENT ON TABLE "public"."phoenix_kit" IS '4';
COMMIT;

-- V05 Beneficiary on referral codes
BEGIN;
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "beneficiary" integer;
COMMENT ON TABLE "public"."phoenix_kit" IS '5';
COMMIT;

-- V06 Nullable referral expiration date
BEGIN;
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "expiration_date" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '6';
COMMIT;

-- V07 Email system
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_logs" ("id" bigserial, "message_id" varchar(255) NOT NULL, "to" varchar(255) NOT NULL, "from" varchar(255) NOT NULL, "subject" varchar(255), "headers" jsonb DEFAULT '{}', "body_preview" text, "body_full" text, "template_name" varchar(255), "campaign_id" varchar(255), "attachments_count" integer DEFAULT 0 NOT NULL, "size_bytes" integer, "retry_count" integer DEFAULT 0 NOT NULL, "error_message" text, "status" varchar(255) DEFAULT 'sent' NOT NULL, "sent_at" timestamp DEFAULT NOW() NOT NULL, "delivered_at" timestamp, "configuration_set" varchar(255), "message_tags" jsonb DEFAULT '{}', "provider" varchar(255) DEFAULT 'unknown' NOT NULL, "user_id" integer, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_events" ("id" bigserial, "email_log_id" integer NOT NULL, "event_type" varchar(255) NOT NULL, "event_data" jsonb DEFAULT '{}', "occurred_at" timestamp DEFAULT NOW() NOT NULL, "ip_address" varchar(255), "user_agent" varchar(255), "geo_location" jsonb DEFAULT '{}', "link_url" varchar(255), "bounce_type" varchar(255), "complaint_type" varchar(255), "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_to_sent_at_idx" ON "public"."phoenix_kit_email_logs" ("to", "sent_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_status_sent_at_idx" ON "public"."phoenix_kit_email_logs" ("status", "sent_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_sent_at_idx" ON "public"."phoenix_kit_email_logs" ("sent_at");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_logs_message_id_uidx" ON "public"."phoenix_kit_email_logs" ("message_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_user_id_idx" ON "public"."phoenix_kit_email_logs" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_campaign_id_idx" ON "public"."phoenix_kit_email_logs" ("campaign_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_template_name_idx" ON "public"."phoenix_kit_email_logs" ("template_name");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_provider_sent_at_idx" ON "public"."phoenix_kit_email_logs" ("provider", "sent_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_email_log_id_idx" ON "public"."phoenix_kit_email_events" ("email_log_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_type_occurred_at_idx" ON "public"."phoenix_kit_email_events" ("event_type", "occurred_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_occurred_at_idx" ON "public"."phoenix_kit_email_events" ("occurred_at");
-- if phoenix_kit_email_events.email_log_id is not of type bigint
ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "email_log_id" TYPE bigint;
-- if phoenix_kit_email_events has no constraint phoenix_kit_email_events_email_log_id_fkey
ALTER TABLE "public"."phoenix_kit_email_events" ADD CONSTRAINT "phoenix_kit_email_events_email_log_id_fkey" FOREIGN KEY ("email_log_id") REFERENCES "public"."phoenix_kit_email_logs"("id") ON DELETE CASCADE;
COMMENT ON TABLE "public"."phoenix_kit" IS '7';
COMMIT;

-- V08 Username support
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "username" varchar(255);
-- data step written in Rust: crate::usernames::backfill (reads the rows, then writes them)
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_username_uidx" ON "public"."phoenix_kit_users" ("username") WHERE username IS NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '8';
COMMIT;

-- V09 Email blocklist
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_blocklist" ("id" bigserial, "email" varchar(255) NOT NULL, "reason" varchar(255) NOT NULL, "expires_at" timestamp, "user_id" integer, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_email_uidx" ON "public"."phoenix_kit_email_blocklist" ("email");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_expires_at_idx" ON "public"."phoenix_kit_email_blocklist" ("expires_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_user_inserted_idx" ON "public"."phoenix_kit_email_blocklist" ("user_id", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_reason_inserted_idx" ON "public"."phoenix_kit_email_blocklist" ("reason", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_email_expires_idx" ON "public"."phoenix_kit_email_blocklist" ("email", "expires_at");
COMMENT ON TABLE "public"."phoenix_kit" IS '9';
COMMIT;

-- V10 Registration analytics
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "registration_ip" varchar(45);
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "registration_country" varchar(2);
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "registration_region" varchar(100);
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "registration_city" varchar(100);
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_reg_country_date_idx" ON "public"."phoenix_kit_users" ("registration_country", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_reg_region_date_idx" ON "public"."phoenix_kit_users" ("registration_region", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_reg_city_date_idx" ON "public"."phoenix_kit_users" ("registration_city", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_reg_ip_date_idx" ON "public"."phoenix_kit_users" ("registration_ip", "inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_reg_geo_idx" ON "public"."phoenix_kit_users" ("registration_country", "registration_region", "registration_city");
COMMENT ON TABLE "public"."phoenix_kit" IS '10';
COMMIT;

-- V11 Per-user timezone
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "user_timezone" varchar(3);
COMMENT ON TABLE "public"."phoenix_kit" IS '11';
COMMIT;

-- V12 JSON settings
BEGIN;
ALTER TABLE "public"."phoenix_kit_settings" ADD COLUMN IF NOT EXISTS "value_json" jsonb;
ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "value" DROP NOT NULL;
COMMENT ON COLUMN "public"."phoenix_kit_settings"."value_json" IS 'JSONB storage for complex settings data. When present, takes precedence over value field.';
COMMENT ON COLUMN "public"."phoenix_kit_settings"."value" IS 'String value for simple settings. Can be NULL when using value_json for complex data.';
COMMENT ON TABLE "public"."phoenix_kit" IS '12';
COMMIT;

-- V13 AWS SES tracking
BEGIN;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "aws_message_id" varchar(255);
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "bounced_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "complained_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "opened_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "clicked_at" timestamp;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_logs_aws_message_id_index" ON "public"."phoenix_kit_email_logs" ("aws_message_id") WHERE aws_message_id IS NOT NULL;
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "reject_reason" varchar(255);
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "delay_type" varchar(255);
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "subscription_type" varchar(255);
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "failure_reason" varchar(255);
COMMENT ON TABLE "public"."phoenix_kit" IS '13';
COMMIT;

-- V14 Body compression
BEGIN;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "body_compressed" boolean DEFAULT false NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '14';
COMMIT;

-- V15 Email templates
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_templates" ("id" bigserial, "uuid" uuid, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "display_name" varchar(255) NOT NULL, "description" text, "subject" varchar(255) NOT NULL, "html_body" text NOT NULL, "text_body" text NOT NULL, "category" varchar(255) DEFAULT 'transactional' NOT NULL, "status" varchar(255) DEFAULT 'draft' NOT NULL, "variables" jsonb DEFAULT '{}', "metadata" jsonb DEFAULT '{}', "usage_count" integer DEFAULT 0 NOT NULL, "last_used_at" timestamp, "version" integer DEFAULT 1 NOT NULL, "is_system" boolean DEFAULT false NOT NULL, "created_by_user_id" integer, "updated_by_user_id" integer, "created_by_user_uuid" uuid, "updated_by_user_uuid" uuid, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_templates_name_index" ON "public"."phoenix_kit_email_templates" ("name");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_templates_slug_index" ON "public"."phoenix_kit_email_templates" ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_category_index" ON "public"."phoenix_kit_email_templates" ("category");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_status_index" ON "public"."phoenix_kit_email_templates" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_is_system_index" ON "public"."phoenix_kit_email_templates" ("is_system");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_usage_count_index" ON "public"."phoenix_kit_email_templates" ("usage_count");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_last_used_at_index" ON "public"."phoenix_kit_email_templates" ("last_used_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_inserted_at_index" ON "public"."phoenix_kit_email_templates" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_category_status_index" ON "public"."phoenix_kit_email_templates" ("category", "status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_status_is_system_index" ON "public"."phoenix_kit_email_templates" ("status", "is_system");
COMMENT ON TABLE "public"."phoenix_kit" IS '15';
COMMIT;

-- V16 OAuth providers & magic-link registration
BEGIN;
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "user_id" DROP NOT NULL;
-- if phoenix_kit_users_tokens has no constraint user_id_required_for_non_registration_tokens
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD CONSTRAINT "user_id_required_for_non_registration_tokens" CHECK (CASE WHEN context = 'magic_link_registration' THEN true ELSE user_id IS NOT NULL END);
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_oauth_providers" ("id" bigserial, "user_id" bigint NOT NULL, "provider" varchar(255) NOT NULL, "provider_uid" varchar(255) NOT NULL, "provider_email" varchar(255), "access_token" text, "refresh_token" text, "token_expires_at" timestamp, "raw_data" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, CONSTRAINT "phoenix_kit_user_oauth_providers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_oauth_providers_user_provider_idx" ON "public"."phoenix_kit_user_oauth_providers" ("user_id", "provider");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_oauth_providers_provider_uid_idx" ON "public"."phoenix_kit_user_oauth_providers" ("provider", "provider_uid");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_provider_email_index" ON "public"."phoenix_kit_user_oauth_providers" ("provider_email");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_provider_index" ON "public"."phoenix_kit_user_oauth_providers" ("provider");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_user_id_index" ON "public"."phoenix_kit_user_oauth_providers" ("user_id");
COMMENT ON TABLE "public"."phoenix_kit" IS '16';
COMMIT;

-- V17 Entities
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_entities" ("id" bigserial, "name" varchar(255) NOT NULL, "display_name" varchar(255) NOT NULL, "display_name_plural" varchar(255), "description" text, "icon" varchar(255), "status" varchar(255) DEFAULT 'draft' NOT NULL, "fields_definition" jsonb DEFAULT '[]' NOT NULL, "settings" jsonb, "created_by" integer NOT NULL, "date_created" timestamp DEFAULT NOW() NOT NULL, "date_updated" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_entities_name_uidx" ON "public"."phoenix_kit_entities" ("name");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entities_created_by_idx" ON "public"."phoenix_kit_entities" ("created_by");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entities_status_idx" ON "public"."phoenix_kit_entities" ("status");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_entity_data" ("id" bigserial, "entity_id" integer NOT NULL, "title" varchar(255) NOT NULL, "slug" varchar(255), "status" varchar(255) DEFAULT 'draft' NOT NULL, "data" jsonb DEFAULT '{}' NOT NULL, "metadata" jsonb, "created_by" integer NOT NULL, "date_created" timestamp DEFAULT NOW() NOT NULL, "date_updated" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_entity_id_idx" ON "public"."phoenix_kit_entity_data" ("entity_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_slug_idx" ON "public"."phoenix_kit_entity_data" ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_status_idx" ON "public"."phoenix_kit_entity_data" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_created_by_idx" ON "public"."phoenix_kit_entity_data" ("created_by");
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_title_idx" ON "public"."phoenix_kit_entity_data" ("title");
-- if phoenix_kit_entity_data has no constraint phoenix_kit_entity_data_entity_id_fkey
ALTER TABLE "public"."phoenix_kit_entity_data" ADD CONSTRAINT "phoenix_kit_entity_data_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "public"."phoenix_kit_entities"("id") ON DELETE CASCADE;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('entities_enabled', 'false', 'entities', NOW(), NOW()), ('entities_max_per_user', '100', 'entities', NOW(), NOW()), ('entities_allow_relations', 'true', 'entities', NOW(), NOW()), ('entities_file_upload', 'false', 'entities', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON COLUMN "public"."phoenix_kit_entities"."fields_definition" IS 'JSONB array of field definitions. Each field has type, key, label, validation rules.';
COMMENT ON COLUMN "public"."phoenix_kit_entities"."settings" IS 'JSONB storage for entity-specific settings (permissions, display options, etc.).';
COMMENT ON COLUMN "public"."phoenix_kit_entities"."display_name_plural" IS 'Plural form of the entity display name (e.g., "Blog Posts" for "Blog Post"). Used in UI for collections and navigation.';
COMMENT ON COLUMN "public"."phoenix_kit_entity_data"."data" IS 'JSONB storage for all field values based on entity definition. Structure matches fields_definition.';
COMMENT ON COLUMN "public"."phoenix_kit_entity_data"."metadata" IS 'JSONB storage for additional metadata (tags, categories, search keywords, etc.).';
COMMENT ON TABLE "public"."phoenix_kit" IS '17';
COMMIT;

-- V18 User custom fields
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "custom_fields" jsonb DEFAULT '{}';
COMMENT ON COLUMN "public"."phoenix_kit_users"."custom_fields" IS 'JSONB storage for custom user fields (phone, address, preferences, metadata, etc.)';
COMMENT ON TABLE "public"."phoenix_kit" IS '18';
COMMIT;

-- V19 Enhanced email status tracking
BEGIN;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "queued_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "rejected_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "failed_at" timestamp;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "delayed_at" timestamp;
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."queued_at" IS 'Timestamp when email was queued for sending';
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."rejected_at" IS 'Timestamp when email was rejected by provider';
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."failed_at" IS 'Timestamp when email send failed';
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."delayed_at" IS 'Timestamp when email delivery was delayed';
COMMENT ON TABLE "public"."phoenix_kit" IS '19';
COMMIT;

-- V20 Distributed file storage
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_buckets" ("id" uuid, "name" varchar(255) NOT NULL, "provider" varchar(255) NOT NULL, "region" varchar(255), "endpoint" varchar(255), "bucket_name" varchar(255), "access_key_id" varchar(255), "secret_access_key" varchar(255), "cdn_url" varchar(255), "path_prefix" varchar(255), "enabled" boolean DEFAULT true NOT NULL, "priority" integer DEFAULT 0 NOT NULL, "max_size_mb" bigint, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_buckets_enabled_index" ON "public"."phoenix_kit_buckets" ("enabled");
CREATE INDEX IF NOT EXISTS "phoenix_kit_buckets_provider_index" ON "public"."phoenix_kit_buckets" ("provider");
COMMENT ON TABLE "public"."phoenix_kit_buckets" IS 'Storage provider configurations (local, AWS S3, Backblaze B2, Cloudflare R2)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_files" ("id" uuid, "original_file_name" varchar(255) NOT NULL, "file_name" varchar(255) NOT NULL, "file_path" varchar(255), "mime_type" varchar(255) NOT NULL, "file_type" varchar(255) NOT NULL, "ext" varchar(255) NOT NULL, "checksum" varchar(255) NOT NULL, "size" bigint NOT NULL, "width" integer, "height" integer, "duration" integer, "status" varchar(255) DEFAULT 'processing' NOT NULL, "metadata" jsonb, "user_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_files_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_user_id_index" ON "public"."phoenix_kit_files" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_file_type_index" ON "public"."phoenix_kit_files" ("file_type");
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_status_index" ON "public"."phoenix_kit_files" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_inserted_at_index" ON "public"."phoenix_kit_files" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_file_path_index" ON "public"."phoenix_kit_files" ("file_path");
COMMENT ON TABLE "public"."phoenix_kit_files" IS 'Original file uploads with metadata (images, videos, documents, archives)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_file_instances" ("id" uuid, "variant_name" varchar(255) NOT NULL, "file_name" varchar(255) NOT NULL, "mime_type" varchar(255) NOT NULL, "ext" varchar(255) NOT NULL, "checksum" varchar(255) NOT NULL, "size" bigint NOT NULL, "width" integer, "height" integer, "processing_status" varchar(255) DEFAULT 'pending' NOT NULL, "file_id" uuid NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_file_instances_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "public"."phoenix_kit_files"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_instances_file_id_index" ON "public"."phoenix_kit_file_instances" ("file_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_instances_variant_name_index" ON "public"."phoenix_kit_file_instances" ("variant_name");
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_instances_processing_status_index" ON "public"."phoenix_kit_file_instances" ("processing_status");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_file_instances_file_id_variant_name_index" ON "public"."phoenix_kit_file_instances" ("file_id", "variant_name");
COMMENT ON TABLE "public"."phoenix_kit_file_instances" IS 'File variants (thumbnails, resizes, video qualities) - one original + generated variants';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_file_locations" ("id" uuid, "path" varchar(255) NOT NULL, "status" varchar(255) DEFAULT 'active' NOT NULL, "priority" integer DEFAULT 0 NOT NULL, "last_verified_at" timestamp(0), "file_instance_id" uuid NOT NULL, "bucket_id" uuid NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_file_locations_file_instance_id_fkey" FOREIGN KEY ("file_instance_id") REFERENCES "public"."phoenix_kit_file_instances"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_file_locations_bucket_id_fkey" FOREIGN KEY ("bucket_id") REFERENCES "public"."phoenix_kit_buckets"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_locations_file_instance_id_index" ON "public"."phoenix_kit_file_locations" ("file_instance_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_locations_bucket_id_index" ON "public"."phoenix_kit_file_locations" ("bucket_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_file_locations_status_index" ON "public"."phoenix_kit_file_locations" ("status");
COMMENT ON TABLE "public"."phoenix_kit_file_locations" IS 'Physical storage locations for multi-location redundancy - maps instances to buckets';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_storage_dimensions" ("id" uuid, "name" varchar(255) NOT NULL, "width" integer, "height" integer, "quality" integer DEFAULT 85 NOT NULL, "format" varchar(255), "applies_to" varchar(255) NOT NULL, "enabled" boolean DEFAULT true NOT NULL, "order" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_storage_dimensions_enabled_index" ON "public"."phoenix_kit_storage_dimensions" ("enabled");
CREATE INDEX IF NOT EXISTS "phoenix_kit_storage_dimensions_order_index" ON "public"."phoenix_kit_storage_dimensions" ("order");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_storage_dimensions_name_index" ON "public"."phoenix_kit_storage_dimensions" ("name");
COMMENT ON TABLE "public"."phoenix_kit_storage_dimensions" IS 'Admin-configurable dimension presets for automatic variant generation';
INSERT INTO "public"."phoenix_kit_storage_dimensions" ("id", "name", "width", "height", "quality", "format", "applies_to", "enabled", "order", "inserted_at", "updated_at") VALUES ('<uuid v7>'::uuid, 'thumbnail', 150, 150, 85, 'jpg', 'image', true, 1, NOW(), NOW()), ('<uuid v7>'::uuid, 'small', 300, 300, 85, 'jpg', 'image', true, 2, NOW(), NOW()), ('<uuid v7>'::uuid, 'medium', 800, 600, 85, 'jpg', 'image', true, 3, NOW(), NOW()), ('<uuid v7>'::uuid, 'large', 1920, 1080, 85, 'jpg', 'image', true, 4, NOW(), NOW()), ('<uuid v7>'::uuid, '360p', 640, 360, 28, 'mp4', 'video', true, 5, NOW(), NOW()), ('<uuid v7>'::uuid, '720p', 1280, 720, 28, 'mp4', 'video', true, 6, NOW(), NOW()), ('<uuid v7>'::uuid, '1080p', 1920, 1080, 28, 'mp4', 'video', true, 7, NOW(), NOW()), ('<uuid v7>'::uuid, 'video_thumbnail', 640, 360, 85, 'jpg', 'video', true, 8, NOW(), NOW()) ON CONFLICT ("name") DO NOTHING;
INSERT INTO "public"."phoenix_kit_buckets" ("id", "name", "provider", "endpoint", "enabled", "priority", "inserted_at", "updated_at") SELECT '<uuid v7>'::uuid, 'Local Storage', 'local', 'priv/media', true, 0, NOW(), NOW() WHERE NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_buckets" WHERE "name" IS NOT DISTINCT FROM 'Local Storage');
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('storage_redundancy_copies', '1', NOW(), NOW()), ('storage_auto_generate_variants', 'true', NOW(), NOW()), ('storage_default_bucket_id', NULL, NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '20';
COMMIT;

-- V21 Message-ID composite index
BEGIN;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_message_ids_idx" ON "public"."phoenix_kit_email_logs" ("message_id", "aws_message_id");
COMMENT ON TABLE "public"."phoenix_kit" IS '21';
COMMIT;

-- V22 Email improvements & audit logging
BEGIN;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_logs_aws_message_id_uidx" ON "public"."phoenix_kit_email_logs" ("aws_message_id") WHERE aws_message_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_log_type_idx" ON "public"."phoenix_kit_email_events" ("email_log_id", "event_type");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_orphaned_events" ("id" bigserial, "aws_message_id" varchar(255) NOT NULL, "event_type" varchar(255) NOT NULL, "event_data" jsonb DEFAULT '{}' NOT NULL, "received_at" timestamp DEFAULT NOW() NOT NULL, "matched" boolean DEFAULT false NOT NULL, "matched_email_log_id" integer, "matched_at" timestamp, "error_message" text, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_orphaned_events_aws_id_idx" ON "public"."phoenix_kit_email_orphaned_events" ("aws_message_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orphaned_events_matched_idx" ON "public"."phoenix_kit_email_orphaned_events" ("matched");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orphaned_events_type_received_idx" ON "public"."phoenix_kit_email_orphaned_events" ("event_type", "received_at");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_email_metrics" ("id" bigserial, "metric_key" varchar(255) NOT NULL, "value" bigint DEFAULT 0 NOT NULL, "metadata" jsonb DEFAULT '{}', "metric_date" date DEFAULT CURRENT_DATE NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_metrics_key_date_uidx" ON "public"."phoenix_kit_email_metrics" ("metric_key", "metric_date");
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_metrics_date_idx" ON "public"."phoenix_kit_email_metrics" ("metric_date");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_audit_logs" ("id" bigserial, "target_user_id" integer NOT NULL, "admin_user_id" integer NOT NULL, "action" varchar(255) NOT NULL, "ip_address" varchar(255), "user_agent" text, "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_target_user_id_index" ON "public"."phoenix_kit_audit_logs" ("target_user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_admin_user_id_index" ON "public"."phoenix_kit_audit_logs" ("admin_user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_action_index" ON "public"."phoenix_kit_audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_inserted_at_index" ON "public"."phoenix_kit_audit_logs" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_target_user_id_action_index" ON "public"."phoenix_kit_audit_logs" ("target_user_id", "action");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_admin_user_id_action_index" ON "public"."phoenix_kit_audit_logs" ("admin_user_id", "action");
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_action_inserted_at_index" ON "public"."phoenix_kit_audit_logs" ("action", "inserted_at");
COMMENT ON TABLE "public"."phoenix_kit" IS '22';
COMMIT;

-- V23 Session fingerprinting
BEGIN;
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD COLUMN IF NOT EXISTS "ip_address" varchar(255);
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD COLUMN IF NOT EXISTS "user_agent_hash" varchar(255);
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_ip_address_index" ON "public"."phoenix_kit_users_tokens" ("ip_address");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_user_agent_hash_index" ON "public"."phoenix_kit_users_tokens" ("user_agent_hash");
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_token_ip_address_user_agent_hash_index" ON "public"."phoenix_kit_users_tokens" ("token", "ip_address", "user_agent_hash");
COMMENT ON TABLE "public"."phoenix_kit" IS '23';
COMMIT;

-- V24 File checksum unique index
BEGIN;
DELETE FROM "public"."phoenix_kit_files" WHERE id NOT IN (SELECT DISTINCT ON (checksum) id FROM "public".phoenix_kit_files ORDER BY checksum, inserted_at ASC);
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_files_checksum_index" ON "public"."phoenix_kit_files" ("checksum");
COMMENT ON TABLE "public"."phoenix_kit" IS '24';
COMMIT;

-- V25 Aspect ratio
BEGIN;
ALTER TABLE "public"."phoenix_kit_storage_dimensions" ADD COLUMN IF NOT EXISTS "maintain_aspect_ratio" boolean DEFAULT true NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '25';
COMMIT;

-- V26 Checksum rename and per-user dedupe
BEGIN;
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
DROP INDEX IF EXISTS "public"."phoenix_kit_files_checksum_index";
-- if phoenix_kit_files.checksum exists and phoenix_kit_files.file_checksum does not
ALTER TABLE "public"."phoenix_kit_files" RENAME COLUMN "checksum" TO "file_checksum";
ALTER TABLE "public"."phoenix_kit_files" ADD COLUMN IF NOT EXISTS "user_file_checksum" varchar(255);
UPDATE "public"."phoenix_kit_files" SET user_file_checksum = encode(digest(CAST(user_id AS text) || file_checksum, 'sha256'), 'hex') WHERE user_file_checksum IS NULL;
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_file_checksum" SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "public_phoenix_kit_files_user_file_checksum_index" ON "public"."phoenix_kit_files" ("user_file_checksum");
COMMENT ON TABLE "public"."phoenix_kit" IS '26';
COMMIT;

-- V27 Oban
BEGIN;
-- Oban migrations from the version recorded on public.oban_jobs to V13 (each version only if not applied yet):
    -- Oban V01: job state enum, oban_jobs, indexes, notify trigger
    -- if type oban_job_state does not exist
    CREATE TYPE "public"."oban_job_state" AS ENUM ('available', 'scheduled', 'executing', 'retryable', 'completed', 'discarded');
    CREATE TABLE IF NOT EXISTS "public"."oban_jobs" ("id" bigserial, "state" "public"."oban_job_state" DEFAULT 'available' NOT NULL, "queue" text DEFAULT 'default' NOT NULL, "worker" text NOT NULL, "args" jsonb NOT NULL, "errors" jsonb[] DEFAULT ARRAY[]::jsonb[] NOT NULL, "attempt" integer DEFAULT 0 NOT NULL, "max_attempts" integer DEFAULT 20 NOT NULL, "inserted_at" timestamp DEFAULT timezone('UTC', now()) NOT NULL, "scheduled_at" timestamp DEFAULT timezone('UTC', now()) NOT NULL, "attempted_at" timestamp, "completed_at" timestamp, PRIMARY KEY ("id"));
    CREATE INDEX IF NOT EXISTS "oban_jobs_queue_index" ON "public"."oban_jobs" ("queue");
    CREATE INDEX IF NOT EXISTS "oban_jobs_state_index" ON "public"."oban_jobs" ("state");
    CREATE INDEX IF NOT EXISTS "oban_jobs_scheduled_at_index" ON "public"."oban_jobs" ("scheduled_at");
    CREATE OR REPLACE FUNCTION "public"."oban_jobs_notify"() RETURNS trigger AS $pk$
DECLARE
  channel text;
  notice json;
BEGIN
  IF (TG_OP = 'INSERT') THEN
    channel = 'public.oban_insert';
    notice = json_build_object('queue', NEW.queue, 'state', NEW.state);

    -- No point triggering for a job that isn't scheduled to run now
    IF NEW.scheduled_at IS NOT NULL AND NEW.scheduled_at > now() AT TIME ZONE 'utc' THEN
      RETURN null;
    END IF;
  ELSE
    channel = 'public.oban_update';
    notice = json_build_object('queue', NEW.queue, 'new_state', NEW.state, 'old_state', OLD.state);
  END IF;

  PERFORM pg_notify(channel, notice::text);

  RETURN NULL;
END;
$pk$ LANGUAGE plpgsql;
    -- if oban_jobs has no trigger oban_notify
    CREATE TRIGGER "oban_notify" AFTER INSERT OR UPDATE OF state ON "public"."oban_jobs" FOR EACH ROW EXECUTE PROCEDURE "public"."oban_jobs_notify"();
    COMMENT ON TABLE "public"."oban_jobs" IS '1';
    -- Oban V02: partial scheduled_at index, length checks, oban_wrap_id
    DROP INDEX IF EXISTS "public"."oban_jobs_scheduled_at_index";
    CREATE INDEX IF NOT EXISTS "oban_jobs_scheduled_at_index" ON "public"."oban_jobs" ("scheduled_at") WHERE state in ('available'::"public".oban_job_state, 'scheduled'::"public".oban_job_state);
    -- if oban_jobs has no constraint worker_length
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "worker_length" CHECK (char_length(worker) > 0 AND char_length(worker) < 128);
    -- if oban_jobs has no constraint queue_length
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "queue_length" CHECK (char_length(queue) > 0 AND char_length(queue) < 128);
    CREATE OR REPLACE FUNCTION "public"."oban_wrap_id"(value bigint) RETURNS int AS $pk$
BEGIN
  RETURN (CASE WHEN value > 2147483647 THEN mod(value, 2147483647) ELSE value END)::int;
END;
$pk$ LANGUAGE plpgsql IMMUTABLE;
    COMMENT ON TABLE "public"."oban_jobs" IS '2';
    -- Oban V03: attempted_by
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "attempted_by" text[];
    COMMENT ON TABLE "public"."oban_jobs" IS '3';
    -- Oban V04: drop oban_wrap_id
    DROP FUNCTION IF EXISTS "public"."oban_wrap_id"(value bigint);
    COMMENT ON TABLE "public"."oban_jobs" IS '4';
    -- Oban V05: composite queue/state/scheduled_at/id index
    DROP INDEX IF EXISTS "public"."oban_jobs_scheduled_at_index";
    DROP INDEX IF EXISTS "public"."oban_jobs_queue_index";
    DROP INDEX IF EXISTS "public"."oban_jobs_state_index";
    CREATE INDEX IF NOT EXISTS "oban_jobs_queue_state_scheduled_at_id_index" ON "public"."oban_jobs" ("queue", "state", "scheduled_at", "id");
    COMMENT ON TABLE "public"."oban_jobs" IS '5';
    -- Oban V06: no-op (formerly oban_beats)
    COMMENT ON TABLE "public"."oban_jobs" IS '6';
    -- Oban V07: attempted_at/id index for finished jobs
    CREATE INDEX IF NOT EXISTS "oban_jobs_attempted_at_id_index" ON "public"."oban_jobs" ("attempted_at" DESC, "id") WHERE state in ('completed', 'discarded');
    COMMENT ON TABLE "public"."oban_jobs" IS '7';
    -- Oban V08: discarded_at, priority, tags; insert-only notify trigger
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "discarded_at" timestamp;
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "priority" integer;
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "tags" text[];
    ALTER TABLE "public"."oban_jobs" ALTER COLUMN "priority" SET DEFAULT 0;
    ALTER TABLE "public"."oban_jobs" ALTER COLUMN "tags" SET DEFAULT ARRAY[]::text[];
    DROP INDEX IF EXISTS "public"."oban_jobs_queue_state_scheduled_at_id_index";
    CREATE INDEX IF NOT EXISTS "oban_jobs_state_queue_priority_scheduled_at_id_index" ON "public"."oban_jobs" ("state", "queue", "priority", "scheduled_at", "id");
    CREATE OR REPLACE FUNCTION "public"."oban_jobs_notify"() RETURNS trigger AS $pk$
DECLARE
  channel text;
  notice json;
BEGIN
  IF NEW.state = 'available' THEN
    channel = 'public.oban_insert';
    notice = json_build_object('queue', NEW.queue);

    PERFORM pg_notify(channel, notice::text);
  END IF;

  RETURN NULL;
END;
$pk$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS "oban_notify" ON "public"."oban_jobs";
    -- if oban_jobs has no trigger oban_notify
    CREATE TRIGGER "oban_notify" AFTER INSERT ON "public"."oban_jobs" FOR EACH ROW EXECUTE PROCEDURE "public"."oban_jobs_notify"();
    COMMENT ON TABLE "public"."oban_jobs" IS '8';
    -- Oban V09: meta, cancelled_at, cancelled job state
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "meta" jsonb DEFAULT '{}';
    ALTER TABLE "public"."oban_jobs" ADD COLUMN IF NOT EXISTS "cancelled_at" timestamp;
    ALTER TYPE "public"."oban_job_state" ADD VALUE IF NOT EXISTS 'cancelled';
    COMMENT ON TABLE "public"."oban_jobs" IS '9';
    -- Oban V10: args default, priority not null, checks, GIN indexes
    ALTER TABLE "public"."oban_jobs" ALTER COLUMN "args" SET DEFAULT '{}';
    ALTER TABLE "public"."oban_jobs" ALTER COLUMN "priority" SET NOT NULL;
    -- if oban_jobs has no constraint priority_range
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "priority_range" CHECK (priority between 0 and 3);
    -- if oban_jobs has no constraint positive_max_attempts
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "positive_max_attempts" CHECK (max_attempts > 0);
    -- if oban_jobs has no constraint attempt_range
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "attempt_range" CHECK (attempt between 0 and max_attempts);
    
DROP INDEX IF EXISTS "public".oban_jobs_args_vector;
DROP INDEX IF EXISTS "public".oban_jobs_worker_gist;
;
    DROP INDEX IF EXISTS "public"."oban_jobs_attempted_at_id_index";
    CREATE INDEX IF NOT EXISTS "oban_jobs_args_index" ON "public"."oban_jobs" USING gin ("args");
    CREATE INDEX IF NOT EXISTS "oban_jobs_meta_index" ON "public"."oban_jobs" USING gin ("meta");
    COMMENT ON TABLE "public"."oban_jobs" IS '10';
    -- Oban V11: oban_peers (unlogged)
    CREATE TABLE IF NOT EXISTS "public"."oban_peers" ("name" text, "node" text NOT NULL, "started_at" timestamp NOT NULL, "expires_at" timestamp NOT NULL, PRIMARY KEY ("name"));
    -- if oban_peers is not unlogged yet
    ALTER TABLE "public"."oban_peers" SET UNLOGGED;
    COMMENT ON TABLE "public"."oban_jobs" IS '11';
    -- Oban V12: non-negative priority, drop notify trigger
    ALTER TABLE "public"."oban_jobs" DROP CONSTRAINT IF EXISTS "priority_range";
    -- if oban_jobs has no constraint non_negative_priority
    ALTER TABLE "public"."oban_jobs" ADD CONSTRAINT "non_negative_priority" CHECK (priority >= 0) NOT VALID;
    DROP TRIGGER IF EXISTS "oban_notify" ON "public"."oban_jobs";
    DROP FUNCTION IF EXISTS "public"."oban_jobs_notify"();
    COMMENT ON TABLE "public"."oban_jobs" IS '12';
    -- Oban V13: state/cancelled_at and state/discarded_at indexes
    CREATE INDEX IF NOT EXISTS "oban_jobs_state_cancelled_at_index" ON "public"."oban_jobs" ("state", "cancelled_at");
    CREATE INDEX IF NOT EXISTS "oban_jobs_state_discarded_at_index" ON "public"."oban_jobs" ("state", "discarded_at");
    COMMENT ON TABLE "public"."oban_jobs" IS '13';
COMMENT ON TABLE "public"."phoenix_kit" IS '27';
COMMIT;

-- V28 Preferred locale
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "preferred_locale" varchar(10);
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_preferred_locale_index" ON "public"."phoenix_kit_users" ("preferred_locale");
COMMENT ON TABLE "public"."phoenix_kit" IS '28';
COMMIT;

-- V29 Posts
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_posts" ("id" uuid, "user_id" bigint NOT NULL, "title" varchar(255) NOT NULL, "sub_title" varchar(255), "content" text NOT NULL, "type" varchar(255) DEFAULT 'post' NOT NULL, "status" varchar(255) DEFAULT 'draft' NOT NULL, "scheduled_at" timestamp, "published_at" timestamp, "repost_url" varchar(255), "slug" varchar(255) NOT NULL, "like_count" integer DEFAULT 0 NOT NULL, "comment_count" integer DEFAULT 0 NOT NULL, "view_count" integer DEFAULT 0 NOT NULL, "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_posts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_user_id_index" ON "public"."phoenix_kit_posts" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_status_index" ON "public"."phoenix_kit_posts" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_type_index" ON "public"."phoenix_kit_posts" ("type");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_slug_index" ON "public"."phoenix_kit_posts" ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_scheduled_at_index" ON "public"."phoenix_kit_posts" ("scheduled_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_published_at_index" ON "public"."phoenix_kit_posts" ("published_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_user_id_status_index" ON "public"."phoenix_kit_posts" ("user_id", "status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_type_status_index" ON "public"."phoenix_kit_posts" ("type", "status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_status_published_at_index" ON "public"."phoenix_kit_posts" ("status", "published_at");
COMMENT ON TABLE "public"."phoenix_kit_posts" IS 'Social posts with media, type-specific layouts, and scheduled publishing';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_media" ("id" uuid, "post_id" uuid NOT NULL, "file_id" uuid NOT NULL, "position" integer NOT NULL, "caption" text, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_media_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_media_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "public"."phoenix_kit_files"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_media_post_id_index" ON "public"."phoenix_kit_post_media" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_media_file_id_index" ON "public"."phoenix_kit_post_media" ("file_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_media_position_index" ON "public"."phoenix_kit_post_media" ("position");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_media_post_id_position_index" ON "public"."phoenix_kit_post_media" ("post_id", "position");
COMMENT ON TABLE "public"."phoenix_kit_post_media" IS 'Post media attachments junction (ordered image galleries with captions)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_likes" ("id" uuid, "post_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_likes_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_likes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_likes_post_id_index" ON "public"."phoenix_kit_post_likes" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_likes_user_id_index" ON "public"."phoenix_kit_post_likes" ("user_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_likes_post_id_user_id_index" ON "public"."phoenix_kit_post_likes" ("post_id", "user_id");
COMMENT ON TABLE "public"."phoenix_kit_post_likes" IS 'User likes on posts (unique per user/post pair)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_comments" ("id" uuid, "post_id" uuid NOT NULL, "user_id" bigint NOT NULL, "parent_id" uuid, "content" text NOT NULL, "status" varchar(255) DEFAULT 'published' NOT NULL, "depth" integer DEFAULT 0 NOT NULL, "like_count" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_comments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."phoenix_kit_post_comments"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_post_id_index" ON "public"."phoenix_kit_post_comments" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_user_id_index" ON "public"."phoenix_kit_post_comments" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_parent_id_index" ON "public"."phoenix_kit_post_comments" ("parent_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_status_index" ON "public"."phoenix_kit_post_comments" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_depth_index" ON "public"."phoenix_kit_post_comments" ("depth");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_post_id_parent_id_depth_index" ON "public"."phoenix_kit_post_comments" ("post_id", "parent_id", "depth");
COMMENT ON TABLE "public"."phoenix_kit_post_comments" IS 'Nested threaded comments with unlimited depth (self-referencing)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_mentions" ("id" uuid, "post_id" uuid NOT NULL, "user_id" bigint NOT NULL, "mention_type" varchar(255) DEFAULT 'mention' NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_mentions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_mentions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_post_id_index" ON "public"."phoenix_kit_post_mentions" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_user_id_index" ON "public"."phoenix_kit_post_mentions" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_mention_type_index" ON "public"."phoenix_kit_post_mentions" ("mention_type");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_post_id_user_id_index" ON "public"."phoenix_kit_post_mentions" ("post_id", "user_id");
COMMENT ON TABLE "public"."phoenix_kit_post_mentions" IS 'User mentions/contributors (tagged users related to post)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_tags" ("id" uuid, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "usage_count" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_tags_usage_count_index" ON "public"."phoenix_kit_post_tags" ("usage_count");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_tags_slug_index" ON "public"."phoenix_kit_post_tags" ("slug");
COMMENT ON TABLE "public"."phoenix_kit_post_tags" IS 'Hashtag system for post categorization (auto-slugified)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_tag_assignments" ("post_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_tag_assignments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_tag_assignments_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "public"."phoenix_kit_post_tags"("id") ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_tag_assignments_post_id_index" ON "public"."phoenix_kit_post_tag_assignments" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_tag_assignments_tag_id_index" ON "public"."phoenix_kit_post_tag_assignments" ("tag_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_tag_assignments_post_id_tag_id_index" ON "public"."phoenix_kit_post_tag_assignments" ("post_id", "tag_id");
COMMENT ON TABLE "public"."phoenix_kit_post_tag_assignments" IS 'Post-Tag many-to-many junction';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_groups" ("id" uuid, "user_id" bigint NOT NULL, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "cover_image_id" uuid, "post_count" integer DEFAULT 0 NOT NULL, "is_public" boolean DEFAULT false NOT NULL, "position" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_groups_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_groups_cover_image_id_fkey" FOREIGN KEY ("cover_image_id") REFERENCES "public"."phoenix_kit_files"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_user_id_index" ON "public"."phoenix_kit_post_groups" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_is_public_index" ON "public"."phoenix_kit_post_groups" ("is_public");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_position_index" ON "public"."phoenix_kit_post_groups" ("position");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_user_id_position_index" ON "public"."phoenix_kit_post_groups" ("user_id", "position");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_groups_user_id_slug_index" ON "public"."phoenix_kit_post_groups" ("user_id", "slug");
COMMENT ON TABLE "public"."phoenix_kit_post_groups" IS 'User-created collections to organize posts (Pinterest-style boards)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_group_assignments" ("post_id" uuid NOT NULL, "group_id" uuid NOT NULL, "position" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_group_assignments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_group_assignments_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "public"."phoenix_kit_post_groups"("id") ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_group_assignments_post_id_index" ON "public"."phoenix_kit_post_group_assignments" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_group_assignments_group_id_index" ON "public"."phoenix_kit_post_group_assignments" ("group_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_group_assignments_position_index" ON "public"."phoenix_kit_post_group_assignments" ("position");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_group_assignments_group_id_position_index" ON "public"."phoenix_kit_post_group_assignments" ("group_id", "position");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_group_assignments_post_id_group_id_index" ON "public"."phoenix_kit_post_group_assignments" ("post_id", "group_id");
COMMENT ON TABLE "public"."phoenix_kit_post_group_assignments" IS 'Post-Group many-to-many junction with position ordering';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_views" ("id" uuid, "post_id" uuid NOT NULL, "user_id" bigint, "ip_address" varchar(255), "user_agent_hash" varchar(255), "session_id" varchar(255), "viewed_at" timestamp NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_views_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_post_id_index" ON "public"."phoenix_kit_post_views" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_user_id_index" ON "public"."phoenix_kit_post_views" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_session_id_index" ON "public"."phoenix_kit_post_views" ("session_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_viewed_at_index" ON "public"."phoenix_kit_post_views" ("viewed_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_post_id_viewed_at_index" ON "public"."phoenix_kit_post_views" ("post_id", "viewed_at");
COMMENT ON TABLE "public"."phoenix_kit_post_views" IS 'Analytics tracking for post views (session-based deduplication)';
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('posts_max_media', '10', NOW(), NOW()), ('posts_max_title_length', '255', NOW(), NOW()), ('posts_max_subtitle_length', '500', NOW(), NOW()), ('posts_max_content_length', '50000', NOW(), NOW()), ('posts_max_mentions', '10', NOW(), NOW()), ('posts_max_tags', '20', NOW(), NOW()), ('posts_enabled', 'false', NOW(), NOW()), ('posts_per_page', '20', NOW(), NOW()), ('posts_default_status', 'draft', NOW(), NOW()), ('posts_comments_enabled', 'true', NOW(), NOW()), ('posts_likes_enabled', 'true', NOW(), NOW()), ('posts_allow_scheduling', 'true', NOW(), NOW()), ('posts_allow_groups', 'true', NOW(), NOW()), ('posts_allow_reposts', 'true', NOW(), NOW()), ('posts_seo_auto_slug', 'true', NOW(), NOW()), ('posts_show_view_count', 'true', NOW(), NOW()), ('posts_require_approval', 'false', NOW(), NOW()), ('posts_comment_moderation', 'false', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '29';
COMMIT;

-- V30 Move preferred_locale into custom_fields
BEGIN;
-- if column phoenix_kit_users.preferred_locale exists:
    UPDATE "public"."phoenix_kit_users" SET custom_fields = COALESCE(custom_fields, '{}'::jsonb) || jsonb_build_object('preferred_locale', preferred_locale) WHERE preferred_locale IS NOT NULL;
    DROP INDEX IF EXISTS "public"."phoenix_kit_users_preferred_locale_index";
    ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "preferred_locale";
COMMENT ON TABLE "public"."phoenix_kit" IS '30';
COMMIT;

-- V31 Billing phase 1
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_currencies" ("id" bigserial, "code" varchar(3) NOT NULL, "name" varchar(255) NOT NULL, "symbol" varchar(5) NOT NULL, "decimal_places" integer DEFAULT 2 NOT NULL, "is_default" boolean DEFAULT false NOT NULL, "enabled" boolean DEFAULT true NOT NULL, "exchange_rate" decimal(15,6) DEFAULT 1 NOT NULL, "sort_order" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_currencies_code_uidx" ON "public"."phoenix_kit_currencies" ("code");
INSERT INTO "public"."phoenix_kit_currencies" ("code", "name", "symbol", "decimal_places", "is_default", "enabled", "exchange_rate", "sort_order", "inserted_at", "updated_at") VALUES ('EUR', 'Euro', '€', 2, true, true, 1.000000, 1, NOW(), NOW()), ('USD', 'US Dollar', '$', 2, false, true, 1.100000, 2, NOW(), NOW()), ('GBP', 'British Pound', '£', 2, false, true, 0.850000, 3, NOW(), NOW()) ON CONFLICT ("code") DO NOTHING;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_billing_profiles" ("id" bigserial, "user_id" integer NOT NULL, "type" varchar(20) DEFAULT 'individual' NOT NULL, "is_default" boolean DEFAULT false NOT NULL, "name" varchar(255), "first_name" varchar(255), "last_name" varchar(255), "middle_name" varchar(255), "phone" varchar(255), "email" varchar(255), "company_name" varchar(255), "company_vat_number" varchar(20), "company_registration_number" varchar(30), "company_legal_address" text, "address_line1" varchar(255), "address_line2" varchar(255), "city" varchar(255), "state" varchar(255), "postal_code" varchar(20), "country" varchar(2) DEFAULT 'EE', "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_user_id_idx" ON "public"."phoenix_kit_billing_profiles" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_user_default_idx" ON "public"."phoenix_kit_billing_profiles" ("user_id", "is_default");
-- if phoenix_kit_billing_profiles has no constraint phoenix_kit_billing_profiles_user_id_fkey
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD CONSTRAINT "phoenix_kit_billing_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_orders" ("id" bigserial, "user_id" integer NOT NULL, "billing_profile_id" integer, "order_number" varchar(30) NOT NULL, "status" varchar(20) DEFAULT 'draft' NOT NULL, "payment_method" varchar(20) DEFAULT 'bank' NOT NULL, "line_items" jsonb DEFAULT '[]' NOT NULL, "subtotal" decimal(15,2) DEFAULT 0 NOT NULL, "tax_amount" decimal(15,2) DEFAULT 0 NOT NULL, "tax_rate" decimal(5,4) DEFAULT 0 NOT NULL, "discount_amount" decimal(15,2) DEFAULT 0 NOT NULL, "discount_code" varchar(50), "total" decimal(15,2) NOT NULL, "currency" varchar(3) DEFAULT 'EUR' NOT NULL, "billing_snapshot" jsonb DEFAULT '{}', "notes" text, "internal_notes" text, "metadata" jsonb DEFAULT '{}', "confirmed_at" timestamp, "paid_at" timestamp, "cancelled_at" timestamp, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_orders_order_number_uidx" ON "public"."phoenix_kit_orders" ("order_number");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_user_id_idx" ON "public"."phoenix_kit_orders" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_status_idx" ON "public"."phoenix_kit_orders" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_inserted_at_idx" ON "public"."phoenix_kit_orders" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_billing_profile_id_idx" ON "public"."phoenix_kit_orders" ("billing_profile_id");
-- if phoenix_kit_orders has no constraint phoenix_kit_orders_user_id_fkey
ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "phoenix_kit_orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE RESTRICT;
-- if phoenix_kit_orders has no constraint phoenix_kit_orders_billing_profile_id_fkey
ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "phoenix_kit_orders_billing_profile_id_fkey" FOREIGN KEY ("billing_profile_id") REFERENCES "public"."phoenix_kit_billing_profiles"("id") ON DELETE SET NULL;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_invoices" ("id" bigserial, "user_id" integer NOT NULL, "order_id" integer, "invoice_number" varchar(30) NOT NULL, "status" varchar(20) DEFAULT 'draft' NOT NULL, "subtotal" decimal(15,2) DEFAULT 0 NOT NULL, "tax_amount" decimal(15,2) DEFAULT 0 NOT NULL, "tax_rate" decimal(5,4) DEFAULT 0 NOT NULL, "total" decimal(15,2) NOT NULL, "currency" varchar(3) DEFAULT 'EUR' NOT NULL, "due_date" date, "billing_details" jsonb DEFAULT '{}', "line_items" jsonb DEFAULT '[]' NOT NULL, "payment_terms" varchar(255), "bank_details" jsonb DEFAULT '{}', "notes" text, "metadata" jsonb DEFAULT '{}', "receipt_number" varchar(30), "receipt_generated_at" timestamp, "receipt_data" jsonb DEFAULT '{}', "sent_at" timestamp, "paid_at" timestamp, "voided_at" timestamp, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_invoices_invoice_number_uidx" ON "public"."phoenix_kit_invoices" ("invoice_number");
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_user_id_idx" ON "public"."phoenix_kit_invoices" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_order_id_idx" ON "public"."phoenix_kit_invoices" ("order_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_status_idx" ON "public"."phoenix_kit_invoices" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_due_date_idx" ON "public"."phoenix_kit_invoices" ("due_date");
-- if phoenix_kit_invoices has no constraint phoenix_kit_invoices_user_id_fkey
ALTER TABLE "public"."phoenix_kit_invoices" ADD CONSTRAINT "phoenix_kit_invoices_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE RESTRICT;
-- if phoenix_kit_invoices has no constraint phoenix_kit_invoices_order_id_fkey
ALTER TABLE "public"."phoenix_kit_invoices" ADD CONSTRAINT "phoenix_kit_invoices_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "public"."phoenix_kit_orders"("id") ON DELETE SET NULL;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_transactions" ("id" bigserial, "invoice_id" integer NOT NULL, "user_id" integer NOT NULL, "transaction_number" varchar(30) NOT NULL, "amount" decimal(15,2) NOT NULL, "currency" varchar(3) DEFAULT 'EUR' NOT NULL, "payment_method" varchar(20) DEFAULT 'bank' NOT NULL, "description" varchar(255), "metadata" jsonb DEFAULT '{}', "provider_transaction_id" varchar(255), "provider_data" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_transactions_transaction_number_uidx" ON "public"."phoenix_kit_transactions" ("transaction_number");
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_invoice_id_idx" ON "public"."phoenix_kit_transactions" ("invoice_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_user_id_idx" ON "public"."phoenix_kit_transactions" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_payment_method_idx" ON "public"."phoenix_kit_transactions" ("payment_method");
-- if phoenix_kit_transactions has no constraint phoenix_kit_transactions_invoice_id_fkey
ALTER TABLE "public"."phoenix_kit_transactions" ADD CONSTRAINT "phoenix_kit_transactions_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "public"."phoenix_kit_invoices"("id") ON DELETE RESTRICT;
-- if phoenix_kit_transactions has no constraint phoenix_kit_transactions_user_id_fkey
ALTER TABLE "public"."phoenix_kit_transactions" ADD CONSTRAINT "phoenix_kit_transactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE RESTRICT;
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "paid_amount" decimal(15,2) DEFAULT 0 NOT NULL;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('billing_enabled', 'false', 'billing', NOW(), NOW()), ('billing_default_currency', 'EUR', 'billing', NOW(), NOW()), ('billing_tax_enabled', 'false', 'billing', NOW(), NOW()), ('billing_default_tax_rate', '0', 'billing', NOW(), NOW()), ('billing_invoice_prefix', 'INV', 'billing', NOW(), NOW()), ('billing_order_prefix', 'ORD', 'billing', NOW(), NOW()), ('billing_receipt_prefix', 'RCP', 'billing', NOW(), NOW()), ('billing_invoice_due_days', '14', 'billing', NOW(), NOW()), ('billing_transaction_prefix', 'TXN', 'billing', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit_currencies" IS 'Supported currencies for billing with exchange rates';
COMMENT ON TABLE "public"."phoenix_kit_billing_profiles" IS 'User billing information for individuals and companies (EU Standard)';
COMMENT ON COLUMN "public"."phoenix_kit_billing_profiles"."type" IS 'Profile type: individual or company';
COMMENT ON COLUMN "public"."phoenix_kit_billing_profiles"."company_vat_number" IS 'EU VAT Number (e.g., EE123456789)';
COMMENT ON TABLE "public"."phoenix_kit_orders" IS 'Orders with line items, amounts, and billing information';
COMMENT ON COLUMN "public"."phoenix_kit_orders"."line_items" IS 'JSONB array of line items: [{name, description, quantity, unit_price, total}]';
COMMENT ON COLUMN "public"."phoenix_kit_orders"."billing_snapshot" IS 'Snapshot of billing profile at order creation time';
COMMENT ON TABLE "public"."phoenix_kit_invoices" IS 'Invoices generated from orders with receipt functionality';
COMMENT ON COLUMN "public"."phoenix_kit_invoices"."bank_details" IS 'Bank account details for payment (IBAN, SWIFT, bank name)';
COMMENT ON COLUMN "public"."phoenix_kit_invoices"."receipt_data" IS 'Receipt information after payment (PDF URL, download count, etc.)';
COMMENT ON TABLE "public"."phoenix_kit_transactions" IS 'Payment transactions for invoices (amount > 0 = payment, amount < 0 = refund)';
COMMENT ON COLUMN "public"."phoenix_kit_transactions"."amount" IS 'Transaction amount: positive for payments, negative for refunds';
COMMENT ON TABLE "public"."phoenix_kit" IS '31';
COMMIT;

-- V32 AI system
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ai_accounts" ("id" bigserial, "name" varchar(100) NOT NULL, "provider" varchar(50) DEFAULT 'openrouter' NOT NULL, "api_key" text NOT NULL, "base_url" varchar(255), "settings" jsonb DEFAULT '{}', "enabled" boolean DEFAULT true NOT NULL, "last_validated_at" timestamp, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_accounts_provider_idx" ON "public"."phoenix_kit_ai_accounts" ("provider");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_accounts_enabled_idx" ON "public"."phoenix_kit_ai_accounts" ("enabled");
COMMENT ON TABLE "public"."phoenix_kit_ai_accounts" IS 'AI provider accounts for text processing (OpenRouter, etc.)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_accounts"."api_key" IS 'Provider API key (stored in plain text like OAuth credentials)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_accounts"."settings" IS 'Provider-specific settings (HTTP-Referer, X-Title headers for OpenRouter, etc.)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ai_requests" ("id" bigserial, "account_id" integer, "user_id" integer, "slot_index" integer, "model" varchar(100), "request_type" varchar(50) DEFAULT 'text_completion' NOT NULL, "input_tokens" integer DEFAULT 0 NOT NULL, "output_tokens" integer DEFAULT 0 NOT NULL, "total_tokens" integer DEFAULT 0 NOT NULL, "cost_cents" integer, "latency_ms" integer, "status" varchar(20) DEFAULT 'success' NOT NULL, "error_message" text, "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_account_id_idx" ON "public"."phoenix_kit_ai_requests" ("account_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_user_id_idx" ON "public"."phoenix_kit_ai_requests" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_status_idx" ON "public"."phoenix_kit_ai_requests" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_inserted_at_idx" ON "public"."phoenix_kit_ai_requests" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_model_idx" ON "public"."phoenix_kit_ai_requests" ("model");
-- if phoenix_kit_ai_requests has no constraint phoenix_kit_ai_requests_account_id_fkey
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."phoenix_kit_ai_accounts"("id") ON DELETE SET NULL;
-- if phoenix_kit_ai_requests has no constraint phoenix_kit_ai_requests_user_id_fkey
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL;
COMMENT ON TABLE "public"."phoenix_kit_ai_requests" IS 'AI API request history for usage tracking and statistics';
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."slot_index" IS 'Which text processing slot was used (0, 1, or 2)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."cost_cents" IS 'Estimated cost in cents (when available from API response)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."status" IS 'Request status: success, error, or timeout';
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('ai_enabled', 'false', 'ai', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value_json", "module", "date_added", "date_updated") VALUES ('ai_text_processing_slots', '{"slots":[{"account_id":null,"description":"","enabled":false,"max_tokens":1000,"model":"","name":"Slot 1","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":2000,"model":"","name":"Slot 2","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":4000,"model":"","name":"Slot 3","temperature":0.7}]}', 'ai', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '32';
COMMIT;

-- V33 Payment providers & subscriptions
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_payment_methods" ("id" bigserial, "user_id" integer NOT NULL, "provider" varchar(20) NOT NULL, "provider_payment_method_id" varchar(255) NOT NULL, "provider_customer_id" varchar(255), "type" varchar(20) DEFAULT 'card' NOT NULL, "brand" varchar(20), "last4" varchar(4), "exp_month" integer, "exp_year" integer, "display_name" varchar(255), "is_default" boolean DEFAULT false NOT NULL, "status" varchar(20) DEFAULT 'active' NOT NULL, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_user_id_idx" ON "public"."phoenix_kit_payment_methods" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_user_default_idx" ON "public"."phoenix_kit_payment_methods" ("user_id", "is_default");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_provider_id_uidx" ON "public"."phoenix_kit_payment_methods" ("provider", "provider_payment_method_id");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_subscription_plans" ("id" bigserial, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "price" decimal(15,2) NOT NULL, "currency" varchar(3) DEFAULT 'EUR' NOT NULL, "interval" varchar(10) DEFAULT 'month' NOT NULL, "interval_count" integer DEFAULT 1 NOT NULL, "trial_days" integer DEFAULT 0 NOT NULL, "features" jsonb[] DEFAULT ARRAY[]::jsonb[] NOT NULL, "active" boolean DEFAULT true NOT NULL, "sort_order" integer DEFAULT 0 NOT NULL, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscription_plans_slug_uidx" ON "public"."phoenix_kit_subscription_plans" ("slug");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_subscriptions" ("id" bigserial, "user_id" integer NOT NULL, "billing_profile_id" integer, "payment_method_id" integer, "plan_id" integer NOT NULL, "plan_name" varchar(255) NOT NULL, "provider" varchar(20), "provider_subscription_id" varchar(255), "status" varchar(20) DEFAULT 'active' NOT NULL, "current_period_start" timestamp NOT NULL, "current_period_end" timestamp NOT NULL, "cancel_at_period_end" boolean DEFAULT false NOT NULL, "cancelled_at" timestamp, "trial_start" timestamp, "trial_end" timestamp, "grace_period_end" timestamp, "renewal_attempts" integer DEFAULT 0 NOT NULL, "last_renewal_attempt_at" timestamp, "last_renewal_error" varchar(255), "price" decimal(15,2) NOT NULL, "currency" varchar(3) DEFAULT 'EUR' NOT NULL, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_user_id_idx" ON "public"."phoenix_kit_subscriptions" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_status_idx" ON "public"."phoenix_kit_subscriptions" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_period_end_idx" ON "public"."phoenix_kit_subscriptions" ("current_period_end");
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_provider_idx" ON "public"."phoenix_kit_subscriptions" ("provider", "provider_subscription_id");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_payment_provider_configs" ("id" bigserial, "provider" varchar(20) NOT NULL, "enabled" boolean DEFAULT false NOT NULL, "mode" varchar(10) DEFAULT 'test' NOT NULL, "api_key" text, "api_secret" text, "webhook_secret" text, "webhook_url" varchar(255), "last_verified_at" timestamp, "verification_status" varchar(20) DEFAULT 'pending', "verification_error" text, "config" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_provider_configs_provider_uidx" ON "public"."phoenix_kit_payment_provider_configs" ("provider");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_webhook_events" ("id" bigserial, "provider" varchar(20) NOT NULL, "event_id" varchar(255) NOT NULL, "event_type" varchar(255) NOT NULL, "payload" jsonb DEFAULT '{}' NOT NULL, "processed" boolean DEFAULT false NOT NULL, "processed_at" timestamp, "error_message" text, "retry_count" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_webhook_events_provider_event_uidx" ON "public"."phoenix_kit_webhook_events" ("provider", "event_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_webhook_events_processed_idx" ON "public"."phoenix_kit_webhook_events" ("processed");
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "checkout_session_id" varchar(255);
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "checkout_url" text;
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "checkout_expires_at" timestamp;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "payment_method" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "payment_method" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "subscription_id" integer;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_subscription_id_idx" ON "public"."phoenix_kit_invoices" ("subscription_id");
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('billing_stripe_enabled', 'false', 'billing', NOW(), NOW()), ('billing_paypal_enabled', 'false', 'billing', NOW(), NOW()), ('billing_razorpay_enabled', 'false', 'billing', NOW(), NOW()), ('billing_subscription_grace_days', '3', 'billing', NOW(), NOW()), ('billing_dunning_max_attempts', '3', 'billing', NOW(), NOW()), ('billing_dunning_retry_days', '3', 'billing', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '33';
COMMIT;

-- V34 AI endpoints
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ai_endpoints" ("id" bigserial, "name" varchar(100) NOT NULL, "description" varchar(500), "provider" varchar(50) DEFAULT 'openrouter' NOT NULL, "api_key" text NOT NULL, "base_url" varchar(255), "provider_settings" jsonb DEFAULT '{}', "model" varchar(150) NOT NULL, "temperature" float DEFAULT 0.7, "max_tokens" integer, "top_p" float, "top_k" integer, "frequency_penalty" float, "presence_penalty" float, "repetition_penalty" float, "stop" varchar(255)[], "seed" integer, "image_size" varchar(20), "image_quality" varchar(20), "dimensions" integer, "enabled" boolean DEFAULT true NOT NULL, "sort_order" integer DEFAULT 0 NOT NULL, "last_validated_at" timestamp, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_endpoints_enabled_idx" ON "public"."phoenix_kit_ai_endpoints" ("enabled");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_endpoints_sort_order_idx" ON "public"."phoenix_kit_ai_endpoints" ("sort_order");
COMMENT ON TABLE "public"."phoenix_kit_ai_endpoints" IS 'AI endpoints - unified configuration combining credentials, model, and parameters';
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."provider_settings" IS 'Provider-specific settings (http_referer, x_title for OpenRouter, etc.)';
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "endpoint_id" integer;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "endpoint_name" varchar(100);
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_endpoint_id_idx" ON "public"."phoenix_kit_ai_requests" ("endpoint_id");
-- if phoenix_kit_ai_requests has no constraint phoenix_kit_ai_requests_endpoint_id_fkey
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "public"."phoenix_kit_ai_endpoints"("id") ON DELETE SET NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."endpoint_id" IS 'Reference to AI endpoint used (new system)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."endpoint_name" IS 'Denormalized endpoint name for historical display';
DELETE FROM "public"."phoenix_kit_settings" WHERE key IN ('ai_text_processing_slots', 'ai_vision_processing_slots', 'ai_image_gen_slots', 'ai_embeddings_slots');
COMMENT ON TABLE "public"."phoenix_kit" IS '34';
COMMIT;

-- V35 Support tickets
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_tickets" ("id" uuid, "user_id" bigint NOT NULL, "assigned_to_id" bigint, "title" varchar(255) NOT NULL, "description" text NOT NULL, "status" varchar(255) DEFAULT 'open' NOT NULL, "slug" varchar(255) NOT NULL, "comment_count" integer DEFAULT 0 NOT NULL, "metadata" jsonb DEFAULT '{}', "resolved_at" timestamp, "closed_at" timestamp, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_tickets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_tickets_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_user_id_index" ON "public"."phoenix_kit_tickets" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_assigned_to_id_index" ON "public"."phoenix_kit_tickets" ("assigned_to_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_status_index" ON "public"."phoenix_kit_tickets" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_slug_index" ON "public"."phoenix_kit_tickets" ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_inserted_at_index" ON "public"."phoenix_kit_tickets" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_status_assigned_to_id_index" ON "public"."phoenix_kit_tickets" ("status", "assigned_to_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_user_id_status_index" ON "public"."phoenix_kit_tickets" ("user_id", "status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_status_inserted_at_index" ON "public"."phoenix_kit_tickets" ("status", "inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_tickets" IS 'Support tickets with status workflow (open/in_progress/resolved/closed)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ticket_comments" ("id" uuid, "ticket_id" uuid NOT NULL, "user_id" bigint NOT NULL, "parent_id" uuid, "content" text NOT NULL, "is_internal" boolean DEFAULT false NOT NULL, "depth" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_ticket_comments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "public"."phoenix_kit_tickets"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_comments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."phoenix_kit_ticket_comments"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_ticket_id_index" ON "public"."phoenix_kit_ticket_comments" ("ticket_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_user_id_index" ON "public"."phoenix_kit_ticket_comments" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_parent_id_index" ON "public"."phoenix_kit_ticket_comments" ("parent_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_is_internal_index" ON "public"."phoenix_kit_ticket_comments" ("is_internal");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_ticket_id_is_internal_index" ON "public"."phoenix_kit_ticket_comments" ("ticket_id", "is_internal");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_ticket_id_parent_id_depth_index" ON "public"."phoenix_kit_ticket_comments" ("ticket_id", "parent_id", "depth");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_ticket_id_inserted_at_index" ON "public"."phoenix_kit_ticket_comments" ("ticket_id", "inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_ticket_comments" IS 'Ticket comments with internal notes support (is_internal flag for staff-only)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ticket_attachments" ("id" uuid, "ticket_id" uuid, "comment_id" uuid, "file_id" uuid NOT NULL, "position" integer NOT NULL, "caption" text, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_ticket_attachments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "public"."phoenix_kit_tickets"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_attachments_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "public"."phoenix_kit_ticket_comments"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_attachments_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "public"."phoenix_kit_files"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_attachments_parent_check" CHECK ((ticket_id IS NOT NULL AND comment_id IS NULL) OR (ticket_id IS NULL AND comment_id IS NOT NULL)), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_attachments_ticket_id_index" ON "public"."phoenix_kit_ticket_attachments" ("ticket_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_attachments_comment_id_index" ON "public"."phoenix_kit_ticket_attachments" ("comment_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_attachments_file_id_index" ON "public"."phoenix_kit_ticket_attachments" ("file_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_attachments_position_index" ON "public"."phoenix_kit_ticket_attachments" ("position");
COMMENT ON TABLE "public"."phoenix_kit_ticket_attachments" IS 'File attachments for tickets or comments (with position ordering)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ticket_status_history" ("id" uuid, "ticket_id" uuid NOT NULL, "changed_by_id" bigint NOT NULL, "from_status" varchar(255), "to_status" varchar(255) NOT NULL, "reason" text, "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_ticket_status_history_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "public"."phoenix_kit_tickets"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_ticket_status_history_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_ticket_id_index" ON "public"."phoenix_kit_ticket_status_history" ("ticket_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_changed_by_id_index" ON "public"."phoenix_kit_ticket_status_history" ("changed_by_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_inserted_at_index" ON "public"."phoenix_kit_ticket_status_history" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_ticket_id_inserted_at_index" ON "public"."phoenix_kit_ticket_status_history" ("ticket_id", "inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_ticket_status_history" IS 'Audit trail for ticket status transitions (who, when, from/to, reason)';
INSERT INTO "public"."phoenix_kit_user_roles" ("name", "description", "is_system_role", "inserted_at", "updated_at") VALUES ('SupportAgent', 'Support team member with ticket management access', true, NOW(), NOW()) ON CONFLICT ("name") DO UPDATE SET is_system_role = true;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('tickets_enabled', 'false', NOW(), NOW()), ('tickets_per_page', '20', NOW(), NOW()), ('tickets_comments_enabled', 'true', NOW(), NOW()), ('tickets_internal_notes_enabled', 'true', NOW(), NOW()), ('tickets_attachments_enabled', 'true', NOW(), NOW()), ('tickets_allow_reopen', 'true', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '35';
COMMIT;

-- V36 Connections
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_follows" ("id" uuid, "follower_id" bigint NOT NULL, "followed_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_follows_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_follows_followed_id_fkey" FOREIGN KEY ("followed_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_follower_id_index" ON "public"."phoenix_kit_user_follows" ("follower_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_followed_id_index" ON "public"."phoenix_kit_user_follows" ("followed_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_follows_unique_idx" ON "public"."phoenix_kit_user_follows" ("follower_id", "followed_id");
COMMENT ON TABLE "public"."phoenix_kit_user_follows" IS 'One-way follow relationships (follower follows followed, no consent required)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_connections" ("id" uuid, "requester_id" bigint NOT NULL, "recipient_id" bigint NOT NULL, "status" varchar(255) DEFAULT 'pending' NOT NULL, "requested_at" timestamp(0) NOT NULL, "responded_at" timestamp(0), "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_connections_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_connections_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_requester_id_index" ON "public"."phoenix_kit_user_connections" ("requester_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_recipient_id_index" ON "public"."phoenix_kit_user_connections" ("recipient_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_status_index" ON "public"."phoenix_kit_user_connections" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_recipient_status_idx" ON "public"."phoenix_kit_user_connections" ("recipient_id", "status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_requester_status_idx" ON "public"."phoenix_kit_user_connections" ("requester_id", "status");
COMMENT ON TABLE "public"."phoenix_kit_user_connections" IS 'Two-way mutual connections (requires acceptance from both parties)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_blocks" ("id" uuid, "blocker_id" bigint NOT NULL, "blocked_id" bigint NOT NULL, "reason" varchar(255), "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_blocks_blocker_id_fkey" FOREIGN KEY ("blocker_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_blocks_blocked_id_fkey" FOREIGN KEY ("blocked_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocker_id_index" ON "public"."phoenix_kit_user_blocks" ("blocker_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocked_id_index" ON "public"."phoenix_kit_user_blocks" ("blocked_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_unique_idx" ON "public"."phoenix_kit_user_blocks" ("blocker_id", "blocked_id");
COMMENT ON TABLE "public"."phoenix_kit_user_blocks" IS 'User blocking (prevents all interaction between users)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_follows_history" ("id" uuid, "follower_id" bigint NOT NULL, "followed_id" bigint NOT NULL, "action" varchar(255) NOT NULL, "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_follows_history_follower_id_fkey" FOREIGN KEY ("follower_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_follows_history_followed_id_fkey" FOREIGN KEY ("followed_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_follower_id_index" ON "public"."phoenix_kit_user_follows_history" ("follower_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_followed_id_index" ON "public"."phoenix_kit_user_follows_history" ("followed_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_inserted_at_index" ON "public"."phoenix_kit_user_follows_history" ("inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_user_follows_history" IS 'Activity log of follow/unfollow events';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_connections_history" ("id" uuid, "user_a_id" bigint NOT NULL, "user_b_id" bigint NOT NULL, "actor_id" bigint NOT NULL, "action" varchar(255) NOT NULL, "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_connections_history_user_a_id_fkey" FOREIGN KEY ("user_a_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_connections_history_user_b_id_fkey" FOREIGN KEY ("user_b_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_connections_history_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_a_id_index" ON "public"."phoenix_kit_user_connections_history" ("user_a_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_b_id_index" ON "public"."phoenix_kit_user_connections_history" ("user_b_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_actor_id_index" ON "public"."phoenix_kit_user_connections_history" ("actor_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_inserted_at_index" ON "public"."phoenix_kit_user_connections_history" ("inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_user_connections_history" IS 'Activity log of connection request/accept/reject/remove events';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_user_blocks_history" ("id" uuid, "blocker_id" bigint NOT NULL, "blocked_id" bigint NOT NULL, "action" varchar(255) NOT NULL, "reason" varchar(255), "inserted_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_user_blocks_history_blocker_id_fkey" FOREIGN KEY ("blocker_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_user_blocks_history_blocked_id_fkey" FOREIGN KEY ("blocked_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocker_id_index" ON "public"."phoenix_kit_user_blocks_history" ("blocker_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocked_id_index" ON "public"."phoenix_kit_user_blocks_history" ("blocked_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_inserted_at_index" ON "public"."phoenix_kit_user_blocks_history" ("inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_user_blocks_history" IS 'Activity log of block/unblock events';
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('connections_enabled', 'false', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '36';
COMMIT;

-- V37 DB Sync connections & transfers
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_db_sync_connections" ("id" bigserial, "name" varchar(255) NOT NULL, "direction" varchar(10) NOT NULL, "site_url" varchar(255) NOT NULL, "auth_token" varchar(255), "auth_token_hash" varchar(255), "status" varchar(20) DEFAULT 'pending' NOT NULL, "approval_mode" varchar(20) DEFAULT 'require_approval', "allowed_tables" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "excluded_tables" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "auto_approve_tables" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "expires_at" timestamp, "max_downloads" integer, "downloads_used" integer DEFAULT 0 NOT NULL, "max_records_total" bigint, "records_downloaded" bigint DEFAULT 0 NOT NULL, "max_records_per_request" integer DEFAULT 10000 NOT NULL, "rate_limit_requests_per_minute" integer DEFAULT 60 NOT NULL, "download_password_hash" varchar(255), "ip_whitelist" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "allowed_hours_start" integer, "allowed_hours_end" integer, "default_conflict_strategy" varchar(20) DEFAULT 'skip', "auto_sync_enabled" boolean DEFAULT false NOT NULL, "auto_sync_tables" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "auto_sync_interval_minutes" integer DEFAULT 60 NOT NULL, "approved_at" timestamp, "approved_by" integer, "suspended_at" timestamp, "suspended_by" integer, "suspended_reason" varchar(255), "revoked_at" timestamp, "revoked_by" integer, "revoked_reason" varchar(255), "created_by" integer, "last_connected_at" timestamp, "last_transfer_at" timestamp, "total_transfers" integer DEFAULT 0 NOT NULL, "total_records_transferred" bigint DEFAULT 0 NOT NULL, "total_bytes_transferred" bigint DEFAULT 0 NOT NULL, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, CONSTRAINT "phoenix_kit_db_sync_connections_approved_by_fkey" FOREIGN KEY ("approved_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_connections_suspended_by_fkey" FOREIGN KEY ("suspended_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_connections_revoked_by_fkey" FOREIGN KEY ("revoked_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_connections_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_db_sync_connections_site_direction_uidx" ON "public"."phoenix_kit_db_sync_connections" ("site_url", "direction");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_connections_status_idx" ON "public"."phoenix_kit_db_sync_connections" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_connections_direction_idx" ON "public"."phoenix_kit_db_sync_connections" ("direction");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_connections_expires_at_idx" ON "public"."phoenix_kit_db_sync_connections" ("expires_at");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_db_sync_transfers" ("id" bigserial, "direction" varchar(10) NOT NULL, "connection_id" integer, "session_code" varchar(20), "remote_site_url" varchar(255), "table_name" varchar(255) NOT NULL, "records_requested" integer DEFAULT 0 NOT NULL, "records_transferred" integer DEFAULT 0 NOT NULL, "records_created" integer DEFAULT 0 NOT NULL, "records_updated" integer DEFAULT 0 NOT NULL, "records_skipped" integer DEFAULT 0 NOT NULL, "records_failed" integer DEFAULT 0 NOT NULL, "bytes_transferred" bigint DEFAULT 0 NOT NULL, "conflict_strategy" varchar(20), "status" varchar(20) DEFAULT 'pending' NOT NULL, "requires_approval" boolean DEFAULT false NOT NULL, "approved_at" timestamp, "approved_by" integer, "denied_at" timestamp, "denied_by" integer, "denial_reason" varchar(255), "approval_expires_at" timestamp, "requester_ip" varchar(255), "requester_user_agent" varchar(255), "error_message" text, "initiated_by" integer, "started_at" timestamp, "completed_at" timestamp, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, CONSTRAINT "phoenix_kit_db_sync_transfers_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "public"."phoenix_kit_db_sync_connections"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_transfers_approved_by_fkey" FOREIGN KEY ("approved_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_transfers_denied_by_fkey" FOREIGN KEY ("denied_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_db_sync_transfers_initiated_by_fkey" FOREIGN KEY ("initiated_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_direction_idx" ON "public"."phoenix_kit_db_sync_transfers" ("direction");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_connection_id_idx" ON "public"."phoenix_kit_db_sync_transfers" ("connection_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_status_idx" ON "public"."phoenix_kit_db_sync_transfers" ("status");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_initiated_by_idx" ON "public"."phoenix_kit_db_sync_transfers" ("initiated_by");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_inserted_at_idx" ON "public"."phoenix_kit_db_sync_transfers" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_approval_idx" ON "public"."phoenix_kit_db_sync_transfers" ("requires_approval", "status");
COMMENT ON TABLE "public"."phoenix_kit_db_sync_connections" IS 'Permanent connections between PhoenixKit instances for data sync';
COMMENT ON COLUMN "public"."phoenix_kit_db_sync_connections"."approval_mode" IS 'Access control mode: auto_approve, require_approval, or per_table';
COMMENT ON TABLE "public"."phoenix_kit_db_sync_transfers" IS 'Track all data transfers (uploads and downloads) with approval workflow';
COMMENT ON COLUMN "public"."phoenix_kit_db_sync_transfers"."status" IS 'Transfer status: pending_approval, approved, denied, in_progress, completed, failed, cancelled, expired';
COMMENT ON TABLE "public"."phoenix_kit" IS '37';
COMMIT;

-- V38 AI prompts
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_ai_prompts" ("id" bigserial, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "content" text NOT NULL, "variables" varchar(255)[] DEFAULT ARRAY[]::varchar[] NOT NULL, "enabled" boolean DEFAULT true NOT NULL, "sort_order" integer DEFAULT 0 NOT NULL, "usage_count" integer DEFAULT 0 NOT NULL, "last_used_at" timestamp, "metadata" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_name_uidx" ON "public"."phoenix_kit_ai_prompts" ("name");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_slug_uidx" ON "public"."phoenix_kit_ai_prompts" ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_enabled_idx" ON "public"."phoenix_kit_ai_prompts" ("enabled");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_sort_order_idx" ON "public"."phoenix_kit_ai_prompts" ("sort_order");
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_usage_count_idx" ON "public"."phoenix_kit_ai_prompts" ("usage_count");
COMMENT ON TABLE "public"."phoenix_kit_ai_prompts" IS 'Reusable AI prompt templates with variable substitution support';
COMMENT ON COLUMN "public"."phoenix_kit_ai_prompts"."variables" IS 'Auto-extracted variable names from content (e.g., ["Language", "Text"] from {{Language}} and {{Text}})';
COMMENT ON TABLE "public"."phoenix_kit" IS '38';
COMMIT;

-- V39 Admin notes
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_admin_notes" ("id" bigserial, "user_id" bigint NOT NULL, "author_id" bigint NOT NULL, "content" text NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_admin_notes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_admin_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_user_id_index" ON "public"."phoenix_kit_admin_notes" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_author_id_index" ON "public"."phoenix_kit_admin_notes" ("author_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_inserted_at_index" ON "public"."phoenix_kit_admin_notes" ("inserted_at");
COMMENT ON TABLE "public"."phoenix_kit_admin_notes" IS 'Internal admin notes about users (admin-to-admin communication)';
COMMENT ON TABLE "public"."phoenix_kit" IS '39';
COMMIT;

-- V40 UUID column for 33 legacy tables
BEGIN;
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
CREATE OR REPLACE FUNCTION "public"."uuid_generate_v7"() RETURNS uuid AS $pk$
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  -- Get current timestamp in milliseconds
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);

  -- Build UUIDv7: 6 bytes timestamp + 2 bytes random (with version) + 8 bytes random (with variant)
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);

  -- Set version 7 (0111xxxx in byte 7)
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);

  -- Set variant (10xxxxxx in byte 9)
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);

  RETURN encode(uuid_bytes, 'hex')::uuid;
END
$pk$ LANGUAGE plpgsql;
-- if column phoenix_kit_users.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_uuid_idx" ON "public"."phoenix_kit_users" ("uuid");
    ALTER TABLE "public"."phoenix_kit_users" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_users_tokens.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_users_tokens" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_uuid_idx" ON "public"."phoenix_kit_users_tokens" ("uuid");
    ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_user_roles.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_user_roles" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_roles_uuid_idx" ON "public"."phoenix_kit_user_roles" ("uuid");
    ALTER TABLE "public"."phoenix_kit_user_roles" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_user_role_assignments.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("uuid");
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_settings.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_settings" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_settings_uuid_idx" ON "public"."phoenix_kit_settings" ("uuid");
    ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_referral_codes.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("uuid");
    ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_referral_code_usage.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_uuid_idx" ON "public"."phoenix_kit_referral_code_usage" ("uuid");
    ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_email_logs.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_logs_uuid_idx" ON "public"."phoenix_kit_email_logs" ("uuid");
    ALTER TABLE "public"."phoenix_kit_email_logs" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_email_events.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_events_uuid_idx" ON "public"."phoenix_kit_email_events" ("uuid");
    ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_email_blocklist.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_email_blocklist" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_uuid_idx" ON "public"."phoenix_kit_email_blocklist" ("uuid");
    ALTER TABLE "public"."phoenix_kit_email_blocklist" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_email_orphaned_events.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_orphaned_events_uuid_idx" ON "public"."phoenix_kit_email_orphaned_events" ("uuid");
    ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_email_metrics.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_email_metrics" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_metrics_uuid_idx" ON "public"."phoenix_kit_email_metrics" ("uuid");
    ALTER TABLE "public"."phoenix_kit_email_metrics" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_user_oauth_providers.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_uuid_idx" ON "public"."phoenix_kit_user_oauth_providers" ("uuid");
    ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_entities.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_entities" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_entities_uuid_idx" ON "public"."phoenix_kit_entities" ("uuid");
    ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_entity_data.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_entity_data_uuid_idx" ON "public"."phoenix_kit_entity_data" ("uuid");
    ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_audit_logs.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_audit_logs" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_uuid_idx" ON "public"."phoenix_kit_audit_logs" ("uuid");
    ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_currencies.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_currencies" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_currencies_uuid_idx" ON "public"."phoenix_kit_currencies" ("uuid");
    ALTER TABLE "public"."phoenix_kit_currencies" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_billing_profiles.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_uuid_idx" ON "public"."phoenix_kit_billing_profiles" ("uuid");
    ALTER TABLE "public"."phoenix_kit_billing_profiles" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_orders.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_orders_uuid_idx" ON "public"."phoenix_kit_orders" ("uuid");
    ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_invoices.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_invoices_uuid_idx" ON "public"."phoenix_kit_invoices" ("uuid");
    ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_transactions.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_transactions" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_transactions_uuid_idx" ON "public"."phoenix_kit_transactions" ("uuid");
    ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_payment_methods.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_payment_methods" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_uuid_idx" ON "public"."phoenix_kit_payment_methods" ("uuid");
    ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_subscription_plans.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_subscription_plans" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscription_plans_uuid_idx" ON "public"."phoenix_kit_subscription_plans" ("uuid");
    ALTER TABLE "public"."phoenix_kit_subscription_plans" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_subscriptions.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("uuid");
    ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_payment_provider_configs.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_provider_configs_uuid_idx" ON "public"."phoenix_kit_payment_provider_configs" ("uuid");
    ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_webhook_events.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_webhook_events" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_webhook_events_uuid_idx" ON "public"."phoenix_kit_webhook_events" ("uuid");
    ALTER TABLE "public"."phoenix_kit_webhook_events" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_ai_endpoints.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_endpoints_uuid_idx" ON "public"."phoenix_kit_ai_endpoints" ("uuid");
    ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_ai_requests.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("uuid");
    ALTER TABLE "public"."phoenix_kit_ai_requests" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_ai_prompts.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_ai_prompts" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_uuid_idx" ON "public"."phoenix_kit_ai_prompts" ("uuid");
    ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_db_sync_connections.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_db_sync_connections" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_db_sync_connections_uuid_idx" ON "public"."phoenix_kit_db_sync_connections" ("uuid");
    ALTER TABLE "public"."phoenix_kit_db_sync_connections" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_db_sync_transfers.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_db_sync_transfers" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_db_sync_transfers_uuid_idx" ON "public"."phoenix_kit_db_sync_transfers" ("uuid");
    ALTER TABLE "public"."phoenix_kit_db_sync_transfers" ALTER COLUMN "uuid" SET NOT NULL;
-- if column phoenix_kit_admin_notes.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("uuid");
    ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "uuid" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '40';
COMMIT;

-- V41 AI prompt tracking & reasoning
BEGIN;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_id" integer;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_name" varchar(255);
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_prompt_id_idx" ON "public"."phoenix_kit_ai_requests" ("prompt_id");
-- if phoenix_kit_ai_requests has no constraint phoenix_kit_ai_requests_prompt_id_fkey
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_prompt_id_fkey" FOREIGN KEY ("prompt_id") REFERENCES "public"."phoenix_kit_ai_prompts"("id") ON DELETE SET NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."prompt_id" IS 'Reference to AI prompt used (if request was made via ask_with_prompt or similar)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."prompt_name" IS 'Denormalized prompt name for historical display';
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_enabled" boolean;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_effort" varchar(20);
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_max_tokens" integer;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_exclude" boolean;
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_enabled" IS 'Enable reasoning/thinking mode with default (medium) effort';
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_effort" IS 'Reasoning intensity: none, minimal, low, medium, high, xhigh';
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_max_tokens" IS 'Hard cap on reasoning/thinking tokens (1024-32000)';
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_exclude" IS 'Hide reasoning from response while still using it internally';
COMMENT ON TABLE "public"."phoenix_kit" IS '41';
COMMIT;

-- V42 Scheduled jobs
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_scheduled_jobs" ("id" uuid, "job_type" varchar(255) NOT NULL, "handler_module" varchar(255) NOT NULL, "resource_type" varchar(255) NOT NULL, "resource_id" uuid NOT NULL, "scheduled_at" timestamp NOT NULL, "executed_at" timestamp, "status" varchar(255) DEFAULT 'pending' NOT NULL, "attempts" integer DEFAULT 0 NOT NULL, "max_attempts" integer DEFAULT 3 NOT NULL, "last_error" text, "args" jsonb DEFAULT '{}' NOT NULL, "priority" integer DEFAULT 0 NOT NULL, "created_by_id" bigint, "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, CONSTRAINT "phoenix_kit_scheduled_jobs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_scheduled_jobs_status_scheduled_idx" ON "public"."phoenix_kit_scheduled_jobs" ("status", "scheduled_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_scheduled_jobs_resource_idx" ON "public"."phoenix_kit_scheduled_jobs" ("resource_type", "resource_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_scheduled_jobs_job_type_idx" ON "public"."phoenix_kit_scheduled_jobs" ("job_type");
CREATE INDEX IF NOT EXISTS "phoenix_kit_scheduled_jobs_priority_idx" ON "public"."phoenix_kit_scheduled_jobs" ("status", "priority", "scheduled_at");
COMMENT ON TABLE "public"."phoenix_kit_scheduled_jobs" IS 'Universal scheduled jobs system for posts, emails, notifications, etc.';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."job_type" IS 'Type of job: publish_post, send_email, send_notification, etc.';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."handler_module" IS 'Elixir module that implements PhoenixKit.ScheduledJobs.Handler behaviour';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."resource_type" IS 'Type of resource: post, email, notification, etc.';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."resource_id" IS 'UUID of the target resource in its respective table';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."status" IS 'Job status: pending, executed, failed, cancelled';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."args" IS 'JSONB map of additional arguments passed to the handler';
COMMENT ON COLUMN "public"."phoenix_kit_scheduled_jobs"."priority" IS 'Higher values = higher priority. Jobs with same scheduled_at are ordered by priority DESC';
COMMENT ON TABLE "public"."phoenix_kit" IS '42';
COMMIT;

-- V43 Legal module
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_consent_logs" ("id" bigserial, "user_id" bigint, "session_id" varchar(64), "consent_type" varchar(30) NOT NULL, "consent_given" boolean DEFAULT false NOT NULL, "consent_version" varchar(20), "ip_address" varchar(45), "user_agent_hash" varchar(64), "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp NOT NULL, "updated_at" timestamp NOT NULL, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_user_id_idx" ON "public"."phoenix_kit_consent_logs" ("user_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_session_id_idx" ON "public"."phoenix_kit_consent_logs" ("session_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_type_idx" ON "public"."phoenix_kit_consent_logs" ("consent_type");
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_inserted_at_idx" ON "public"."phoenix_kit_consent_logs" ("inserted_at");
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_user_type_idx" ON "public"."phoenix_kit_consent_logs" ("user_id", "consent_type");
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_session_type_idx" ON "public"."phoenix_kit_consent_logs" ("session_id", "consent_type");
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('legal_enabled', 'false', 'legal', NOW(), NOW()), ('legal_consent_widget_enabled', 'false', 'legal', NOW(), NOW()), ('legal_cookie_banner_position', 'bottom', 'legal', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value_json", "module", "date_added", "date_updated") VALUES ('legal_frameworks', '{"items": []}', 'legal', NOW(), NOW()), ('legal_company_info', '{}', 'legal', NOW(), NOW()), ('legal_dpo_contact', '{}', 'legal', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit_consent_logs" IS 'User consent tracking for GDPR/CCPA compliance cookie banners';
COMMENT ON COLUMN "public"."phoenix_kit_consent_logs"."consent_type" IS 'Type of consent: necessary, analytics, marketing, preferences';
COMMENT ON COLUMN "public"."phoenix_kit_consent_logs"."consent_version" IS 'Version of privacy/cookie policy when consent was given';
COMMENT ON COLUMN "public"."phoenix_kit_consent_logs"."user_agent_hash" IS 'SHA256 hash of user agent for anonymous tracking without storing full UA string';
COMMENT ON TABLE "public"."phoenix_kit" IS '43';
COMMIT;

-- V44 DB Sync → Sync rename
BEGIN;
ALTER TABLE IF EXISTS "public"."phoenix_kit_db_sync_connections" RENAME TO "phoenix_kit_sync_connections";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_connections_site_direction_uidx" RENAME TO "phoenix_kit_sync_connections_site_direction_uidx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_connections_status_idx" RENAME TO "phoenix_kit_sync_connections_status_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_connections_direction_idx" RENAME TO "phoenix_kit_sync_connections_direction_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_connections_expires_at_idx" RENAME TO "phoenix_kit_sync_connections_expires_at_idx";
ALTER TABLE IF EXISTS "public"."phoenix_kit_db_sync_transfers" RENAME TO "phoenix_kit_sync_transfers";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_direction_idx" RENAME TO "phoenix_kit_sync_transfers_direction_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_connection_id_idx" RENAME TO "phoenix_kit_sync_transfers_connection_id_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_status_idx" RENAME TO "phoenix_kit_sync_transfers_status_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_initiated_by_idx" RENAME TO "phoenix_kit_sync_transfers_initiated_by_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_inserted_at_idx" RENAME TO "phoenix_kit_sync_transfers_inserted_at_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_approval_idx" RENAME TO "phoenix_kit_sync_transfers_approval_idx";
COMMENT ON TABLE "public"."phoenix_kit_sync_connections" IS 'Permanent connections between PhoenixKit instances for data sync';
COMMENT ON TABLE "public"."phoenix_kit_sync_transfers" IS 'Track all data transfers (uploads and downloads) with approval workflow';
UPDATE "public"."phoenix_kit_settings" SET key = 'sync_enabled' WHERE key = 'db_sync_enabled' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'sync_enabled');
UPDATE "public"."phoenix_kit_settings" SET key = 'sync_incoming_mode' WHERE key = 'db_sync_incoming_mode' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'sync_incoming_mode');
UPDATE "public"."phoenix_kit_settings" SET key = 'sync_incoming_password' WHERE key = 'db_sync_incoming_password' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'sync_incoming_password');
COMMENT ON TABLE "public"."phoenix_kit" IS '44';
COMMIT;

-- V45 Shop module
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_categories" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "image_url" text, "parent_id" bigint, "position" integer DEFAULT 0, "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_categories_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."phoenix_kit_shop_categories"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_categories_slug_unique" UNIQUE ("slug"), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_shop_categories_slug" ON "public"."phoenix_kit_shop_categories" ("slug");
CREATE INDEX IF NOT EXISTS "idx_shop_categories_parent" ON "public"."phoenix_kit_shop_categories" ("parent_id");
CREATE INDEX IF NOT EXISTS "idx_shop_categories_position" ON "public"."phoenix_kit_shop_categories" ("position");
COMMENT ON TABLE "public"."phoenix_kit_shop_categories" IS 'Product categories with hierarchical nesting support';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_products" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "title" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "body_html" text, "status" varchar(20) DEFAULT 'draft', "product_type" varchar(20) DEFAULT 'physical', "vendor" varchar(255), "tags" jsonb DEFAULT '[]', "price" decimal(12,2) NOT NULL, "compare_at_price" decimal(12,2), "cost_per_item" decimal(12,2), "currency" varchar(3) DEFAULT 'USD', "taxable" boolean DEFAULT true, "weight_grams" integer DEFAULT 0, "requires_shipping" boolean DEFAULT true, "has_variants" boolean DEFAULT false, "option_names" jsonb DEFAULT '[]', "images" jsonb DEFAULT '[]', "featured_image" text, "seo_title" varchar(255), "seo_description" text, "file_id" uuid, "download_limit" integer, "download_expiry_days" integer, "metadata" jsonb DEFAULT '{}', "category_id" bigint, "created_by" bigint, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_products_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "public"."phoenix_kit_shop_categories"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_products_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_products_slug_unique" UNIQUE ("slug"), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_shop_products_slug" ON "public"."phoenix_kit_shop_products" ("slug");
CREATE INDEX IF NOT EXISTS "idx_shop_products_status" ON "public"."phoenix_kit_shop_products" ("status");
CREATE INDEX IF NOT EXISTS "idx_shop_products_category" ON "public"."phoenix_kit_shop_products" ("category_id");
CREATE INDEX IF NOT EXISTS "idx_shop_products_type" ON "public"."phoenix_kit_shop_products" ("product_type");
CREATE INDEX IF NOT EXISTS "idx_shop_products_tags" ON "public"."phoenix_kit_shop_products" USING gin ("tags");
CREATE INDEX IF NOT EXISTS "idx_shop_products_created_by" ON "public"."phoenix_kit_shop_products" ("created_by");
COMMENT ON TABLE "public"."phoenix_kit_shop_products" IS 'E-commerce products (physical and digital)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_shipping_methods" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "name" varchar(255) NOT NULL, "slug" varchar(100) NOT NULL, "description" text, "price" decimal(12,2) DEFAULT 0 NOT NULL, "currency" varchar(3) DEFAULT 'USD', "free_above_amount" decimal(12,2), "min_weight_grams" integer DEFAULT 0, "max_weight_grams" integer, "min_order_amount" decimal(12,2), "max_order_amount" decimal(12,2), "countries" jsonb DEFAULT '[]', "excluded_countries" jsonb DEFAULT '[]', "active" boolean DEFAULT true, "position" integer DEFAULT 0, "estimated_days_min" integer, "estimated_days_max" integer, "tracking_supported" boolean DEFAULT false, "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_shipping_methods_slug_unique" UNIQUE ("slug"), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_shop_shipping_active" ON "public"."phoenix_kit_shop_shipping_methods" ("active");
CREATE INDEX IF NOT EXISTS "idx_shop_shipping_position" ON "public"."phoenix_kit_shop_shipping_methods" ("position");
COMMENT ON TABLE "public"."phoenix_kit_shop_shipping_methods" IS 'Shipping methods with weight, price, and geographic constraints';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_payment_options" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "name" varchar(255) NOT NULL, "code" varchar(50) NOT NULL, "type" varchar(20) DEFAULT 'offline' NOT NULL, "provider" varchar(50), "description" text, "instructions" text, "icon" varchar(100) DEFAULT 'hero-banknotes', "active" boolean DEFAULT false, "position" integer DEFAULT 0, "requires_billing_profile" boolean DEFAULT true, "settings" jsonb DEFAULT '{}', "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_payment_options_code_unique" UNIQUE ("code"), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_payment_options_active" ON "public"."phoenix_kit_payment_options" ("active");
CREATE INDEX IF NOT EXISTS "idx_payment_options_position" ON "public"."phoenix_kit_payment_options" ("position");
COMMENT ON TABLE "public"."phoenix_kit_payment_options" IS 'Available payment methods for checkout (COD, bank transfer, online payments)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_carts" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "user_id" bigint, "session_id" varchar(64), "status" varchar(20) DEFAULT 'active', "shipping_method_id" bigint, "shipping_country" varchar(2), "subtotal" decimal(12,2) DEFAULT 0, "shipping_amount" decimal(12,2) DEFAULT 0, "tax_amount" decimal(12,2) DEFAULT 0, "discount_amount" decimal(12,2) DEFAULT 0, "total" decimal(12,2) DEFAULT 0, "currency" varchar(3) DEFAULT 'USD', "discount_code" varchar(100), "total_weight_grams" integer DEFAULT 0, "items_count" integer DEFAULT 0, "metadata" jsonb DEFAULT '{}', "expires_at" timestamp, "converted_at" timestamp, "merged_into_cart_id" bigint, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_carts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_carts_shipping_method_id_fkey" FOREIGN KEY ("shipping_method_id") REFERENCES "public"."phoenix_kit_shop_shipping_methods"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_carts_identity" CHECK (user_id IS NOT NULL OR session_id IS NOT NULL), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_shop_carts_user" ON "public"."phoenix_kit_shop_carts" ("user_id") WHERE user_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_shop_carts_session" ON "public"."phoenix_kit_shop_carts" ("session_id") WHERE session_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_shop_carts_status" ON "public"."phoenix_kit_shop_carts" ("status");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_carts_active_user" ON "public"."phoenix_kit_shop_carts" ("user_id") WHERE user_id IS NOT NULL AND status = 'active';
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_carts_active_session" ON "public"."phoenix_kit_shop_carts" ("session_id") WHERE session_id IS NOT NULL AND status = 'active' AND user_id IS NULL;
COMMENT ON TABLE "public"."phoenix_kit_shop_carts" IS 'Shopping carts for users and guests with status tracking';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_cart_items" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid() NOT NULL, "cart_id" bigint NOT NULL, "product_id" bigint, "product_title" varchar(255) NOT NULL, "product_slug" varchar(255), "product_sku" varchar(100), "product_image" varchar(500), "unit_price" decimal(12,2) NOT NULL, "compare_at_price" decimal(12,2), "currency" varchar(3) DEFAULT 'USD', "quantity" integer DEFAULT 1 NOT NULL, "line_total" decimal(12,2) NOT NULL, "weight_grams" integer DEFAULT 0, "taxable" boolean DEFAULT true, "variant_id" bigint, "variant_options" jsonb DEFAULT '{}', "metadata" jsonb DEFAULT '{}', "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_cart_items_cart_id_fkey" FOREIGN KEY ("cart_id") REFERENCES "public"."phoenix_kit_shop_carts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_shop_cart_items_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "public"."phoenix_kit_shop_products"("id") ON DELETE SET NULL, CONSTRAINT "phoenix_kit_shop_cart_items_quantity_positive" CHECK (quantity > 0), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_shop_cart_items_cart" ON "public"."phoenix_kit_shop_cart_items" ("cart_id");
CREATE INDEX IF NOT EXISTS "idx_shop_cart_items_product" ON "public"."phoenix_kit_shop_cart_items" ("product_id");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_cart_items_unique" ON "public"."phoenix_kit_shop_cart_items" ("cart_id", "product_id") WHERE variant_id IS NULL;
COMMENT ON TABLE "public"."phoenix_kit_shop_cart_items" IS 'Cart items with price snapshots for consistency';
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "payment_option_id" bigint;
-- if phoenix_kit_shop_carts has no constraint phoenix_kit_shop_carts_payment_option_id_fkey
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD CONSTRAINT "phoenix_kit_shop_carts_payment_option_id_fkey" FOREIGN KEY ("payment_option_id") REFERENCES "public"."phoenix_kit_payment_options"("id") ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS "idx_shop_carts_payment_option" ON "public"."phoenix_kit_shop_carts" ("payment_option_id");
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "module", "date_added", "date_updated") VALUES ('shop_enabled', 'false', 'shop', NOW(), NOW()), ('shop_currency', 'USD', 'shop', NOW(), NOW()), ('shop_tax_enabled', 'true', 'shop', NOW(), NOW()), ('shop_tax_rate', '20', 'shop', NOW(), NOW()), ('shop_inventory_tracking', 'true', 'shop', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
INSERT INTO "public"."phoenix_kit_payment_options" ("name", "code", "type", "provider", "description", "instructions", "icon", "active", "position", "requires_billing_profile") VALUES ('Cash on Delivery', 'cod', 'offline', NULL, 'Pay when you receive your order', 'Payment will be collected upon delivery. Please have the exact amount ready.', 'hero-banknotes', true, 1, true), ('Bank Transfer', 'bank_transfer', 'offline', NULL, 'Pay via bank transfer', 'You will receive invoice with bank details after order confirmation.', 'hero-building-library', false, 2, true), ('Pay with Card', 'stripe', 'online', 'stripe', 'Secure payment with credit or debit card', NULL, 'hero-credit-card', false, 3, false), ('PayPal', 'paypal', 'online', 'paypal', 'Pay securely with your PayPal account', NULL, 'hero-credit-card', false, 4, false) ON CONFLICT ("code") DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, instructions = EXCLUDED.instructions, icon = EXCLUDED.icon, position = EXCLUDED.position, requires_billing_profile = EXCLUDED.requires_billing_profile;
COMMENT ON TABLE "public"."phoenix_kit" IS '45';
COMMIT;

-- V46 Shop config, import and translations
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_config" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid(), "key" varchar(255) NOT NULL, "value" jsonb DEFAULT '{}', "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_config_key" ON "public"."phoenix_kit_shop_config" ("key");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_config_uuid" ON "public"."phoenix_kit_shop_config" ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "option_schema" jsonb DEFAULT '[]';
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "image_id" uuid;
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "status" varchar(20) DEFAULT 'active';
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "translations" jsonb DEFAULT '{}';
CREATE INDEX IF NOT EXISTS "idx_shop_categories_status" ON "public"."phoenix_kit_shop_categories" ("status");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "made_to_order" boolean DEFAULT false;
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "featured_image_id" uuid;
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "image_ids" uuid[] DEFAULT '{}';
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "translations" jsonb DEFAULT '{}';
CREATE INDEX IF NOT EXISTS "idx_shop_products_translations" ON "public"."phoenix_kit_shop_products" USING gin ("translations");
CREATE INDEX IF NOT EXISTS "idx_shop_categories_translations" ON "public"."phoenix_kit_shop_categories" USING gin ("translations");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "selected_specs" jsonb DEFAULT '{}';
CREATE INDEX IF NOT EXISTS "idx_shop_cart_items_selected_specs" ON "public"."phoenix_kit_shop_cart_items" USING gin ("selected_specs");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_import_logs" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid(), "filename" varchar(255) NOT NULL, "file_path" varchar(1024), "status" varchar(50) DEFAULT 'pending', "total_rows" integer DEFAULT 0, "processed_rows" integer DEFAULT 0, "imported_count" integer DEFAULT 0, "updated_count" integer DEFAULT 0, "skipped_count" integer DEFAULT 0, "error_count" integer DEFAULT 0, "options" jsonb DEFAULT '{}', "error_details" jsonb DEFAULT '[]', "started_at" timestamp, "completed_at" timestamp, "user_id" bigint, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "phoenix_kit_shop_import_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_import_logs_uuid" ON "public"."phoenix_kit_shop_import_logs" ("uuid");
CREATE INDEX IF NOT EXISTS "idx_shop_import_logs_status" ON "public"."phoenix_kit_shop_import_logs" ("status");
CREATE INDEX IF NOT EXISTS "idx_shop_import_logs_inserted_at" ON "public"."phoenix_kit_shop_import_logs" ("inserted_at" DESC);
CREATE INDEX IF NOT EXISTS "idx_shop_import_logs_user_id" ON "public"."phoenix_kit_shop_import_logs" ("user_id");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_shop_import_configs" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid(), "name" varchar(255) NOT NULL, "include_keywords" text[] DEFAULT '{}', "exclude_keywords" text[] DEFAULT '{}', "exclude_phrases" text[] DEFAULT '{}', "skip_filter" boolean DEFAULT false, "category_rules" jsonb DEFAULT '[]', "default_category_slug" varchar(255), "required_columns" text[] DEFAULT ARRAY['Handle', 'Title', 'Variant Price'], "is_default" boolean DEFAULT false, "active" boolean DEFAULT true, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_import_configs_uuid" ON "public"."phoenix_kit_shop_import_configs" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_import_configs_name" ON "public"."phoenix_kit_shop_import_configs" ("name");
CREATE INDEX IF NOT EXISTS "idx_shop_import_configs_is_default" ON "public"."phoenix_kit_shop_import_configs" ("is_default") WHERE is_default = true;
COMMENT ON TABLE "public"."phoenix_kit" IS '46';
COMMIT;

-- V47 Shop localized fields
BEGIN;
-- if column phoenix_kit_shop_products.translations exists:
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "title_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "slug_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "description_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "body_html_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "seo_title_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "seo_description_new" jsonb DEFAULT '{}';
    UPDATE "public"."phoenix_kit_shop_products" SET title_new = CASE WHEN title <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), title) ELSE '{}'::jsonb END, slug_new = CASE WHEN slug <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), slug) ELSE '{}'::jsonb END, description_new = CASE WHEN description <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), description) ELSE '{}'::jsonb END, body_html_new = CASE WHEN body_html <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), body_html) ELSE '{}'::jsonb END, seo_title_new = CASE WHEN seo_title <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), seo_title) ELSE '{}'::jsonb END, seo_description_new = CASE WHEN seo_description <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), seo_description) ELSE '{}'::jsonb END;
    UPDATE "public"."phoenix_kit_shop_products" SET title_new = title_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'title') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'title' IS NOT NULL), '{}'::jsonb), slug_new = slug_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'slug') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'slug' IS NOT NULL), '{}'::jsonb), description_new = description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'description') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'description' IS NOT NULL), '{}'::jsonb), body_html_new = body_html_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'body_html') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'body_html' IS NOT NULL), '{}'::jsonb), seo_title_new = seo_title_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'seo_title') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'seo_title' IS NOT NULL), '{}'::jsonb), seo_description_new = seo_description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'seo_description') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'seo_description' IS NOT NULL), '{}'::jsonb) WHERE translations IS NOT NULL AND translations <> '{}'::jsonb;
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "translations";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "seo_description";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "seo_title";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "body_html";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "description";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "slug";
    ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "title";
    -- if phoenix_kit_shop_products.title_new exists and phoenix_kit_shop_products.title does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "title_new" TO "title";
    -- if phoenix_kit_shop_products.slug_new exists and phoenix_kit_shop_products.slug does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "slug_new" TO "slug";
    -- if phoenix_kit_shop_products.description_new exists and phoenix_kit_shop_products.description does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "description_new" TO "description";
    -- if phoenix_kit_shop_products.body_html_new exists and phoenix_kit_shop_products.body_html does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "body_html_new" TO "body_html";
    -- if phoenix_kit_shop_products.seo_title_new exists and phoenix_kit_shop_products.seo_title does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "seo_title_new" TO "seo_title";
    -- if phoenix_kit_shop_products.seo_description_new exists and phoenix_kit_shop_products.seo_description does not
    ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "seo_description_new" TO "seo_description";
-- if column phoenix_kit_shop_categories.translations exists:
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "name_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "slug_new" jsonb DEFAULT '{}';
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "description_new" jsonb DEFAULT '{}';
    UPDATE "public"."phoenix_kit_shop_categories" SET name_new = CASE WHEN name <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), name) ELSE '{}'::jsonb END, slug_new = CASE WHEN slug <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), slug) ELSE '{}'::jsonb END, description_new = CASE WHEN description <> '' THEN jsonb_build_object(COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), description) ELSE '{}'::jsonb END;
    UPDATE "public"."phoenix_kit_shop_categories" SET name_new = name_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'name') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'name' IS NOT NULL), '{}'::jsonb), slug_new = slug_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'slug') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'slug' IS NOT NULL), '{}'::jsonb), description_new = description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'description') FROM jsonb_object_keys(translations) AS lang WHERE translations->lang->>'description' IS NOT NULL), '{}'::jsonb) WHERE translations IS NOT NULL AND translations <> '{}'::jsonb;
    ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "translations";
    ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "description";
    ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "slug";
    ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "name";
    -- if phoenix_kit_shop_categories.name_new exists and phoenix_kit_shop_categories.name does not
    ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "name_new" TO "name";
    -- if phoenix_kit_shop_categories.slug_new exists and phoenix_kit_shop_categories.slug does not
    ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "slug_new" TO "slug";
    -- if phoenix_kit_shop_categories.description_new exists and phoenix_kit_shop_categories.description does not
    ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "description_new" TO "description";
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_products_slug_gin_idx" ON "public"."phoenix_kit_shop_products" USING gin ("slug");
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_slug_gin_idx" ON "public"."phoenix_kit_shop_categories" USING gin ("slug");
COMMENT ON TABLE "public"."phoenix_kit" IS '47';
COMMIT;

-- V48 Post & comment dislikes
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_post_dislikes" ("id" uuid, "post_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_post_dislikes_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_posts"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_post_dislikes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_dislikes_post_id_index" ON "public"."phoenix_kit_post_dislikes" ("post_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_dislikes_user_id_index" ON "public"."phoenix_kit_post_dislikes" ("user_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_post_dislikes_post_id_user_id_index" ON "public"."phoenix_kit_post_dislikes" ("post_id", "user_id");
COMMENT ON TABLE "public"."phoenix_kit_post_dislikes" IS 'User dislikes on posts (unique per user/post pair)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_comment_likes" ("id" uuid, "comment_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_comment_likes_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "public"."phoenix_kit_post_comments"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_comment_likes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_likes_comment_id_index" ON "public"."phoenix_kit_comment_likes" ("comment_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_likes_user_id_index" ON "public"."phoenix_kit_comment_likes" ("user_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_comment_likes_comment_id_user_id_index" ON "public"."phoenix_kit_comment_likes" ("comment_id", "user_id");
COMMENT ON TABLE "public"."phoenix_kit_comment_likes" IS 'User likes on comments (unique per user/comment pair)';
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_comment_dislikes" ("id" uuid, "comment_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, CONSTRAINT "phoenix_kit_comment_dislikes_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "public"."phoenix_kit_post_comments"("id") ON DELETE CASCADE, CONSTRAINT "phoenix_kit_comment_dislikes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_dislikes_comment_id_index" ON "public"."phoenix_kit_comment_dislikes" ("comment_id");
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_dislikes_user_id_index" ON "public"."phoenix_kit_comment_dislikes" ("user_id");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_comment_dislikes_comment_id_user_id_index" ON "public"."phoenix_kit_comment_dislikes" ("comment_id", "user_id");
COMMENT ON TABLE "public"."phoenix_kit_comment_dislikes" IS 'User dislikes on comments (unique per user/comment pair)';
ALTER TABLE "public"."phoenix_kit_posts" ADD COLUMN IF NOT EXISTS "dislike_count" integer DEFAULT 0 NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_comments" ADD COLUMN IF NOT EXISTS "dislike_count" integer DEFAULT 0 NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '48';
COMMIT;

-- V49 Shop import enhancements
BEGIN;
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ADD COLUMN IF NOT EXISTS "option_mappings" jsonb DEFAULT '[]';
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD COLUMN IF NOT EXISTS "product_ids" integer[] DEFAULT '{}';
COMMENT ON TABLE "public"."phoenix_kit" IS '49';
COMMIT;

-- V50 Bucket access_type
BEGIN;
SET LOCAL "lock_timeout" = '30s';
-- if column phoenix_kit_buckets.access_type does not exist:
    ALTER TABLE "public"."phoenix_kit_buckets" ADD COLUMN IF NOT EXISTS "access_type" varchar(20) DEFAULT 'public';
SET LOCAL "lock_timeout" = '0';
COMMENT ON TABLE "public"."phoenix_kit" IS '50';
COMMIT;

-- V51 Cart items unique index with selected specs; user FKs ON DELETE SET NULL
BEGIN;
DROP INDEX IF EXISTS "public"."idx_shop_cart_items_unique";
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_cart_items_unique" ON "public"."phoenix_kit_shop_cart_items" ("cart_id", "product_id", (MD5(COALESCE(selected_specs::text, '{}')))) WHERE variant_id IS NULL;
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "phoenix_kit_orders_user_id_fkey";
-- if phoenix_kit_orders has no constraint phoenix_kit_orders_user_id_fkey
ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "phoenix_kit_orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP CONSTRAINT IF EXISTS "phoenix_kit_billing_profiles_user_id_fkey";
-- if phoenix_kit_billing_profiles has no constraint phoenix_kit_billing_profiles_user_id_fkey
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD CONSTRAINT "phoenix_kit_billing_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL;
ALTER TABLE "public"."phoenix_kit_billing_profiles" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "phoenix_kit_tickets_user_id_fkey";
-- if phoenix_kit_tickets has no constraint phoenix_kit_tickets_user_id_fkey
ALTER TABLE "public"."phoenix_kit_tickets" ADD CONSTRAINT "phoenix_kit_tickets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL;
ALTER TABLE "public"."phoenix_kit_tickets" ALTER COLUMN "user_id" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '51';
COMMIT;

-- V52 Localized slug functional unique index
BEGIN;
CREATE OR REPLACE FUNCTION "public"."extract_primary_slug"(slug_jsonb jsonb) RETURNS text AS $pk$
BEGIN
  RETURN (SELECT value FROM jsonb_each_text(slug_jsonb) ORDER BY key LIMIT 1);
END;
$pk$ LANGUAGE plpgsql IMMUTABLE STRICT;
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_products_slug_primary" ON "public"."phoenix_kit_shop_products" (("public".extract_primary_slug(slug))) WHERE "public".extract_primary_slug(slug) IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_categories_slug_primary" ON "public"."phoenix_kit_shop_categories" (("public".extract_primary_slug(slug))) WHERE "public".extract_primary_slug(slug) IS NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '52';
COMMIT;

-- V53 Role permissions
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_role_permissions" ("id" bigserial, "uuid" uuid DEFAULT gen_random_uuid(), "role_id" bigint NOT NULL, "module_key" varchar(50) NOT NULL, "granted_by" bigint, "inserted_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "fk_role_permissions_role" FOREIGN KEY ("role_id") REFERENCES "public"."phoenix_kit_user_roles"("id") ON DELETE CASCADE, CONSTRAINT "fk_role_permissions_granted_by" FOREIGN KEY ("granted_by") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "uq_role_permissions_role_module" UNIQUE ("role_id", "module_key"), PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_role_permissions_module_key" ON "public"."phoenix_kit_role_permissions" ("module_key");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_role_permissions_uuid" ON "public"."phoenix_kit_role_permissions" ("uuid");
INSERT INTO "public".phoenix_kit_role_permissions (role_id, module_key, inserted_at) SELECT r.id, k.key, NOW() FROM "public".phoenix_kit_user_roles r CROSS JOIN unnest(ARRAY['dashboard', 'users', 'media', 'settings', 'modules', 'billing', 'shop', 'emails', 'entities', 'tickets', 'posts', 'ai', 'sync', 'publishing', 'referrals', 'sitemap', 'seo', 'maintenance', 'storage', 'languages', 'connections', 'legal', 'db', 'jobs']) WITH ORDINALITY AS k(key, n) WHERE r.name = 'Admin' ORDER BY k.n ON CONFLICT (role_id, module_key) DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '53';
COMMIT;

-- V54 Category featured product; import configs download_images
BEGIN;
-- if column phoenix_kit_shop_categories.featured_product_id does not exist:
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "featured_product_id" bigint;
    -- if phoenix_kit_shop_categories has no constraint phoenix_kit_shop_categories_featured_product_id_fkey
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD CONSTRAINT "phoenix_kit_shop_categories_featured_product_id_fkey" FOREIGN KEY ("featured_product_id") REFERENCES "public"."phoenix_kit_shop_products"("id") ON DELETE SET NULL;
    UPDATE "public"."phoenix_kit_shop_categories" SET featured_product_id = (SELECT p.id FROM "public".phoenix_kit_shop_products p WHERE p.category_id = phoenix_kit_shop_categories.id AND p.status = 'active' AND p.featured_image_id IS NOT NULL ORDER BY p.id LIMIT 1) WHERE image_id IS NULL AND id IN (SELECT p.category_id FROM "public".phoenix_kit_shop_products p WHERE p.status = 'active' AND p.featured_image_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS "idx_shop_categories_featured_product" ON "public"."phoenix_kit_shop_categories" ("featured_product_id");
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "image_url";
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ADD COLUMN IF NOT EXISTS "download_images" boolean DEFAULT false;
COMMENT ON TABLE "public"."phoenix_kit" IS '54';
COMMIT;

-- V55 Standalone comments
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_comments" ("id" uuid DEFAULT gen_random_uuid(), "resource_type" varchar(50) NOT NULL, "resource_id" uuid NOT NULL, "user_id" bigint, "parent_id" uuid, "content" text NOT NULL, "status" varchar(20) DEFAULT 'published' NOT NULL, "depth" integer DEFAULT 0 NOT NULL, "like_count" integer DEFAULT 0 NOT NULL, "dislike_count" integer DEFAULT 0 NOT NULL, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "fk_comments_user" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE SET NULL, CONSTRAINT "fk_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "public"."phoenix_kit_comments"("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_comments_resource" ON "public"."phoenix_kit_comments" ("resource_type", "resource_id");
CREATE INDEX IF NOT EXISTS "idx_comments_resource_status" ON "public"."phoenix_kit_comments" ("resource_type", "resource_id", "status");
CREATE INDEX IF NOT EXISTS "idx_comments_user_id" ON "public"."phoenix_kit_comments" ("user_id");
CREATE INDEX IF NOT EXISTS "idx_comments_parent_id" ON "public"."phoenix_kit_comments" ("parent_id");
CREATE INDEX IF NOT EXISTS "idx_comments_status" ON "public"."phoenix_kit_comments" ("status");
CREATE INDEX IF NOT EXISTS "idx_comments_inserted_at" ON "public"."phoenix_kit_comments" ("inserted_at");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_comments_likes" ("id" uuid DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "fk_comments_likes_comment" FOREIGN KEY ("comment_id") REFERENCES "public"."phoenix_kit_comments"("id") ON DELETE CASCADE, CONSTRAINT "fk_comments_likes_user" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "uq_comments_likes_comment_user" UNIQUE ("comment_id", "user_id"), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_comments_dislikes" ("id" uuid DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "user_id" bigint NOT NULL, "inserted_at" timestamp DEFAULT NOW() NOT NULL, "updated_at" timestamp DEFAULT NOW() NOT NULL, CONSTRAINT "fk_comments_dislikes_comment" FOREIGN KEY ("comment_id") REFERENCES "public"."phoenix_kit_comments"("id") ON DELETE CASCADE, CONSTRAINT "fk_comments_dislikes_user" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE, CONSTRAINT "uq_comments_dislikes_comment_user" UNIQUE ("comment_id", "user_id"), PRIMARY KEY ("id"));
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('comments_enabled', 'false', NOW(), NOW()), ('comments_moderation', 'false', NOW(), NOW()), ('comments_max_depth', '10', NOW(), NOW()), ('comments_max_length', '10000', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
INSERT INTO "public".phoenix_kit_role_permissions (role_id, module_key, inserted_at) SELECT r.id, 'comments', NOW() FROM "public".phoenix_kit_user_roles r WHERE r.name = 'Admin' ON CONFLICT (role_id, module_key) DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '55';
COMMIT;

-- V56 UUID consistency and UUID FK companion columns
BEGIN;
CREATE OR REPLACE FUNCTION "public"."uuid_generate_v7"() RETURNS uuid AS $pk$
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);
  RETURN encode(uuid_bytes, 'hex')::uuid;
END
$pk$ LANGUAGE plpgsql;
ALTER TABLE "public"."phoenix_kit_consent_logs" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_payment_methods" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_payment_methods" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_ai_endpoints" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_ai_prompts" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_ai_prompts" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_sync_connections" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_subscription_plans" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_subscription_plans" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_sync_connections" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_subscription_plans" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_categories" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_products" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_carts" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_payment_options" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_config" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_users" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_roles" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_email_templates" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
-- if phoenix_kit_payment_methods.uuid allows NULL:
    UPDATE "public"."phoenix_kit_payment_methods" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_ai_endpoints.uuid allows NULL:
    UPDATE "public"."phoenix_kit_ai_endpoints" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_ai_prompts.uuid allows NULL:
    UPDATE "public"."phoenix_kit_ai_prompts" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_sync_connections.uuid allows NULL:
    UPDATE "public"."phoenix_kit_sync_connections" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_sync_connections" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_subscription_plans.uuid allows NULL:
    UPDATE "public"."phoenix_kit_subscription_plans" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_subscription_plans" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_shop_config.uuid allows NULL:
    UPDATE "public"."phoenix_kit_shop_config" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_shop_config" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_shop_import_logs.uuid allows NULL:
    UPDATE "public"."phoenix_kit_shop_import_logs" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_shop_import_logs" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_shop_import_configs.uuid allows NULL:
    UPDATE "public"."phoenix_kit_shop_import_configs" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_shop_import_configs" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_role_permissions.uuid allows NULL:
    UPDATE "public"."phoenix_kit_role_permissions" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_users.uuid allows NULL:
    UPDATE "public"."phoenix_kit_users" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_users" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_users_tokens.uuid allows NULL:
    UPDATE "public"."phoenix_kit_users_tokens" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_user_roles.uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_roles" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_roles" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_user_role_assignments.uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_role_assignments" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_settings.uuid allows NULL:
    UPDATE "public"."phoenix_kit_settings" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "uuid" SET NOT NULL;
-- if phoenix_kit_email_templates.uuid allows NULL:
    UPDATE "public"."phoenix_kit_email_templates" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_email_templates" ALTER COLUMN "uuid" SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_uuid_idx" ON "public"."phoenix_kit_payment_methods" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_endpoints_uuid_idx" ON "public"."phoenix_kit_ai_endpoints" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_uuid_idx" ON "public"."phoenix_kit_ai_prompts" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscription_plans_uuid_idx" ON "public"."phoenix_kit_subscription_plans" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_products_uuid_idx" ON "public"."phoenix_kit_shop_products" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_shipping_methods_uuid_idx" ON "public"."phoenix_kit_shop_shipping_methods" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_options_uuid_idx" ON "public"."phoenix_kit_payment_options" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_uuid_idx" ON "public"."phoenix_kit_users" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_uuid_idx" ON "public"."phoenix_kit_users_tokens" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_roles_uuid_idx" ON "public"."phoenix_kit_user_roles" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_settings_uuid_idx" ON "public"."phoenix_kit_settings" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_templates_uuid_idx" ON "public"."phoenix_kit_email_templates" ("uuid");
ALTER TABLE "public"."phoenix_kit_comments" ALTER COLUMN "id" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "id" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "id" SET DEFAULT "public".uuid_generate_v7();
-- if phoenix_kit_admin_notes.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_ai_endpoints.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_ai_prompts.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_ai_requests.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_ai_requests" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_audit_logs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_billing_profiles.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_billing_profiles" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_currencies.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_currencies" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_blocklist.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_blocklist" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_events.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_logs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_logs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_metrics.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_metrics" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_orphaned_events.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_email_templates.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_templates" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_entities.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_entity_data.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_invoices.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_orders.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_payment_methods.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_payment_options.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_payment_options" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_payment_provider_configs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_referral_code_usage.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_referral_codes.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_role_permissions.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_settings.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_cart_items.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_carts.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_carts" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_categories.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_categories" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_config.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_config" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_import_configs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_import_logs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_products.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_products" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_shop_shipping_methods.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_subscription_plans.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_subscription_plans" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_subscriptions.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_sync_connections.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_sync_connections" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_sync_transfers.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_sync_transfers" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_transactions.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_user_oauth_providers.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_user_role_assignments.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_user_roles.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_user_roles" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_users.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_users" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_users_tokens.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
-- if phoenix_kit_webhook_events.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_webhook_events" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_users_tokens" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_users_tokens" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_user_uuid_idx" ON "public"."phoenix_kit_users_tokens" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_user_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "assigned_by_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "assigned_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."assigned_by" AND pk_t."assigned_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_assigned_by_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("assigned_by_uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_admin_notes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_user_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "author_uuid" uuid;
UPDATE "public"."phoenix_kit_admin_notes" AS pk_t SET "author_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."author_id" AND pk_t."author_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_author_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("author_uuid");
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_user_oauth_providers" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_user_uuid_idx" ON "public"."phoenix_kit_user_oauth_providers" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_audit_logs" ADD COLUMN IF NOT EXISTS "target_user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_audit_logs" AS pk_t SET "target_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."target_user_id" AND pk_t."target_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_audit_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."target_user_id" WHERE pk_t2."target_user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_target_user_uuid_idx" ON "public"."phoenix_kit_audit_logs" ("target_user_uuid");
ALTER TABLE "public"."phoenix_kit_audit_logs" ADD COLUMN IF NOT EXISTS "admin_user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_audit_logs" AS pk_t SET "admin_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."admin_user_id" AND pk_t."admin_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_audit_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."admin_user_id" WHERE pk_t2."admin_user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_admin_user_uuid_idx" ON "public"."phoenix_kit_audit_logs" ("admin_user_uuid");
ALTER TABLE "public"."phoenix_kit_role_permissions" ADD COLUMN IF NOT EXISTS "granted_by_uuid" uuid;
UPDATE "public"."phoenix_kit_role_permissions" AS pk_t SET "granted_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."granted_by" AND pk_t."granted_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_granted_by_uuid_idx" ON "public"."phoenix_kit_role_permissions" ("granted_by_uuid");
ALTER TABLE "public"."phoenix_kit_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_user_uuid_idx" ON "public"."phoenix_kit_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comments_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_likes_user_uuid_idx" ON "public"."phoenix_kit_comments_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_dislikes_user_uuid_idx" ON "public"."phoenix_kit_comments_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_posts" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_posts" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_posts" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_user_uuid_idx" ON "public"."phoenix_kit_posts" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_comments" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_user_uuid_idx" ON "public"."phoenix_kit_post_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_likes" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_likes_user_uuid_idx" ON "public"."phoenix_kit_post_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_dislikes_user_uuid_idx" ON "public"."phoenix_kit_post_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_views" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_views" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_views" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_user_uuid_idx" ON "public"."phoenix_kit_post_views" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_mentions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_mentions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_user_uuid_idx" ON "public"."phoenix_kit_post_mentions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_groups" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_groups" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_user_uuid_idx" ON "public"."phoenix_kit_post_groups" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comment_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comment_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_likes_user_uuid_idx" ON "public"."phoenix_kit_comment_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comment_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_dislikes_user_uuid_idx" ON "public"."phoenix_kit_comment_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_tickets" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_tickets" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_user_uuid_idx" ON "public"."phoenix_kit_tickets" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_tickets" ADD COLUMN IF NOT EXISTS "assigned_to_uuid" uuid;
UPDATE "public"."phoenix_kit_tickets" AS pk_t SET "assigned_to_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."assigned_to_id" AND pk_t."assigned_to_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_assigned_to_uuid_idx" ON "public"."phoenix_kit_tickets" ("assigned_to_uuid");
ALTER TABLE "public"."phoenix_kit_ticket_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_ticket_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_user_uuid_idx" ON "public"."phoenix_kit_ticket_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ADD COLUMN IF NOT EXISTS "changed_by_uuid" uuid;
UPDATE "public"."phoenix_kit_ticket_status_history" AS pk_t SET "changed_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."changed_by_id" AND pk_t."changed_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_changed_by_uuid_idx" ON "public"."phoenix_kit_ticket_status_history" ("changed_by_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks" ADD COLUMN IF NOT EXISTS "blocker_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks" AS pk_t SET "blocker_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocker_id" AND pk_t."blocker_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocker_uuid_idx" ON "public"."phoenix_kit_user_blocks" ("blocker_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks" ADD COLUMN IF NOT EXISTS "blocked_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks" AS pk_t SET "blocked_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocked_id" AND pk_t."blocked_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocked_uuid_idx" ON "public"."phoenix_kit_user_blocks" ("blocked_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD COLUMN IF NOT EXISTS "blocker_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks_history" AS pk_t SET "blocker_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocker_id" AND pk_t."blocker_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocker_uuid_idx" ON "public"."phoenix_kit_user_blocks_history" ("blocker_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD COLUMN IF NOT EXISTS "blocked_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks_history" AS pk_t SET "blocked_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocked_id" AND pk_t."blocked_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocked_uuid_idx" ON "public"."phoenix_kit_user_blocks_history" ("blocked_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows" ADD COLUMN IF NOT EXISTS "follower_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows" AS pk_t SET "follower_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."follower_id" AND pk_t."follower_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_follower_uuid_idx" ON "public"."phoenix_kit_user_follows" ("follower_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows" ADD COLUMN IF NOT EXISTS "followed_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows" AS pk_t SET "followed_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."followed_id" AND pk_t."followed_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_followed_uuid_idx" ON "public"."phoenix_kit_user_follows" ("followed_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD COLUMN IF NOT EXISTS "follower_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows_history" AS pk_t SET "follower_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."follower_id" AND pk_t."follower_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_follower_uuid_idx" ON "public"."phoenix_kit_user_follows_history" ("follower_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD COLUMN IF NOT EXISTS "followed_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows_history" AS pk_t SET "followed_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."followed_id" AND pk_t."followed_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_followed_uuid_idx" ON "public"."phoenix_kit_user_follows_history" ("followed_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections" ADD COLUMN IF NOT EXISTS "requester_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections" AS pk_t SET "requester_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."requester_id" AND pk_t."requester_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_requester_uuid_idx" ON "public"."phoenix_kit_user_connections" ("requester_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections" ADD COLUMN IF NOT EXISTS "recipient_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections" AS pk_t SET "recipient_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."recipient_id" AND pk_t."recipient_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_recipient_uuid_idx" ON "public"."phoenix_kit_user_connections" ("recipient_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "user_a_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "user_a_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_a_id" AND pk_t."user_a_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_a_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("user_a_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "user_b_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "user_b_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_b_id" AND pk_t."user_b_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_b_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("user_b_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "actor_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "actor_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."actor_id" AND pk_t."actor_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_actor_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("actor_uuid");
ALTER TABLE "public"."phoenix_kit_files" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_files" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_user_uuid_idx" ON "public"."phoenix_kit_files" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_user_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_products" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_products_created_by_uuid_idx" ON "public"."phoenix_kit_shop_products" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_import_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_import_logs_user_uuid_idx" ON "public"."phoenix_kit_shop_import_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_billing_profiles" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_user_uuid_idx" ON "public"."phoenix_kit_billing_profiles" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_orders" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_user_uuid_idx" ON "public"."phoenix_kit_orders" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_invoices" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_user_uuid_idx" ON "public"."phoenix_kit_invoices" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_transactions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_transactions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_user_uuid_idx" ON "public"."phoenix_kit_transactions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_user_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_payment_methods" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_payment_methods" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_user_uuid_idx" ON "public"."phoenix_kit_payment_methods" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_user_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "approved_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "approved_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."approved_by" AND pk_t."approved_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_approved_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("approved_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "suspended_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "suspended_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."suspended_by" AND pk_t."suspended_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_suspended_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("suspended_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "revoked_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "revoked_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."revoked_by" AND pk_t."revoked_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_revoked_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("revoked_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_created_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "approved_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "approved_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."approved_by" AND pk_t."approved_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_approved_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("approved_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "denied_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "denied_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."denied_by" AND pk_t."denied_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_denied_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("denied_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "initiated_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "initiated_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."initiated_by" AND pk_t."initiated_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_initiated_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("initiated_by_uuid");
ALTER TABLE "public"."phoenix_kit_entities" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_entities" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_entities_created_by_uuid_idx" ON "public"."phoenix_kit_entities" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_entity_data" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_entity_data" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."created_by" WHERE pk_t2."created_by_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_created_by_uuid_idx" ON "public"."phoenix_kit_entity_data" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_email_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_email_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_user_uuid_idx" ON "public"."phoenix_kit_email_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_email_blocklist" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_email_blocklist" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_user_uuid_idx" ON "public"."phoenix_kit_email_blocklist" ("user_uuid");
UPDATE "public"."phoenix_kit_email_templates" AS pk_t SET "created_by_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by_user_id" AND pk_t."created_by_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_created_by_user_uuid_idx" ON "public"."phoenix_kit_email_templates" ("created_by_user_uuid");
UPDATE "public"."phoenix_kit_email_templates" AS pk_t SET "updated_by_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."updated_by_user_id" AND pk_t."updated_by_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_updated_by_user_uuid_idx" ON "public"."phoenix_kit_email_templates" ("updated_by_user_uuid");
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_codes" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_created_by_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "beneficiary_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_codes" AS pk_t SET "beneficiary_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."beneficiary" AND pk_t."beneficiary_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_beneficiary_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("beneficiary_uuid");
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD COLUMN IF NOT EXISTS "used_by_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_code_usage" AS pk_t SET "used_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."used_by" AND pk_t."used_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_used_by_uuid_idx" ON "public"."phoenix_kit_referral_code_usage" ("used_by_uuid");
ALTER TABLE "public"."phoenix_kit_consent_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_consent_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_consent_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_user_uuid_idx" ON "public"."phoenix_kit_consent_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "role_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "role_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_user_roles" AS pk_p WHERE pk_p."id" = pk_t."role_id" AND pk_t."role_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_role_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("role_uuid");
ALTER TABLE "public"."phoenix_kit_role_permissions" ADD COLUMN IF NOT EXISTS "role_uuid" uuid;
UPDATE "public"."phoenix_kit_role_permissions" AS pk_t SET "role_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_user_roles" AS pk_p WHERE pk_p."id" = pk_t."role_id" AND pk_t."role_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_role_uuid_idx" ON "public"."phoenix_kit_role_permissions" ("role_uuid");
ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "entity_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_entity_data" AS pk_t SET "entity_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_entities" AS pk_p WHERE pk_p."id" = pk_t."entity_id" AND pk_t."entity_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_entity_data" AS pk_t2 JOIN "public"."phoenix_kit_entities" AS pk_p2 ON pk_p2."id" = pk_t2."entity_id" WHERE pk_t2."entity_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_entity_uuid_idx" ON "public"."phoenix_kit_entity_data" ("entity_uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "cart_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_cart_items" AS pk_t SET "cart_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_carts" AS pk_p WHERE pk_p."id" = pk_t."cart_id" AND pk_t."cart_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_cart_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("cart_uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "product_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_cart_items" AS pk_t SET "product_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_products" AS pk_p WHERE pk_p."id" = pk_t."product_id" AND pk_t."product_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_product_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("product_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "shipping_method_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "shipping_method_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_shipping_methods" AS pk_p WHERE pk_p."id" = pk_t."shipping_method_id" AND pk_t."shipping_method_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_shipping_method_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("shipping_method_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "merged_into_cart_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "merged_into_cart_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_carts" AS pk_p WHERE pk_p."id" = pk_t."merged_into_cart_id" AND pk_t."merged_into_cart_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_merged_into_cart_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("merged_into_cart_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "payment_option_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "payment_option_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_payment_options" AS pk_p WHERE pk_p."id" = pk_t."payment_option_id" AND pk_t."payment_option_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_payment_option_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("payment_option_uuid");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "category_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_products" AS pk_t SET "category_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_categories" AS pk_p WHERE pk_p."id" = pk_t."category_id" AND pk_t."category_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_products_category_uuid_idx" ON "public"."phoenix_kit_shop_products" ("category_uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "parent_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_categories" AS pk_t SET "parent_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_categories" AS pk_p WHERE pk_p."id" = pk_t."parent_id" AND pk_t."parent_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_parent_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("parent_uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "featured_product_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_categories" AS pk_t SET "featured_product_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_products" AS pk_p WHERE pk_p."id" = pk_t."featured_product_id" AND pk_t."featured_product_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_featured_product_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("featured_product_uuid");
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "billing_profile_uuid" uuid;
UPDATE "public"."phoenix_kit_orders" AS pk_t SET "billing_profile_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_billing_profiles" AS pk_p WHERE pk_p."id" = pk_t."billing_profile_id" AND pk_t."billing_profile_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_billing_profile_uuid_idx" ON "public"."phoenix_kit_orders" ("billing_profile_uuid");
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "order_uuid" uuid;
UPDATE "public"."phoenix_kit_invoices" AS pk_t SET "order_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_orders" AS pk_p WHERE pk_p."id" = pk_t."order_id" AND pk_t."order_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_order_uuid_idx" ON "public"."phoenix_kit_invoices" ("order_uuid");
ALTER TABLE "public"."phoenix_kit_transactions" ADD COLUMN IF NOT EXISTS "invoice_uuid" uuid;
UPDATE "public"."phoenix_kit_transactions" AS pk_t SET "invoice_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_invoices" AS pk_p WHERE pk_p."id" = pk_t."invoice_id" AND pk_t."invoice_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_invoice_uuid_idx" ON "public"."phoenix_kit_transactions" ("invoice_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "billing_profile_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "billing_profile_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_billing_profiles" AS pk_p WHERE pk_p."id" = pk_t."billing_profile_id" AND pk_t."billing_profile_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_billing_profile_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("billing_profile_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "payment_method_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "payment_method_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_payment_methods" AS pk_p WHERE pk_p."id" = pk_t."payment_method_id" AND pk_t."payment_method_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_payment_method_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("payment_method_uuid");
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "email_log_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_email_events" AS pk_t SET "email_log_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_email_logs" AS pk_p WHERE pk_p."id" = pk_t."email_log_id" AND pk_t."email_log_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_email_events" AS pk_t2 JOIN "public"."phoenix_kit_email_logs" AS pk_p2 ON pk_p2."id" = pk_t2."email_log_id" WHERE pk_t2."email_log_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_email_log_uuid_idx" ON "public"."phoenix_kit_email_events" ("email_log_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "endpoint_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "endpoint_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_ai_endpoints" AS pk_p WHERE pk_p."id" = pk_t."endpoint_id" AND pk_t."endpoint_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_ai_endpoints" AS pk_p2 ON pk_p2."id" = pk_t2."endpoint_id" WHERE pk_t2."endpoint_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_endpoint_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("endpoint_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "prompt_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_ai_prompts" AS pk_p WHERE pk_p."id" = pk_t."prompt_id" AND pk_t."prompt_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_ai_prompts" AS pk_p2 ON pk_p2."id" = pk_t2."prompt_id" WHERE pk_t2."prompt_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_prompt_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("prompt_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "connection_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "connection_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_sync_connections" AS pk_p WHERE pk_p."id" = pk_t."connection_id" AND pk_t."connection_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_connection_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("connection_uuid");
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD COLUMN IF NOT EXISTS "code_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_code_usage" AS pk_t SET "code_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_referral_codes" AS pk_p WHERE pk_p."id" = pk_t."code_id" AND pk_t."code_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_code_uuid_idx" ON "public"."phoenix_kit_referral_code_usage" ("code_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "assigned_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_id" DROP NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_role_assignments_user_uuid_role_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("user_uuid", "role_uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_role_uuid_module_key_idx" ON "public"."phoenix_kit_role_permissions" ("role_uuid", "module_key");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_oauth_providers_user_uuid_provider_idx" ON "public"."phoenix_kit_user_oauth_providers" ("user_uuid", "provider");
COMMENT ON TABLE "public"."phoenix_kit" IS '56';
COMMIT;

-- V57 UUID FK constraints (V56's constraint phase)
BEGIN;
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_users_tokens" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_users_tokens" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_tokens_user_uuid_idx" ON "public"."phoenix_kit_users_tokens" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_user_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "assigned_by_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "assigned_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."assigned_by" AND pk_t."assigned_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_assigned_by_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("assigned_by_uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_admin_notes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_user_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "author_uuid" uuid;
UPDATE "public"."phoenix_kit_admin_notes" AS pk_t SET "author_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."author_id" AND pk_t."author_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_author_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("author_uuid");
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_user_oauth_providers" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_oauth_providers_user_uuid_idx" ON "public"."phoenix_kit_user_oauth_providers" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_audit_logs" ADD COLUMN IF NOT EXISTS "target_user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_audit_logs" AS pk_t SET "target_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."target_user_id" AND pk_t."target_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_audit_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."target_user_id" WHERE pk_t2."target_user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_target_user_uuid_idx" ON "public"."phoenix_kit_audit_logs" ("target_user_uuid");
ALTER TABLE "public"."phoenix_kit_audit_logs" ADD COLUMN IF NOT EXISTS "admin_user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_audit_logs" AS pk_t SET "admin_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."admin_user_id" AND pk_t."admin_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_audit_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."admin_user_id" WHERE pk_t2."admin_user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_audit_logs_admin_user_uuid_idx" ON "public"."phoenix_kit_audit_logs" ("admin_user_uuid");
ALTER TABLE "public"."phoenix_kit_role_permissions" ADD COLUMN IF NOT EXISTS "granted_by_uuid" uuid;
UPDATE "public"."phoenix_kit_role_permissions" AS pk_t SET "granted_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."granted_by" AND pk_t."granted_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_granted_by_uuid_idx" ON "public"."phoenix_kit_role_permissions" ("granted_by_uuid");
ALTER TABLE "public"."phoenix_kit_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_user_uuid_idx" ON "public"."phoenix_kit_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comments_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_likes_user_uuid_idx" ON "public"."phoenix_kit_comments_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comments_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comments_dislikes_user_uuid_idx" ON "public"."phoenix_kit_comments_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_posts" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_posts" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_posts" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_posts_user_uuid_idx" ON "public"."phoenix_kit_posts" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_comments" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_comments_user_uuid_idx" ON "public"."phoenix_kit_post_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_likes" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_likes_user_uuid_idx" ON "public"."phoenix_kit_post_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_dislikes_user_uuid_idx" ON "public"."phoenix_kit_post_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_views" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_post_views" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_post_views" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_views_user_uuid_idx" ON "public"."phoenix_kit_post_views" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_mentions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_mentions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_mentions_user_uuid_idx" ON "public"."phoenix_kit_post_mentions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_post_groups" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_post_groups" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_post_groups_user_uuid_idx" ON "public"."phoenix_kit_post_groups" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comment_likes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comment_likes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_likes_user_uuid_idx" ON "public"."phoenix_kit_comment_likes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_comment_dislikes" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_comment_dislikes_user_uuid_idx" ON "public"."phoenix_kit_comment_dislikes" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_tickets" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_tickets" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_user_uuid_idx" ON "public"."phoenix_kit_tickets" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_tickets" ADD COLUMN IF NOT EXISTS "assigned_to_uuid" uuid;
UPDATE "public"."phoenix_kit_tickets" AS pk_t SET "assigned_to_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."assigned_to_id" AND pk_t."assigned_to_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_tickets_assigned_to_uuid_idx" ON "public"."phoenix_kit_tickets" ("assigned_to_uuid");
ALTER TABLE "public"."phoenix_kit_ticket_comments" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_ticket_comments" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_comments_user_uuid_idx" ON "public"."phoenix_kit_ticket_comments" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ADD COLUMN IF NOT EXISTS "changed_by_uuid" uuid;
UPDATE "public"."phoenix_kit_ticket_status_history" AS pk_t SET "changed_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."changed_by_id" AND pk_t."changed_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_ticket_status_history_changed_by_uuid_idx" ON "public"."phoenix_kit_ticket_status_history" ("changed_by_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks" ADD COLUMN IF NOT EXISTS "blocker_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks" AS pk_t SET "blocker_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocker_id" AND pk_t."blocker_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocker_uuid_idx" ON "public"."phoenix_kit_user_blocks" ("blocker_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks" ADD COLUMN IF NOT EXISTS "blocked_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks" AS pk_t SET "blocked_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocked_id" AND pk_t."blocked_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_blocked_uuid_idx" ON "public"."phoenix_kit_user_blocks" ("blocked_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD COLUMN IF NOT EXISTS "blocker_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks_history" AS pk_t SET "blocker_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocker_id" AND pk_t."blocker_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocker_uuid_idx" ON "public"."phoenix_kit_user_blocks_history" ("blocker_uuid");
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD COLUMN IF NOT EXISTS "blocked_uuid" uuid;
UPDATE "public"."phoenix_kit_user_blocks_history" AS pk_t SET "blocked_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."blocked_id" AND pk_t."blocked_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_blocks_history_blocked_uuid_idx" ON "public"."phoenix_kit_user_blocks_history" ("blocked_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows" ADD COLUMN IF NOT EXISTS "follower_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows" AS pk_t SET "follower_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."follower_id" AND pk_t."follower_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_follower_uuid_idx" ON "public"."phoenix_kit_user_follows" ("follower_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows" ADD COLUMN IF NOT EXISTS "followed_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows" AS pk_t SET "followed_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."followed_id" AND pk_t."followed_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_followed_uuid_idx" ON "public"."phoenix_kit_user_follows" ("followed_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD COLUMN IF NOT EXISTS "follower_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows_history" AS pk_t SET "follower_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."follower_id" AND pk_t."follower_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_follower_uuid_idx" ON "public"."phoenix_kit_user_follows_history" ("follower_uuid");
ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD COLUMN IF NOT EXISTS "followed_uuid" uuid;
UPDATE "public"."phoenix_kit_user_follows_history" AS pk_t SET "followed_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."followed_id" AND pk_t."followed_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_follows_history_followed_uuid_idx" ON "public"."phoenix_kit_user_follows_history" ("followed_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections" ADD COLUMN IF NOT EXISTS "requester_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections" AS pk_t SET "requester_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."requester_id" AND pk_t."requester_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_requester_uuid_idx" ON "public"."phoenix_kit_user_connections" ("requester_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections" ADD COLUMN IF NOT EXISTS "recipient_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections" AS pk_t SET "recipient_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."recipient_id" AND pk_t."recipient_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_recipient_uuid_idx" ON "public"."phoenix_kit_user_connections" ("recipient_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "user_a_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "user_a_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_a_id" AND pk_t."user_a_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_a_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("user_a_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "user_b_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "user_b_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_b_id" AND pk_t."user_b_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_user_b_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("user_b_uuid");
ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD COLUMN IF NOT EXISTS "actor_uuid" uuid;
UPDATE "public"."phoenix_kit_user_connections_history" AS pk_t SET "actor_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."actor_id" AND pk_t."actor_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_connections_history_actor_uuid_idx" ON "public"."phoenix_kit_user_connections_history" ("actor_uuid");
ALTER TABLE "public"."phoenix_kit_files" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_files" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_files_user_uuid_idx" ON "public"."phoenix_kit_files" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_user_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_products" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_products_created_by_uuid_idx" ON "public"."phoenix_kit_shop_products" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_import_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_import_logs_user_uuid_idx" ON "public"."phoenix_kit_shop_import_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_billing_profiles" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_user_uuid_idx" ON "public"."phoenix_kit_billing_profiles" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_orders" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_user_uuid_idx" ON "public"."phoenix_kit_orders" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_invoices" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_user_uuid_idx" ON "public"."phoenix_kit_invoices" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_transactions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_transactions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_user_uuid_idx" ON "public"."phoenix_kit_transactions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_user_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_payment_methods" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_payment_methods" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_user_uuid_idx" ON "public"."phoenix_kit_payment_methods" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_user_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "approved_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "approved_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."approved_by" AND pk_t."approved_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_approved_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("approved_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "suspended_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "suspended_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."suspended_by" AND pk_t."suspended_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_suspended_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("suspended_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "revoked_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "revoked_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."revoked_by" AND pk_t."revoked_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_revoked_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("revoked_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_connections" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_created_by_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "approved_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "approved_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."approved_by" AND pk_t."approved_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_approved_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("approved_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "denied_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "denied_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."denied_by" AND pk_t."denied_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_denied_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("denied_by_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "initiated_by_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "initiated_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."initiated_by" AND pk_t."initiated_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_initiated_by_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("initiated_by_uuid");
ALTER TABLE "public"."phoenix_kit_entities" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_entities" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_entities_created_by_uuid_idx" ON "public"."phoenix_kit_entities" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_entity_data" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_entity_data" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."created_by" WHERE pk_t2."created_by_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_created_by_uuid_idx" ON "public"."phoenix_kit_entity_data" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_email_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_email_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_logs_user_uuid_idx" ON "public"."phoenix_kit_email_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_email_blocklist" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
UPDATE "public"."phoenix_kit_email_blocklist" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_blocklist_user_uuid_idx" ON "public"."phoenix_kit_email_blocklist" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_email_templates" ADD COLUMN IF NOT EXISTS "created_by_user_uuid" uuid;
UPDATE "public"."phoenix_kit_email_templates" AS pk_t SET "created_by_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by_user_id" AND pk_t."created_by_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_created_by_user_uuid_idx" ON "public"."phoenix_kit_email_templates" ("created_by_user_uuid");
ALTER TABLE "public"."phoenix_kit_email_templates" ADD COLUMN IF NOT EXISTS "updated_by_user_uuid" uuid;
UPDATE "public"."phoenix_kit_email_templates" AS pk_t SET "updated_by_user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."updated_by_user_id" AND pk_t."updated_by_user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_templates_updated_by_user_uuid_idx" ON "public"."phoenix_kit_email_templates" ("updated_by_user_uuid");
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_codes" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_created_by_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("created_by_uuid");
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD COLUMN IF NOT EXISTS "beneficiary_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_codes" AS pk_t SET "beneficiary_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."beneficiary" AND pk_t."beneficiary_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_beneficiary_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("beneficiary_uuid");
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD COLUMN IF NOT EXISTS "used_by_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_code_usage" AS pk_t SET "used_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."used_by" AND pk_t."used_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_used_by_uuid_idx" ON "public"."phoenix_kit_referral_code_usage" ("used_by_uuid");
ALTER TABLE "public"."phoenix_kit_consent_logs" ADD COLUMN IF NOT EXISTS "user_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_consent_logs" AS pk_t SET "user_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."user_id" AND pk_t."user_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_consent_logs" AS pk_t2 JOIN "public"."phoenix_kit_users" AS pk_p2 ON pk_p2."id" = pk_t2."user_id" WHERE pk_t2."user_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_user_uuid_idx" ON "public"."phoenix_kit_consent_logs" ("user_uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "role_uuid" uuid;
UPDATE "public"."phoenix_kit_user_role_assignments" AS pk_t SET "role_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_user_roles" AS pk_p WHERE pk_p."id" = pk_t."role_id" AND pk_t."role_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_user_role_assignments_role_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("role_uuid");
ALTER TABLE "public"."phoenix_kit_role_permissions" ADD COLUMN IF NOT EXISTS "role_uuid" uuid;
UPDATE "public"."phoenix_kit_role_permissions" AS pk_t SET "role_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_user_roles" AS pk_p WHERE pk_p."id" = pk_t."role_id" AND pk_t."role_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_role_uuid_idx" ON "public"."phoenix_kit_role_permissions" ("role_uuid");
ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "entity_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_entity_data" AS pk_t SET "entity_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_entities" AS pk_p WHERE pk_p."id" = pk_t."entity_id" AND pk_t."entity_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_entity_data" AS pk_t2 JOIN "public"."phoenix_kit_entities" AS pk_p2 ON pk_p2."id" = pk_t2."entity_id" WHERE pk_t2."entity_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_entity_uuid_idx" ON "public"."phoenix_kit_entity_data" ("entity_uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "cart_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_cart_items" AS pk_t SET "cart_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_carts" AS pk_p WHERE pk_p."id" = pk_t."cart_id" AND pk_t."cart_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_cart_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("cart_uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "product_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_cart_items" AS pk_t SET "product_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_products" AS pk_p WHERE pk_p."id" = pk_t."product_id" AND pk_t."product_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_product_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("product_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "shipping_method_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "shipping_method_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_shipping_methods" AS pk_p WHERE pk_p."id" = pk_t."shipping_method_id" AND pk_t."shipping_method_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_shipping_method_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("shipping_method_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "merged_into_cart_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "merged_into_cart_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_carts" AS pk_p WHERE pk_p."id" = pk_t."merged_into_cart_id" AND pk_t."merged_into_cart_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_merged_into_cart_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("merged_into_cart_uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD COLUMN IF NOT EXISTS "payment_option_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_carts" AS pk_t SET "payment_option_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_payment_options" AS pk_p WHERE pk_p."id" = pk_t."payment_option_id" AND pk_t."payment_option_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_payment_option_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("payment_option_uuid");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "category_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_products" AS pk_t SET "category_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_categories" AS pk_p WHERE pk_p."id" = pk_t."category_id" AND pk_t."category_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_products_category_uuid_idx" ON "public"."phoenix_kit_shop_products" ("category_uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "parent_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_categories" AS pk_t SET "parent_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_categories" AS pk_p WHERE pk_p."id" = pk_t."parent_id" AND pk_t."parent_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_parent_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("parent_uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "featured_product_uuid" uuid;
UPDATE "public"."phoenix_kit_shop_categories" AS pk_t SET "featured_product_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_shop_products" AS pk_p WHERE pk_p."id" = pk_t."featured_product_id" AND pk_t."featured_product_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_featured_product_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("featured_product_uuid");
ALTER TABLE "public"."phoenix_kit_orders" ADD COLUMN IF NOT EXISTS "billing_profile_uuid" uuid;
UPDATE "public"."phoenix_kit_orders" AS pk_t SET "billing_profile_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_billing_profiles" AS pk_p WHERE pk_p."id" = pk_t."billing_profile_id" AND pk_t."billing_profile_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_orders_billing_profile_uuid_idx" ON "public"."phoenix_kit_orders" ("billing_profile_uuid");
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "order_uuid" uuid;
UPDATE "public"."phoenix_kit_invoices" AS pk_t SET "order_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_orders" AS pk_p WHERE pk_p."id" = pk_t."order_id" AND pk_t."order_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_order_uuid_idx" ON "public"."phoenix_kit_invoices" ("order_uuid");
ALTER TABLE "public"."phoenix_kit_transactions" ADD COLUMN IF NOT EXISTS "invoice_uuid" uuid;
UPDATE "public"."phoenix_kit_transactions" AS pk_t SET "invoice_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_invoices" AS pk_p WHERE pk_p."id" = pk_t."invoice_id" AND pk_t."invoice_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_transactions_invoice_uuid_idx" ON "public"."phoenix_kit_transactions" ("invoice_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "billing_profile_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "billing_profile_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_billing_profiles" AS pk_p WHERE pk_p."id" = pk_t."billing_profile_id" AND pk_t."billing_profile_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_billing_profile_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("billing_profile_uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "payment_method_uuid" uuid;
UPDATE "public"."phoenix_kit_subscriptions" AS pk_t SET "payment_method_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_payment_methods" AS pk_p WHERE pk_p."id" = pk_t."payment_method_id" AND pk_t."payment_method_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_payment_method_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("payment_method_uuid");
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "email_log_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_email_events" AS pk_t SET "email_log_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_email_logs" AS pk_p WHERE pk_p."id" = pk_t."email_log_id" AND pk_t."email_log_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_email_events" AS pk_t2 JOIN "public"."phoenix_kit_email_logs" AS pk_p2 ON pk_p2."id" = pk_t2."email_log_id" WHERE pk_t2."email_log_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_email_log_uuid_idx" ON "public"."phoenix_kit_email_events" ("email_log_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "endpoint_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "endpoint_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_ai_endpoints" AS pk_p WHERE pk_p."id" = pk_t."endpoint_id" AND pk_t."endpoint_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_ai_endpoints" AS pk_p2 ON pk_p2."id" = pk_t2."endpoint_id" WHERE pk_t2."endpoint_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_endpoint_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("endpoint_uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_uuid" uuid;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "prompt_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_ai_prompts" AS pk_p WHERE pk_p."id" = pk_t."prompt_id" AND pk_t."prompt_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_ai_requests" AS pk_t2 JOIN "public"."phoenix_kit_ai_prompts" AS pk_p2 ON pk_p2."id" = pk_t2."prompt_id" WHERE pk_t2."prompt_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_prompt_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("prompt_uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "connection_uuid" uuid;
UPDATE "public"."phoenix_kit_sync_transfers" AS pk_t SET "connection_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_sync_connections" AS pk_p WHERE pk_p."id" = pk_t."connection_id" AND pk_t."connection_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_sync_transfers_connection_uuid_idx" ON "public"."phoenix_kit_sync_transfers" ("connection_uuid");
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD COLUMN IF NOT EXISTS "code_uuid" uuid;
UPDATE "public"."phoenix_kit_referral_code_usage" AS pk_t SET "code_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_referral_codes" AS pk_p WHERE pk_p."id" = pk_t."code_id" AND pk_t."code_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_referral_code_usage_code_uuid_idx" ON "public"."phoenix_kit_referral_code_usage" ("code_uuid");
-- if phoenix_kit_users_tokens.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_users_tokens" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_user_role_assignments.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_role_assignments" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_admin_notes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_admin_notes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_admin_notes.author_uuid allows NULL:
    UPDATE "public"."phoenix_kit_admin_notes" SET "author_uuid" = "public".uuid_generate_v7() WHERE "author_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "author_uuid" SET NOT NULL;
-- if phoenix_kit_user_oauth_providers.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_oauth_providers" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_audit_logs.target_user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_audit_logs" SET "target_user_uuid" = "public".uuid_generate_v7() WHERE "target_user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "target_user_uuid" SET NOT NULL;
-- if phoenix_kit_audit_logs.admin_user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_audit_logs" SET "admin_user_uuid" = "public".uuid_generate_v7() WHERE "admin_user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "admin_user_uuid" SET NOT NULL;
-- if phoenix_kit_posts.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_posts" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_post_comments.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_post_comments" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_post_likes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_post_likes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_post_dislikes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_post_dislikes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_post_mentions.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_post_mentions" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_post_groups.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_post_groups" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_comment_likes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_comment_likes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_comment_dislikes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_comment_dislikes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_ticket_comments.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_ticket_comments" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_ticket_status_history.changed_by_uuid allows NULL:
    UPDATE "public"."phoenix_kit_ticket_status_history" SET "changed_by_uuid" = "public".uuid_generate_v7() WHERE "changed_by_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "changed_by_uuid" SET NOT NULL;
-- if phoenix_kit_user_blocks.blocker_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_blocks" SET "blocker_uuid" = "public".uuid_generate_v7() WHERE "blocker_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocker_uuid" SET NOT NULL;
-- if phoenix_kit_user_blocks.blocked_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_blocks" SET "blocked_uuid" = "public".uuid_generate_v7() WHERE "blocked_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocked_uuid" SET NOT NULL;
-- if phoenix_kit_user_blocks_history.blocker_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_blocks_history" SET "blocker_uuid" = "public".uuid_generate_v7() WHERE "blocker_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocker_uuid" SET NOT NULL;
-- if phoenix_kit_user_blocks_history.blocked_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_blocks_history" SET "blocked_uuid" = "public".uuid_generate_v7() WHERE "blocked_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocked_uuid" SET NOT NULL;
-- if phoenix_kit_user_follows.follower_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_follows" SET "follower_uuid" = "public".uuid_generate_v7() WHERE "follower_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "follower_uuid" SET NOT NULL;
-- if phoenix_kit_user_follows.followed_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_follows" SET "followed_uuid" = "public".uuid_generate_v7() WHERE "followed_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "followed_uuid" SET NOT NULL;
-- if phoenix_kit_user_follows_history.follower_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_follows_history" SET "follower_uuid" = "public".uuid_generate_v7() WHERE "follower_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "follower_uuid" SET NOT NULL;
-- if phoenix_kit_user_follows_history.followed_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_follows_history" SET "followed_uuid" = "public".uuid_generate_v7() WHERE "followed_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "followed_uuid" SET NOT NULL;
-- if phoenix_kit_user_connections.requester_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_connections" SET "requester_uuid" = "public".uuid_generate_v7() WHERE "requester_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "requester_uuid" SET NOT NULL;
-- if phoenix_kit_user_connections.recipient_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_connections" SET "recipient_uuid" = "public".uuid_generate_v7() WHERE "recipient_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "recipient_uuid" SET NOT NULL;
-- if phoenix_kit_user_connections_history.user_a_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_connections_history" SET "user_a_uuid" = "public".uuid_generate_v7() WHERE "user_a_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_a_uuid" SET NOT NULL;
-- if phoenix_kit_user_connections_history.user_b_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_connections_history" SET "user_b_uuid" = "public".uuid_generate_v7() WHERE "user_b_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_b_uuid" SET NOT NULL;
-- if phoenix_kit_user_connections_history.actor_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_connections_history" SET "actor_uuid" = "public".uuid_generate_v7() WHERE "actor_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "actor_uuid" SET NOT NULL;
-- if phoenix_kit_files.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_files" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_comments_likes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_comments_likes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_comments_dislikes.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_comments_dislikes" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_entities.created_by_uuid allows NULL:
    UPDATE "public"."phoenix_kit_entities" SET "created_by_uuid" = "public".uuid_generate_v7() WHERE "created_by_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "created_by_uuid" SET NOT NULL;
-- if phoenix_kit_entity_data.created_by_uuid allows NULL:
    UPDATE "public"."phoenix_kit_entity_data" SET "created_by_uuid" = "public".uuid_generate_v7() WHERE "created_by_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "created_by_uuid" SET NOT NULL;
-- if phoenix_kit_invoices.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_invoices" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_transactions.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_transactions" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_payment_methods.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_payment_methods" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_subscriptions.user_uuid allows NULL:
    UPDATE "public"."phoenix_kit_subscriptions" SET "user_uuid" = "public".uuid_generate_v7() WHERE "user_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "user_uuid" SET NOT NULL;
-- if phoenix_kit_referral_codes.created_by_uuid allows NULL:
    UPDATE "public"."phoenix_kit_referral_codes" SET "created_by_uuid" = "public".uuid_generate_v7() WHERE "created_by_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "created_by_uuid" SET NOT NULL;
-- if phoenix_kit_referral_code_usage.used_by_uuid allows NULL:
    UPDATE "public"."phoenix_kit_referral_code_usage" SET "used_by_uuid" = "public".uuid_generate_v7() WHERE "used_by_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "used_by_uuid" SET NOT NULL;
-- if phoenix_kit_user_role_assignments.role_uuid allows NULL:
    UPDATE "public"."phoenix_kit_user_role_assignments" SET "role_uuid" = "public".uuid_generate_v7() WHERE "role_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_uuid" SET NOT NULL;
-- if phoenix_kit_role_permissions.role_uuid allows NULL:
    UPDATE "public"."phoenix_kit_role_permissions" SET "role_uuid" = "public".uuid_generate_v7() WHERE "role_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_uuid" SET NOT NULL;
-- if phoenix_kit_entity_data.entity_uuid allows NULL:
    UPDATE "public"."phoenix_kit_entity_data" SET "entity_uuid" = "public".uuid_generate_v7() WHERE "entity_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "entity_uuid" SET NOT NULL;
-- if phoenix_kit_shop_cart_items.cart_uuid allows NULL:
    UPDATE "public"."phoenix_kit_shop_cart_items" SET "cart_uuid" = "public".uuid_generate_v7() WHERE "cart_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "cart_uuid" SET NOT NULL;
-- if phoenix_kit_email_events.email_log_uuid allows NULL:
    UPDATE "public"."phoenix_kit_email_events" SET "email_log_uuid" = "public".uuid_generate_v7() WHERE "email_log_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "email_log_uuid" SET NOT NULL;
-- if phoenix_kit_referral_code_usage.code_uuid allows NULL:
    UPDATE "public"."phoenix_kit_referral_code_usage" SET "code_uuid" = "public".uuid_generate_v7() WHERE "code_uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "code_uuid" SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_users_uuid_idx" ON "public"."phoenix_kit_users" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_user_roles_uuid_idx" ON "public"."phoenix_kit_user_roles" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_entities_uuid_idx" ON "public"."phoenix_kit_entities" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_carts_uuid_idx" ON "public"."phoenix_kit_shop_carts" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_products_uuid_idx" ON "public"."phoenix_kit_shop_products" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_shipping_methods_uuid_idx" ON "public"."phoenix_kit_shop_shipping_methods" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_options_uuid_idx" ON "public"."phoenix_kit_payment_options" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_shop_categories_uuid_idx" ON "public"."phoenix_kit_shop_categories" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_billing_profiles_uuid_idx" ON "public"."phoenix_kit_billing_profiles" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_orders_uuid_idx" ON "public"."phoenix_kit_orders" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_invoices_uuid_idx" ON "public"."phoenix_kit_invoices" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_email_logs_uuid_idx" ON "public"."phoenix_kit_email_logs" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_endpoints_uuid_idx" ON "public"."phoenix_kit_ai_endpoints" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_uuid_idx" ON "public"."phoenix_kit_ai_prompts" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_sync_connections_uuid_idx" ON "public"."phoenix_kit_sync_connections" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_referral_codes_uuid_idx" ON "public"."phoenix_kit_referral_codes" ("uuid");
-- if phoenix_kit_users_tokens has no constraint fk_users_tokens_user_uuid:
    DELETE FROM "public"."phoenix_kit_users_tokens" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_users_tokens"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_users_tokens" ADD CONSTRAINT "fk_users_tokens_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_role_assignments has no constraint fk_user_role_assignments_user_uuid:
    DELETE FROM "public"."phoenix_kit_user_role_assignments" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_role_assignments"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD CONSTRAINT "fk_user_role_assignments_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_role_assignments has no constraint fk_user_role_assignments_assigned_by_uuid:
    UPDATE "public"."phoenix_kit_user_role_assignments" SET "assigned_by_uuid" = NULL WHERE "assigned_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_role_assignments"."assigned_by_uuid");
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD CONSTRAINT "fk_user_role_assignments_assigned_by_uuid" FOREIGN KEY ("assigned_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_admin_notes has no constraint fk_admin_notes_user_uuid:
    DELETE FROM "public"."phoenix_kit_admin_notes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_admin_notes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_admin_notes" ADD CONSTRAINT "fk_admin_notes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_admin_notes has no constraint fk_admin_notes_author_uuid:
    DELETE FROM "public"."phoenix_kit_admin_notes" WHERE "author_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_admin_notes"."author_uuid");
    ALTER TABLE "public"."phoenix_kit_admin_notes" ADD CONSTRAINT "fk_admin_notes_author_uuid" FOREIGN KEY ("author_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_oauth_providers has no constraint fk_user_oauth_providers_user_uuid:
    DELETE FROM "public"."phoenix_kit_user_oauth_providers" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_oauth_providers"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ADD CONSTRAINT "fk_user_oauth_providers_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_posts has no constraint fk_posts_user_uuid:
    DELETE FROM "public"."phoenix_kit_posts" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_posts"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_posts" ADD CONSTRAINT "fk_posts_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_comments has no constraint fk_post_comments_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_comments" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_comments"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_comments" ADD CONSTRAINT "fk_post_comments_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_likes has no constraint fk_post_likes_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_likes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_likes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_likes" ADD CONSTRAINT "fk_post_likes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_dislikes has no constraint fk_post_dislikes_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_dislikes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_dislikes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_dislikes" ADD CONSTRAINT "fk_post_dislikes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_views has no constraint fk_post_views_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_views" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_views"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_views" ADD CONSTRAINT "fk_post_views_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_mentions has no constraint fk_post_mentions_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_mentions" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_mentions"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_mentions" ADD CONSTRAINT "fk_post_mentions_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_post_groups has no constraint fk_post_groups_user_uuid:
    DELETE FROM "public"."phoenix_kit_post_groups" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_post_groups"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_post_groups" ADD CONSTRAINT "fk_post_groups_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_comment_likes has no constraint fk_comment_likes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comment_likes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comment_likes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comment_likes" ADD CONSTRAINT "fk_comment_likes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_comment_dislikes has no constraint fk_comment_dislikes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comment_dislikes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comment_dislikes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comment_dislikes" ADD CONSTRAINT "fk_comment_dislikes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_tickets has no constraint fk_tickets_user_uuid:
    UPDATE "public"."phoenix_kit_tickets" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_tickets"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_tickets" ADD CONSTRAINT "fk_tickets_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_tickets has no constraint fk_tickets_assigned_to_uuid:
    UPDATE "public"."phoenix_kit_tickets" SET "assigned_to_uuid" = NULL WHERE "assigned_to_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_tickets"."assigned_to_uuid");
    ALTER TABLE "public"."phoenix_kit_tickets" ADD CONSTRAINT "fk_tickets_assigned_to_uuid" FOREIGN KEY ("assigned_to_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_ticket_comments has no constraint fk_ticket_comments_user_uuid:
    DELETE FROM "public"."phoenix_kit_ticket_comments" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_ticket_comments"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_ticket_comments" ADD CONSTRAINT "fk_ticket_comments_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_ticket_status_history has no constraint fk_ticket_status_history_changed_by_uuid
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ADD CONSTRAINT "fk_ticket_status_history_changed_by_uuid" FOREIGN KEY ("changed_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_user_blocks has no constraint fk_user_blocks_blocker_uuid:
    DELETE FROM "public"."phoenix_kit_user_blocks" WHERE "blocker_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_blocks"."blocker_uuid");
    ALTER TABLE "public"."phoenix_kit_user_blocks" ADD CONSTRAINT "fk_user_blocks_blocker_uuid" FOREIGN KEY ("blocker_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_blocks has no constraint fk_user_blocks_blocked_uuid:
    DELETE FROM "public"."phoenix_kit_user_blocks" WHERE "blocked_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_blocks"."blocked_uuid");
    ALTER TABLE "public"."phoenix_kit_user_blocks" ADD CONSTRAINT "fk_user_blocks_blocked_uuid" FOREIGN KEY ("blocked_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_blocks_history has no constraint fk_user_blocks_history_blocker_uuid:
    DELETE FROM "public"."phoenix_kit_user_blocks_history" WHERE "blocker_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_blocks_history"."blocker_uuid");
    ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD CONSTRAINT "fk_user_blocks_history_blocker_uuid" FOREIGN KEY ("blocker_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_blocks_history has no constraint fk_user_blocks_history_blocked_uuid:
    DELETE FROM "public"."phoenix_kit_user_blocks_history" WHERE "blocked_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_blocks_history"."blocked_uuid");
    ALTER TABLE "public"."phoenix_kit_user_blocks_history" ADD CONSTRAINT "fk_user_blocks_history_blocked_uuid" FOREIGN KEY ("blocked_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_follows has no constraint fk_user_follows_follower_uuid:
    DELETE FROM "public"."phoenix_kit_user_follows" WHERE "follower_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_follows"."follower_uuid");
    ALTER TABLE "public"."phoenix_kit_user_follows" ADD CONSTRAINT "fk_user_follows_follower_uuid" FOREIGN KEY ("follower_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_follows has no constraint fk_user_follows_followed_uuid:
    DELETE FROM "public"."phoenix_kit_user_follows" WHERE "followed_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_follows"."followed_uuid");
    ALTER TABLE "public"."phoenix_kit_user_follows" ADD CONSTRAINT "fk_user_follows_followed_uuid" FOREIGN KEY ("followed_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_follows_history has no constraint fk_user_follows_history_follower_uuid:
    DELETE FROM "public"."phoenix_kit_user_follows_history" WHERE "follower_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_follows_history"."follower_uuid");
    ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD CONSTRAINT "fk_user_follows_history_follower_uuid" FOREIGN KEY ("follower_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_follows_history has no constraint fk_user_follows_history_followed_uuid:
    DELETE FROM "public"."phoenix_kit_user_follows_history" WHERE "followed_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_follows_history"."followed_uuid");
    ALTER TABLE "public"."phoenix_kit_user_follows_history" ADD CONSTRAINT "fk_user_follows_history_followed_uuid" FOREIGN KEY ("followed_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_connections has no constraint fk_user_connections_requester_uuid:
    DELETE FROM "public"."phoenix_kit_user_connections" WHERE "requester_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_connections"."requester_uuid");
    ALTER TABLE "public"."phoenix_kit_user_connections" ADD CONSTRAINT "fk_user_connections_requester_uuid" FOREIGN KEY ("requester_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_connections has no constraint fk_user_connections_recipient_uuid:
    DELETE FROM "public"."phoenix_kit_user_connections" WHERE "recipient_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_connections"."recipient_uuid");
    ALTER TABLE "public"."phoenix_kit_user_connections" ADD CONSTRAINT "fk_user_connections_recipient_uuid" FOREIGN KEY ("recipient_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_connections_history has no constraint fk_user_connections_history_user_a_uuid:
    DELETE FROM "public"."phoenix_kit_user_connections_history" WHERE "user_a_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_connections_history"."user_a_uuid");
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD CONSTRAINT "fk_user_connections_history_user_a_uuid" FOREIGN KEY ("user_a_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_connections_history has no constraint fk_user_connections_history_user_b_uuid:
    DELETE FROM "public"."phoenix_kit_user_connections_history" WHERE "user_b_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_connections_history"."user_b_uuid");
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD CONSTRAINT "fk_user_connections_history_user_b_uuid" FOREIGN KEY ("user_b_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_user_connections_history has no constraint fk_user_connections_history_actor_uuid:
    DELETE FROM "public"."phoenix_kit_user_connections_history" WHERE "actor_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_connections_history"."actor_uuid");
    ALTER TABLE "public"."phoenix_kit_user_connections_history" ADD CONSTRAINT "fk_user_connections_history_actor_uuid" FOREIGN KEY ("actor_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_files has no constraint fk_files_user_uuid:
    DELETE FROM "public"."phoenix_kit_files" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_files"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_files" ADD CONSTRAINT "fk_files_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_comments has no constraint fk_comments_user_uuid:
    UPDATE "public"."phoenix_kit_comments" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments" ADD CONSTRAINT "fk_comments_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_comments_likes has no constraint fk_comments_likes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comments_likes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments_likes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments_likes" ADD CONSTRAINT "fk_comments_likes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_comments_dislikes has no constraint fk_comments_dislikes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comments_dislikes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments_dislikes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments_dislikes" ADD CONSTRAINT "fk_comments_dislikes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_billing_profiles has no constraint fk_billing_profiles_user_uuid:
    UPDATE "public"."phoenix_kit_billing_profiles" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_billing_profiles"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD CONSTRAINT "fk_billing_profiles_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_orders has no constraint fk_orders_user_uuid:
    UPDATE "public"."phoenix_kit_orders" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_orders"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "fk_orders_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_invoices has no constraint fk_invoices_user_uuid
ALTER TABLE "public"."phoenix_kit_invoices" ADD CONSTRAINT "fk_invoices_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE RESTRICT;
-- if phoenix_kit_transactions has no constraint fk_transactions_user_uuid
ALTER TABLE "public"."phoenix_kit_transactions" ADD CONSTRAINT "fk_transactions_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE RESTRICT;
-- if phoenix_kit_ai_requests has no constraint fk_ai_requests_user_uuid:
    UPDATE "public"."phoenix_kit_ai_requests" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_ai_requests"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "fk_ai_requests_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_carts has no constraint fk_shop_carts_user_uuid:
    UPDATE "public"."phoenix_kit_shop_carts" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_carts"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_carts" ADD CONSTRAINT "fk_shop_carts_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_products has no constraint fk_shop_products_created_by_uuid:
    UPDATE "public"."phoenix_kit_shop_products" SET "created_by_uuid" = NULL WHERE "created_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_products"."created_by_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD CONSTRAINT "fk_shop_products_created_by_uuid" FOREIGN KEY ("created_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_import_logs has no constraint fk_shop_import_logs_user_uuid:
    UPDATE "public"."phoenix_kit_shop_import_logs" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_import_logs"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD CONSTRAINT "fk_shop_import_logs_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_connections has no constraint fk_sync_connections_approved_by_uuid:
    UPDATE "public"."phoenix_kit_sync_connections" SET "approved_by_uuid" = NULL WHERE "approved_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_connections"."approved_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_connections" ADD CONSTRAINT "fk_sync_connections_approved_by_uuid" FOREIGN KEY ("approved_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_connections has no constraint fk_sync_connections_suspended_by_uuid:
    UPDATE "public"."phoenix_kit_sync_connections" SET "suspended_by_uuid" = NULL WHERE "suspended_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_connections"."suspended_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_connections" ADD CONSTRAINT "fk_sync_connections_suspended_by_uuid" FOREIGN KEY ("suspended_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_connections has no constraint fk_sync_connections_revoked_by_uuid:
    UPDATE "public"."phoenix_kit_sync_connections" SET "revoked_by_uuid" = NULL WHERE "revoked_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_connections"."revoked_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_connections" ADD CONSTRAINT "fk_sync_connections_revoked_by_uuid" FOREIGN KEY ("revoked_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_connections has no constraint fk_sync_connections_created_by_uuid:
    UPDATE "public"."phoenix_kit_sync_connections" SET "created_by_uuid" = NULL WHERE "created_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_connections"."created_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_connections" ADD CONSTRAINT "fk_sync_connections_created_by_uuid" FOREIGN KEY ("created_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_transfers has no constraint fk_sync_transfers_approved_by_uuid:
    UPDATE "public"."phoenix_kit_sync_transfers" SET "approved_by_uuid" = NULL WHERE "approved_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_transfers"."approved_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD CONSTRAINT "fk_sync_transfers_approved_by_uuid" FOREIGN KEY ("approved_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_transfers has no constraint fk_sync_transfers_denied_by_uuid:
    UPDATE "public"."phoenix_kit_sync_transfers" SET "denied_by_uuid" = NULL WHERE "denied_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_transfers"."denied_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD CONSTRAINT "fk_sync_transfers_denied_by_uuid" FOREIGN KEY ("denied_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_transfers has no constraint fk_sync_transfers_initiated_by_uuid:
    UPDATE "public"."phoenix_kit_sync_transfers" SET "initiated_by_uuid" = NULL WHERE "initiated_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_transfers"."initiated_by_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD CONSTRAINT "fk_sync_transfers_initiated_by_uuid" FOREIGN KEY ("initiated_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_role_permissions has no constraint fk_role_permissions_granted_by_uuid:
    UPDATE "public"."phoenix_kit_role_permissions" SET "granted_by_uuid" = NULL WHERE "granted_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_role_permissions"."granted_by_uuid");
    ALTER TABLE "public"."phoenix_kit_role_permissions" ADD CONSTRAINT "fk_role_permissions_granted_by_uuid" FOREIGN KEY ("granted_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_user_role_assignments has no constraint fk_user_role_assignments_role_uuid:
    DELETE FROM "public"."phoenix_kit_user_role_assignments" WHERE "role_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_user_roles" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_user_role_assignments"."role_uuid");
    ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD CONSTRAINT "fk_user_role_assignments_role_uuid" FOREIGN KEY ("role_uuid") REFERENCES "public"."phoenix_kit_user_roles"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_role_permissions has no constraint fk_role_permissions_role_uuid:
    DELETE FROM "public"."phoenix_kit_role_permissions" WHERE "role_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_user_roles" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_role_permissions"."role_uuid");
    ALTER TABLE "public"."phoenix_kit_role_permissions" ADD CONSTRAINT "fk_role_permissions_role_uuid" FOREIGN KEY ("role_uuid") REFERENCES "public"."phoenix_kit_user_roles"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_entity_data has no constraint fk_entity_data_entity_uuid:
    DELETE FROM "public"."phoenix_kit_entity_data" WHERE "entity_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_entities" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_entity_data"."entity_uuid");
    ALTER TABLE "public"."phoenix_kit_entity_data" ADD CONSTRAINT "fk_entity_data_entity_uuid" FOREIGN KEY ("entity_uuid") REFERENCES "public"."phoenix_kit_entities"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_shop_cart_items has no constraint fk_shop_cart_items_cart_uuid:
    DELETE FROM "public"."phoenix_kit_shop_cart_items" WHERE "cart_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_carts" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_cart_items"."cart_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD CONSTRAINT "fk_shop_cart_items_cart_uuid" FOREIGN KEY ("cart_uuid") REFERENCES "public"."phoenix_kit_shop_carts"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_shop_cart_items has no constraint fk_shop_cart_items_product_uuid:
    UPDATE "public"."phoenix_kit_shop_cart_items" SET "product_uuid" = NULL WHERE "product_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_products" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_cart_items"."product_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD CONSTRAINT "fk_shop_cart_items_product_uuid" FOREIGN KEY ("product_uuid") REFERENCES "public"."phoenix_kit_shop_products"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_carts has no constraint fk_shop_carts_shipping_method_uuid:
    UPDATE "public"."phoenix_kit_shop_carts" SET "shipping_method_uuid" = NULL WHERE "shipping_method_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_shipping_methods" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_carts"."shipping_method_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_carts" ADD CONSTRAINT "fk_shop_carts_shipping_method_uuid" FOREIGN KEY ("shipping_method_uuid") REFERENCES "public"."phoenix_kit_shop_shipping_methods"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_carts has no constraint fk_shop_carts_payment_option_uuid:
    UPDATE "public"."phoenix_kit_shop_carts" SET "payment_option_uuid" = NULL WHERE "payment_option_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_payment_options" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_carts"."payment_option_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_carts" ADD CONSTRAINT "fk_shop_carts_payment_option_uuid" FOREIGN KEY ("payment_option_uuid") REFERENCES "public"."phoenix_kit_payment_options"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_products has no constraint fk_shop_products_category_uuid:
    UPDATE "public"."phoenix_kit_shop_products" SET "category_uuid" = NULL WHERE "category_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_categories" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_products"."category_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_products" ADD CONSTRAINT "fk_shop_products_category_uuid" FOREIGN KEY ("category_uuid") REFERENCES "public"."phoenix_kit_shop_categories"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_categories has no constraint fk_shop_categories_parent_uuid:
    UPDATE "public"."phoenix_kit_shop_categories" SET "parent_uuid" = NULL WHERE "parent_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_categories" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_categories"."parent_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD CONSTRAINT "fk_shop_categories_parent_uuid" FOREIGN KEY ("parent_uuid") REFERENCES "public"."phoenix_kit_shop_categories"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_shop_categories has no constraint fk_shop_categories_featured_product_uuid:
    UPDATE "public"."phoenix_kit_shop_categories" SET "featured_product_uuid" = NULL WHERE "featured_product_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_shop_products" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_shop_categories"."featured_product_uuid");
    ALTER TABLE "public"."phoenix_kit_shop_categories" ADD CONSTRAINT "fk_shop_categories_featured_product_uuid" FOREIGN KEY ("featured_product_uuid") REFERENCES "public"."phoenix_kit_shop_products"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_orders has no constraint fk_orders_billing_profile_uuid:
    UPDATE "public"."phoenix_kit_orders" SET "billing_profile_uuid" = NULL WHERE "billing_profile_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_billing_profiles" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_orders"."billing_profile_uuid");
    ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "fk_orders_billing_profile_uuid" FOREIGN KEY ("billing_profile_uuid") REFERENCES "public"."phoenix_kit_billing_profiles"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_invoices has no constraint fk_invoices_order_uuid:
    UPDATE "public"."phoenix_kit_invoices" SET "order_uuid" = NULL WHERE "order_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_orders" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_invoices"."order_uuid");
    ALTER TABLE "public"."phoenix_kit_invoices" ADD CONSTRAINT "fk_invoices_order_uuid" FOREIGN KEY ("order_uuid") REFERENCES "public"."phoenix_kit_orders"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_transactions has no constraint fk_transactions_invoice_uuid:
    UPDATE "public"."phoenix_kit_transactions" SET "invoice_uuid" = NULL WHERE "invoice_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_invoices" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_transactions"."invoice_uuid");
    ALTER TABLE "public"."phoenix_kit_transactions" ADD CONSTRAINT "fk_transactions_invoice_uuid" FOREIGN KEY ("invoice_uuid") REFERENCES "public"."phoenix_kit_invoices"("uuid") ON DELETE RESTRICT;
-- if phoenix_kit_email_events has no constraint fk_email_events_email_log_uuid:
    DELETE FROM "public"."phoenix_kit_email_events" WHERE "email_log_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_email_logs" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_email_events"."email_log_uuid");
    ALTER TABLE "public"."phoenix_kit_email_events" ADD CONSTRAINT "fk_email_events_email_log_uuid" FOREIGN KEY ("email_log_uuid") REFERENCES "public"."phoenix_kit_email_logs"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_ai_requests has no constraint fk_ai_requests_endpoint_uuid:
    UPDATE "public"."phoenix_kit_ai_requests" SET "endpoint_uuid" = NULL WHERE "endpoint_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_ai_endpoints" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_ai_requests"."endpoint_uuid");
    ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "fk_ai_requests_endpoint_uuid" FOREIGN KEY ("endpoint_uuid") REFERENCES "public"."phoenix_kit_ai_endpoints"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_ai_requests has no constraint fk_ai_requests_prompt_uuid:
    UPDATE "public"."phoenix_kit_ai_requests" SET "prompt_uuid" = NULL WHERE "prompt_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_ai_prompts" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_ai_requests"."prompt_uuid");
    ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "fk_ai_requests_prompt_uuid" FOREIGN KEY ("prompt_uuid") REFERENCES "public"."phoenix_kit_ai_prompts"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_sync_transfers has no constraint fk_sync_transfers_connection_uuid:
    UPDATE "public"."phoenix_kit_sync_transfers" SET "connection_uuid" = NULL WHERE "connection_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_sync_connections" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_sync_transfers"."connection_uuid");
    ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD CONSTRAINT "fk_sync_transfers_connection_uuid" FOREIGN KEY ("connection_uuid") REFERENCES "public"."phoenix_kit_sync_connections"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_referral_code_usage has no constraint fk_referral_code_usage_code_uuid:
    DELETE FROM "public"."phoenix_kit_referral_code_usage" WHERE "code_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_referral_codes" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_referral_code_usage"."code_uuid");
    ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD CONSTRAINT "fk_referral_code_usage_code_uuid" FOREIGN KEY ("code_uuid") REFERENCES "public"."phoenix_kit_referral_codes"("uuid") ON DELETE CASCADE;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "assigned_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_id" DROP NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_role_assignments_user_uuid_role_uuid_idx" ON "public"."phoenix_kit_user_role_assignments" ("user_uuid", "role_uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_role_permissions_role_uuid_module_key_idx" ON "public"."phoenix_kit_role_permissions" ("role_uuid", "module_key");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_oauth_providers_user_uuid_provider_idx" ON "public"."phoenix_kit_user_oauth_providers" ("user_uuid", "provider");
COMMENT ON TABLE "public"."phoenix_kit" IS '57';
COMMIT;

-- V58 Timestamps to timestamptz
BEGIN;
-- if phoenix_kit.migrated_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit" ALTER COLUMN "migrated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_users"
    -- if phoenix_kit_users.confirmed_at is not of type timestamp with time zone
    ALTER COLUMN "confirmed_at" TYPE timestamptz,
    -- if phoenix_kit_users.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_users.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- if phoenix_kit_users_tokens.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_roles"
    -- if phoenix_kit_user_roles.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_user_roles.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_role_assignments"
    -- if phoenix_kit_user_role_assignments.assigned_at is not of type timestamp with time zone
    ALTER COLUMN "assigned_at" TYPE timestamptz,
    -- if phoenix_kit_user_role_assignments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_settings"
    -- if phoenix_kit_settings.date_added is not of type timestamp with time zone
    ALTER COLUMN "date_added" TYPE timestamptz,
    -- if phoenix_kit_settings.date_updated is not of type timestamp with time zone
    ALTER COLUMN "date_updated" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_referral_codes"
    -- if phoenix_kit_referral_codes.date_created is not of type timestamp with time zone
    ALTER COLUMN "date_created" TYPE timestamptz,
    -- if phoenix_kit_referral_codes.expiration_date is not of type timestamp with time zone
    ALTER COLUMN "expiration_date" TYPE timestamptz;
-- if phoenix_kit_referral_code_usage.date_used is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "date_used" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_logs"
    -- if phoenix_kit_email_logs.sent_at is not of type timestamp with time zone
    ALTER COLUMN "sent_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.delivered_at is not of type timestamp with time zone
    ALTER COLUMN "delivered_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.bounced_at is not of type timestamp with time zone
    ALTER COLUMN "bounced_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.complained_at is not of type timestamp with time zone
    ALTER COLUMN "complained_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.opened_at is not of type timestamp with time zone
    ALTER COLUMN "opened_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.clicked_at is not of type timestamp with time zone
    ALTER COLUMN "clicked_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.queued_at is not of type timestamp with time zone
    ALTER COLUMN "queued_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.rejected_at is not of type timestamp with time zone
    ALTER COLUMN "rejected_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.failed_at is not of type timestamp with time zone
    ALTER COLUMN "failed_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.delayed_at is not of type timestamp with time zone
    ALTER COLUMN "delayed_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_logs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_events"
    -- if phoenix_kit_email_events.occurred_at is not of type timestamp with time zone
    ALTER COLUMN "occurred_at" TYPE timestamptz,
    -- if phoenix_kit_email_events.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_events.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_blocklist"
    -- if phoenix_kit_email_blocklist.expires_at is not of type timestamp with time zone
    ALTER COLUMN "expires_at" TYPE timestamptz,
    -- if phoenix_kit_email_blocklist.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_blocklist.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_templates"
    -- if phoenix_kit_email_templates.last_used_at is not of type timestamp with time zone
    ALTER COLUMN "last_used_at" TYPE timestamptz,
    -- if phoenix_kit_email_templates.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_templates.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_oauth_providers"
    -- if phoenix_kit_user_oauth_providers.token_expires_at is not of type timestamp with time zone
    ALTER COLUMN "token_expires_at" TYPE timestamptz,
    -- if phoenix_kit_user_oauth_providers.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_user_oauth_providers.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_entities"
    -- if phoenix_kit_entities.date_created is not of type timestamp with time zone
    ALTER COLUMN "date_created" TYPE timestamptz,
    -- if phoenix_kit_entities.date_updated is not of type timestamp with time zone
    ALTER COLUMN "date_updated" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_entity_data"
    -- if phoenix_kit_entity_data.date_created is not of type timestamp with time zone
    ALTER COLUMN "date_created" TYPE timestamptz,
    -- if phoenix_kit_entity_data.date_updated is not of type timestamp with time zone
    ALTER COLUMN "date_updated" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_buckets"
    -- if phoenix_kit_buckets.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_buckets.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_files"
    -- if phoenix_kit_files.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_files.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_file_instances"
    -- if phoenix_kit_file_instances.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_file_instances.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_file_locations"
    -- if phoenix_kit_file_locations.last_verified_at is not of type timestamp with time zone
    ALTER COLUMN "last_verified_at" TYPE timestamptz,
    -- if phoenix_kit_file_locations.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_file_locations.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_storage_dimensions"
    -- if phoenix_kit_storage_dimensions.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_storage_dimensions.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_orphaned_events"
    -- if phoenix_kit_email_orphaned_events.received_at is not of type timestamp with time zone
    ALTER COLUMN "received_at" TYPE timestamptz,
    -- if phoenix_kit_email_orphaned_events.matched_at is not of type timestamp with time zone
    ALTER COLUMN "matched_at" TYPE timestamptz,
    -- if phoenix_kit_email_orphaned_events.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_orphaned_events.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_metrics"
    -- if phoenix_kit_email_metrics.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_email_metrics.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- if phoenix_kit_audit_logs.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_posts"
    -- if phoenix_kit_posts.scheduled_at is not of type timestamp with time zone
    ALTER COLUMN "scheduled_at" TYPE timestamptz,
    -- if phoenix_kit_posts.published_at is not of type timestamp with time zone
    ALTER COLUMN "published_at" TYPE timestamptz,
    -- if phoenix_kit_posts.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_posts.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_media"
    -- if phoenix_kit_post_media.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_media.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_likes"
    -- if phoenix_kit_post_likes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_likes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_comments"
    -- if phoenix_kit_post_comments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_comments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_mentions"
    -- if phoenix_kit_post_mentions.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_mentions.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_tags"
    -- if phoenix_kit_post_tags.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_tags.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_tag_assignments"
    -- if phoenix_kit_post_tag_assignments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_tag_assignments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_groups"
    -- if phoenix_kit_post_groups.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_groups.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_group_assignments"
    -- if phoenix_kit_post_group_assignments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_group_assignments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_views"
    -- if phoenix_kit_post_views.viewed_at is not of type timestamp with time zone
    ALTER COLUMN "viewed_at" TYPE timestamptz,
    -- if phoenix_kit_post_views.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_views.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_currencies"
    -- if phoenix_kit_currencies.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_currencies.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_billing_profiles"
    -- if phoenix_kit_billing_profiles.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_billing_profiles.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_orders"
    -- if phoenix_kit_orders.confirmed_at is not of type timestamp with time zone
    ALTER COLUMN "confirmed_at" TYPE timestamptz,
    -- if phoenix_kit_orders.paid_at is not of type timestamp with time zone
    ALTER COLUMN "paid_at" TYPE timestamptz,
    -- if phoenix_kit_orders.cancelled_at is not of type timestamp with time zone
    ALTER COLUMN "cancelled_at" TYPE timestamptz,
    -- if phoenix_kit_orders.checkout_expires_at is not of type timestamp with time zone
    ALTER COLUMN "checkout_expires_at" TYPE timestamptz,
    -- if phoenix_kit_orders.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_orders.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_invoices"
    -- if phoenix_kit_invoices.receipt_generated_at is not of type timestamp with time zone
    ALTER COLUMN "receipt_generated_at" TYPE timestamptz,
    -- if phoenix_kit_invoices.sent_at is not of type timestamp with time zone
    ALTER COLUMN "sent_at" TYPE timestamptz,
    -- if phoenix_kit_invoices.paid_at is not of type timestamp with time zone
    ALTER COLUMN "paid_at" TYPE timestamptz,
    -- if phoenix_kit_invoices.voided_at is not of type timestamp with time zone
    ALTER COLUMN "voided_at" TYPE timestamptz,
    -- if phoenix_kit_invoices.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_invoices.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_transactions"
    -- if phoenix_kit_transactions.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_transactions.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_accounts"
    -- if phoenix_kit_ai_accounts.last_validated_at is not of type timestamp with time zone
    ALTER COLUMN "last_validated_at" TYPE timestamptz,
    -- if phoenix_kit_ai_accounts.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ai_accounts.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_requests"
    -- if phoenix_kit_ai_requests.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ai_requests.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_methods"
    -- if phoenix_kit_payment_methods.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_payment_methods.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_subscription_plans"
    -- if phoenix_kit_subscription_plans.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_subscription_plans.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_subscriptions"
    -- if phoenix_kit_subscriptions.current_period_start is not of type timestamp with time zone
    ALTER COLUMN "current_period_start" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.current_period_end is not of type timestamp with time zone
    ALTER COLUMN "current_period_end" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.cancelled_at is not of type timestamp with time zone
    ALTER COLUMN "cancelled_at" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.trial_start is not of type timestamp with time zone
    ALTER COLUMN "trial_start" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.trial_end is not of type timestamp with time zone
    ALTER COLUMN "trial_end" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.grace_period_end is not of type timestamp with time zone
    ALTER COLUMN "grace_period_end" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.last_renewal_attempt_at is not of type timestamp with time zone
    ALTER COLUMN "last_renewal_attempt_at" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_subscriptions.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_provider_configs"
    -- if phoenix_kit_payment_provider_configs.last_verified_at is not of type timestamp with time zone
    ALTER COLUMN "last_verified_at" TYPE timestamptz,
    -- if phoenix_kit_payment_provider_configs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_payment_provider_configs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_webhook_events"
    -- if phoenix_kit_webhook_events.processed_at is not of type timestamp with time zone
    ALTER COLUMN "processed_at" TYPE timestamptz,
    -- if phoenix_kit_webhook_events.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_webhook_events.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_endpoints"
    -- if phoenix_kit_ai_endpoints.last_validated_at is not of type timestamp with time zone
    ALTER COLUMN "last_validated_at" TYPE timestamptz,
    -- if phoenix_kit_ai_endpoints.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ai_endpoints.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_tickets"
    -- if phoenix_kit_tickets.resolved_at is not of type timestamp with time zone
    ALTER COLUMN "resolved_at" TYPE timestamptz,
    -- if phoenix_kit_tickets.closed_at is not of type timestamp with time zone
    ALTER COLUMN "closed_at" TYPE timestamptz,
    -- if phoenix_kit_tickets.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_tickets.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ticket_comments"
    -- if phoenix_kit_ticket_comments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ticket_comments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ticket_attachments"
    -- if phoenix_kit_ticket_attachments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ticket_attachments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- if phoenix_kit_ticket_status_history.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- if phoenix_kit_user_follows.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_connections"
    -- if phoenix_kit_user_connections.requested_at is not of type timestamp with time zone
    ALTER COLUMN "requested_at" TYPE timestamptz,
    -- if phoenix_kit_user_connections.responded_at is not of type timestamp with time zone
    ALTER COLUMN "responded_at" TYPE timestamptz,
    -- if phoenix_kit_user_connections.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_user_connections.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- if phoenix_kit_user_blocks.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- if phoenix_kit_user_follows_history.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- if phoenix_kit_user_connections_history.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- if phoenix_kit_user_blocks_history.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_sync_connections"
    -- if phoenix_kit_sync_connections.expires_at is not of type timestamp with time zone
    ALTER COLUMN "expires_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.approved_at is not of type timestamp with time zone
    ALTER COLUMN "approved_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.suspended_at is not of type timestamp with time zone
    ALTER COLUMN "suspended_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.revoked_at is not of type timestamp with time zone
    ALTER COLUMN "revoked_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.last_connected_at is not of type timestamp with time zone
    ALTER COLUMN "last_connected_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.last_transfer_at is not of type timestamp with time zone
    ALTER COLUMN "last_transfer_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_sync_connections.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_sync_transfers"
    -- if phoenix_kit_sync_transfers.approved_at is not of type timestamp with time zone
    ALTER COLUMN "approved_at" TYPE timestamptz,
    -- if phoenix_kit_sync_transfers.denied_at is not of type timestamp with time zone
    ALTER COLUMN "denied_at" TYPE timestamptz,
    -- if phoenix_kit_sync_transfers.approval_expires_at is not of type timestamp with time zone
    ALTER COLUMN "approval_expires_at" TYPE timestamptz,
    -- if phoenix_kit_sync_transfers.started_at is not of type timestamp with time zone
    ALTER COLUMN "started_at" TYPE timestamptz,
    -- if phoenix_kit_sync_transfers.completed_at is not of type timestamp with time zone
    ALTER COLUMN "completed_at" TYPE timestamptz,
    -- if phoenix_kit_sync_transfers.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_prompts"
    -- if phoenix_kit_ai_prompts.last_used_at is not of type timestamp with time zone
    ALTER COLUMN "last_used_at" TYPE timestamptz,
    -- if phoenix_kit_ai_prompts.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_ai_prompts.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_admin_notes"
    -- if phoenix_kit_admin_notes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_admin_notes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_scheduled_jobs"
    -- if phoenix_kit_scheduled_jobs.scheduled_at is not of type timestamp with time zone
    ALTER COLUMN "scheduled_at" TYPE timestamptz,
    -- if phoenix_kit_scheduled_jobs.executed_at is not of type timestamp with time zone
    ALTER COLUMN "executed_at" TYPE timestamptz,
    -- if phoenix_kit_scheduled_jobs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_scheduled_jobs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_consent_logs"
    -- if phoenix_kit_consent_logs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_consent_logs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_categories"
    -- if phoenix_kit_shop_categories.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_categories.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_products"
    -- if phoenix_kit_shop_products.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_products.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods"
    -- if phoenix_kit_shop_shipping_methods.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_shipping_methods.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_carts"
    -- if phoenix_kit_shop_carts.expires_at is not of type timestamp with time zone
    ALTER COLUMN "expires_at" TYPE timestamptz,
    -- if phoenix_kit_shop_carts.converted_at is not of type timestamp with time zone
    ALTER COLUMN "converted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_carts.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_carts.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_cart_items"
    -- if phoenix_kit_shop_cart_items.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_cart_items.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_options"
    -- if phoenix_kit_payment_options.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_payment_options.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_config"
    -- if phoenix_kit_shop_config.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_config.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_import_logs"
    -- if phoenix_kit_shop_import_logs.started_at is not of type timestamp with time zone
    ALTER COLUMN "started_at" TYPE timestamptz,
    -- if phoenix_kit_shop_import_logs.completed_at is not of type timestamp with time zone
    ALTER COLUMN "completed_at" TYPE timestamptz,
    -- if phoenix_kit_shop_import_logs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_import_logs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_import_configs"
    -- if phoenix_kit_shop_import_configs.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_shop_import_configs.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_dislikes"
    -- if phoenix_kit_post_dislikes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_post_dislikes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comment_likes"
    -- if phoenix_kit_comment_likes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_comment_likes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comment_dislikes"
    -- if phoenix_kit_comment_dislikes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_comment_dislikes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- if phoenix_kit_role_permissions.inserted_at is not of type timestamp with time zone
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "inserted_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments"
    -- if phoenix_kit_comments.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_comments.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments_likes"
    -- if phoenix_kit_comments_likes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_comments_likes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments_dislikes"
    -- if phoenix_kit_comments_dislikes.inserted_at is not of type timestamp with time zone
    ALTER COLUMN "inserted_at" TYPE timestamptz,
    -- if phoenix_kit_comments_dislikes.updated_at is not of type timestamp with time zone
    ALTER COLUMN "updated_at" TYPE timestamptz;
COMMENT ON TABLE "public"."phoenix_kit" IS '58';
COMMIT;

-- V59 Publishing module tables
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_publishing_groups" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "mode" varchar(20) DEFAULT 'timestamp' NOT NULL, "position" integer DEFAULT 0 NOT NULL, "data" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_groups_slug" ON "public"."phoenix_kit_publishing_groups" ("slug");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_publishing_posts" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "group_id" uuid NOT NULL, "slug" varchar(500) NOT NULL, "status" varchar(20) DEFAULT 'draft' NOT NULL, "mode" varchar(20) DEFAULT 'timestamp' NOT NULL, "primary_language" varchar(10) DEFAULT 'en' NOT NULL, "published_at" timestamptz, "scheduled_at" timestamptz, "post_date" date, "post_time" time, "created_by_uuid" uuid, "created_by_id" bigint, "updated_by_uuid" uuid, "updated_by_id" bigint, "data" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, CONSTRAINT "fk_publishing_posts_group" FOREIGN KEY ("group_id") REFERENCES "public"."phoenix_kit_publishing_groups"("uuid") ON DELETE CASCADE, CONSTRAINT "fk_publishing_posts_created_by" FOREIGN KEY ("created_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL, CONSTRAINT "fk_publishing_posts_updated_by" FOREIGN KEY ("updated_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_posts_group_slug" ON "public"."phoenix_kit_publishing_posts" ("group_id", "slug");
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_group_id" ON "public"."phoenix_kit_publishing_posts" ("group_id");
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_group_status" ON "public"."phoenix_kit_publishing_posts" ("group_id", "status");
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_group_published_at" ON "public"."phoenix_kit_publishing_posts" ("group_id", "published_at" DESC);
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_group_date_time" ON "public"."phoenix_kit_publishing_posts" ("group_id", "post_date" DESC, "post_time" DESC) WHERE post_date IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_scheduled" ON "public"."phoenix_kit_publishing_posts" ("scheduled_at") WHERE status = 'scheduled';
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_created_by" ON "public"."phoenix_kit_publishing_posts" ("created_by_uuid");
CREATE INDEX IF NOT EXISTS "idx_publishing_posts_updated_by" ON "public"."phoenix_kit_publishing_posts" ("updated_by_uuid");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_publishing_versions" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "post_id" uuid NOT NULL, "version_number" integer NOT NULL, "status" varchar(20) DEFAULT 'draft' NOT NULL, "created_by_uuid" uuid, "created_by_id" bigint, "data" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, CONSTRAINT "fk_publishing_versions_post" FOREIGN KEY ("post_id") REFERENCES "public"."phoenix_kit_publishing_posts"("uuid") ON DELETE CASCADE, CONSTRAINT "fk_publishing_versions_created_by" FOREIGN KEY ("created_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_versions_post_number" ON "public"."phoenix_kit_publishing_versions" ("post_id", "version_number");
CREATE INDEX IF NOT EXISTS "idx_publishing_versions_post_id" ON "public"."phoenix_kit_publishing_versions" ("post_id");
CREATE INDEX IF NOT EXISTS "idx_publishing_versions_post_status" ON "public"."phoenix_kit_publishing_versions" ("post_id", "status");
CREATE INDEX IF NOT EXISTS "idx_publishing_versions_created_by" ON "public"."phoenix_kit_publishing_versions" ("created_by_uuid");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_publishing_contents" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "version_id" uuid NOT NULL, "language" varchar(10) NOT NULL, "title" varchar(500) NOT NULL, "content" text, "status" varchar(20) DEFAULT 'draft' NOT NULL, "url_slug" varchar(500), "data" jsonb DEFAULT '{}' NOT NULL, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, CONSTRAINT "fk_publishing_contents_version" FOREIGN KEY ("version_id") REFERENCES "public"."phoenix_kit_publishing_versions"("uuid") ON DELETE CASCADE, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_contents_version_language" ON "public"."phoenix_kit_publishing_contents" ("version_id", "language");
CREATE INDEX IF NOT EXISTS "idx_publishing_contents_version_id" ON "public"."phoenix_kit_publishing_contents" ("version_id");
CREATE INDEX IF NOT EXISTS "idx_publishing_contents_url_slug" ON "public"."phoenix_kit_publishing_contents" ("url_slug") WHERE url_slug IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_publishing_contents_data_gin" ON "public"."phoenix_kit_publishing_contents" USING gin ("data");
INSERT INTO "public"."phoenix_kit_settings" ("key", "value", "date_added", "date_updated") VALUES ('publishing_storage', 'filesystem', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON TABLE "public"."phoenix_kit" IS '59';
COMMIT;

-- V60 Email templates UUID FK columns
BEGIN;
COMMENT ON TABLE "public"."phoenix_kit" IS '60';
COMMIT;

-- V61 UUID safety net for tables missed by V40; scheduled_jobs.created_by_uuid
BEGIN;
CREATE OR REPLACE FUNCTION "public"."uuid_generate_v7"() RETURNS uuid AS $pk$
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);
  RETURN encode(uuid_bytes, 'hex')::uuid;
END
$pk$ LANGUAGE plpgsql;
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_admin_notes" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_admin_notes_uuid_idx" ON "public"."phoenix_kit_admin_notes" ("uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_ai_requests" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_subscriptions" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscriptions_uuid_idx" ON "public"."phoenix_kit_subscriptions" ("uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_payment_provider_configs" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_provider_configs_uuid_idx" ON "public"."phoenix_kit_payment_provider_configs" ("uuid");
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_webhook_events" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_webhook_events" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_webhook_events_uuid_idx" ON "public"."phoenix_kit_webhook_events" ("uuid");
ALTER TABLE "public"."phoenix_kit_webhook_events" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
UPDATE "public"."phoenix_kit_sync_transfers" SET uuid = "public".uuid_generate_v7() WHERE uuid IS NULL;
ALTER TABLE "public"."phoenix_kit_sync_transfers" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" ADD COLUMN IF NOT EXISTS "created_by_uuid" uuid;
UPDATE "public"."phoenix_kit_scheduled_jobs" AS pk_t SET "created_by_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_users" AS pk_p WHERE pk_p."id" = pk_t."created_by_id" AND pk_t."created_by_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_scheduled_jobs_created_by_uuid_idx" ON "public"."phoenix_kit_scheduled_jobs" ("created_by_uuid");
COMMENT ON TABLE "public"."phoenix_kit" IS '61';
COMMIT;

-- V62 Rename UUID-typed `_id` columns to `_uuid`
BEGIN;
-- if phoenix_kit_post_comments.post_id exists and phoenix_kit_post_comments.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_comments.parent_id exists and phoenix_kit_post_comments.parent_uuid does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "parent_id" TO "parent_uuid";
-- if phoenix_kit_post_likes.post_id exists and phoenix_kit_post_likes.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_likes" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_dislikes.post_id exists and phoenix_kit_post_dislikes.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_dislikes" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_mentions.post_id exists and phoenix_kit_post_mentions.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_mentions" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_media.post_id exists and phoenix_kit_post_media.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_media.file_id exists and phoenix_kit_post_media.file_uuid does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "file_id" TO "file_uuid";
-- if phoenix_kit_post_views.post_id exists and phoenix_kit_post_views.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_views" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_tag_assignments.post_id exists and phoenix_kit_post_tag_assignments.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_tag_assignments" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_tag_assignments.tag_id exists and phoenix_kit_post_tag_assignments.tag_uuid does not
ALTER TABLE "public"."phoenix_kit_post_tag_assignments" RENAME COLUMN "tag_id" TO "tag_uuid";
-- if phoenix_kit_post_group_assignments.post_id exists and phoenix_kit_post_group_assignments.post_uuid does not
ALTER TABLE "public"."phoenix_kit_post_group_assignments" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_post_group_assignments.group_id exists and phoenix_kit_post_group_assignments.group_uuid does not
ALTER TABLE "public"."phoenix_kit_post_group_assignments" RENAME COLUMN "group_id" TO "group_uuid";
-- if phoenix_kit_post_groups.cover_image_id exists and phoenix_kit_post_groups.cover_image_uuid does not
ALTER TABLE "public"."phoenix_kit_post_groups" RENAME COLUMN "cover_image_id" TO "cover_image_uuid";
-- if phoenix_kit_comment_likes.comment_id exists and phoenix_kit_comment_likes.comment_uuid does not
ALTER TABLE "public"."phoenix_kit_comment_likes" RENAME COLUMN "comment_id" TO "comment_uuid";
-- if phoenix_kit_comment_dislikes.comment_id exists and phoenix_kit_comment_dislikes.comment_uuid does not
ALTER TABLE "public"."phoenix_kit_comment_dislikes" RENAME COLUMN "comment_id" TO "comment_uuid";
-- if phoenix_kit_comments.resource_id exists and phoenix_kit_comments.resource_uuid does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "resource_id" TO "resource_uuid";
-- if phoenix_kit_comments.parent_id exists and phoenix_kit_comments.parent_uuid does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "parent_id" TO "parent_uuid";
-- if phoenix_kit_comments_likes.comment_id exists and phoenix_kit_comments_likes.comment_uuid does not
ALTER TABLE "public"."phoenix_kit_comments_likes" RENAME COLUMN "comment_id" TO "comment_uuid";
-- if phoenix_kit_comments_dislikes.comment_id exists and phoenix_kit_comments_dislikes.comment_uuid does not
ALTER TABLE "public"."phoenix_kit_comments_dislikes" RENAME COLUMN "comment_id" TO "comment_uuid";
-- if phoenix_kit_ticket_comments.ticket_id exists and phoenix_kit_ticket_comments.ticket_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "ticket_id" TO "ticket_uuid";
-- if phoenix_kit_ticket_comments.parent_id exists and phoenix_kit_ticket_comments.parent_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "parent_id" TO "parent_uuid";
-- if phoenix_kit_ticket_attachments.ticket_id exists and phoenix_kit_ticket_attachments.ticket_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "ticket_id" TO "ticket_uuid";
-- if phoenix_kit_ticket_attachments.comment_id exists and phoenix_kit_ticket_attachments.comment_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "comment_id" TO "comment_uuid";
-- if phoenix_kit_ticket_attachments.file_id exists and phoenix_kit_ticket_attachments.file_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "file_id" TO "file_uuid";
-- if phoenix_kit_ticket_status_history.ticket_id exists and phoenix_kit_ticket_status_history.ticket_uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_status_history" RENAME COLUMN "ticket_id" TO "ticket_uuid";
-- if phoenix_kit_file_instances.file_id exists and phoenix_kit_file_instances.file_uuid does not
ALTER TABLE "public"."phoenix_kit_file_instances" RENAME COLUMN "file_id" TO "file_uuid";
-- if phoenix_kit_file_locations.bucket_id exists and phoenix_kit_file_locations.bucket_uuid does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "bucket_id" TO "bucket_uuid";
-- if phoenix_kit_file_locations.file_instance_id exists and phoenix_kit_file_locations.file_instance_uuid does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "file_instance_id" TO "file_instance_uuid";
-- if phoenix_kit_publishing_posts.group_id exists and phoenix_kit_publishing_posts.group_uuid does not
ALTER TABLE "public"."phoenix_kit_publishing_posts" RENAME COLUMN "group_id" TO "group_uuid";
-- if phoenix_kit_publishing_versions.post_id exists and phoenix_kit_publishing_versions.post_uuid does not
ALTER TABLE "public"."phoenix_kit_publishing_versions" RENAME COLUMN "post_id" TO "post_uuid";
-- if phoenix_kit_publishing_contents.version_id exists and phoenix_kit_publishing_contents.version_uuid does not
ALTER TABLE "public"."phoenix_kit_publishing_contents" RENAME COLUMN "version_id" TO "version_uuid";
-- if phoenix_kit_shop_categories.image_id exists and phoenix_kit_shop_categories.image_uuid does not
ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "image_id" TO "image_uuid";
-- if phoenix_kit_shop_products.featured_image_id exists and phoenix_kit_shop_products.featured_image_uuid does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "featured_image_id" TO "featured_image_uuid";
-- if phoenix_kit_shop_products.file_id exists and phoenix_kit_shop_products.file_uuid does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "file_id" TO "file_uuid";
-- if phoenix_kit_scheduled_jobs.resource_id exists and phoenix_kit_scheduled_jobs.resource_uuid does not
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" RENAME COLUMN "resource_id" TO "resource_uuid";
COMMENT ON TABLE "public"."phoenix_kit" IS '62';
COMMIT;

-- V63 UUID companion column safety net, round 2
BEGIN;
CREATE OR REPLACE FUNCTION "public"."uuid_generate_v7"() RETURNS uuid AS $pk$
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);
  RETURN encode(uuid_bytes, 'hex')::uuid;
END
$pk$ LANGUAGE plpgsql;
-- if column phoenix_kit_ai_accounts.uuid does not exist:
    ALTER TABLE "public"."phoenix_kit_ai_accounts" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
    CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_accounts_uuid_idx" ON "public"."phoenix_kit_ai_accounts" ("uuid");
    ALTER TABLE "public"."phoenix_kit_ai_accounts" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "account_uuid" uuid;
UPDATE "public"."phoenix_kit_ai_requests" AS pk_t SET "account_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_ai_accounts" AS pk_p WHERE pk_p."id" = pk_t."account_id" AND pk_t."account_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_account_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("account_uuid");
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ADD COLUMN IF NOT EXISTS "matched_email_log_uuid" uuid;
UPDATE "public"."phoenix_kit_email_orphaned_events" AS pk_t SET "matched_email_log_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_email_logs" AS pk_p WHERE pk_p."id" = pk_t."matched_email_log_id" AND pk_t."matched_email_log_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_orphaned_events_matched_log_uuid_idx" ON "public"."phoenix_kit_email_orphaned_events" ("matched_email_log_uuid");
ALTER TABLE "public"."phoenix_kit_invoices" ADD COLUMN IF NOT EXISTS "subscription_uuid" uuid;
UPDATE "public"."phoenix_kit_invoices" AS pk_t SET "subscription_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_subscriptions" AS pk_p WHERE pk_p."id" = pk_t."subscription_id" AND pk_t."subscription_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_invoices_subscription_uuid_idx" ON "public"."phoenix_kit_invoices" ("subscription_uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD COLUMN IF NOT EXISTS "variant_uuid" uuid;
CREATE INDEX IF NOT EXISTS "phoenix_kit_shop_cart_items_variant_uuid_idx" ON "public"."phoenix_kit_shop_cart_items" ("variant_uuid");
COMMENT ON TABLE "public"."phoenix_kit" IS '63';
COMMIT;

-- V64 Users tokens CHECK on user_uuid
BEGIN;
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP CONSTRAINT IF EXISTS "user_id_required_for_non_registration_tokens";
-- if phoenix_kit_users_tokens has no constraint user_uuid_required_for_non_registration_tokens
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD CONSTRAINT "user_uuid_required_for_non_registration_tokens" CHECK (CASE WHEN context = 'magic_link_registration' THEN true ELSE user_uuid IS NOT NULL END);
COMMENT ON TABLE "public"."phoenix_kit" IS '64';
COMMIT;

-- V65 SubscriptionPlan → SubscriptionType
BEGIN;
ALTER TABLE IF EXISTS "public"."phoenix_kit_subscription_plans" RENAME TO "phoenix_kit_subscription_types";
ALTER INDEX IF EXISTS "public"."phoenix_kit_subscription_plans_slug_uidx" RENAME TO "phoenix_kit_subscription_types_slug_uidx";
-- if phoenix_kit_subscriptions.plan_id exists and phoenix_kit_subscriptions.subscription_type_id does not
ALTER TABLE "public"."phoenix_kit_subscriptions" RENAME COLUMN "plan_id" TO "subscription_type_id";
COMMENT ON TABLE "public"."phoenix_kit" IS '65';
COMMIT;

-- V66 Posts user_id nullable
BEGIN;
ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "user_id" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '66';
COMMIT;

-- V67 Legacy integer FK columns nullable
BEGIN;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "changed_by_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "author_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "target_user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "admin_user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "follower_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "followed_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "requester_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "recipient_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocker_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocked_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "follower_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "followed_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_a_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_b_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "actor_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocker_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocked_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "invoice_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "created_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "entity_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "created_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "created_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "code_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "used_by" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "cart_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "subscription_type_id" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '67';
COMMIT;

-- V68 Publishing posts: NULL slug for timestamp-mode posts
BEGIN;
ALTER TABLE "public"."phoenix_kit_publishing_posts" ALTER COLUMN "slug" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."idx_publishing_posts_group_slug";
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_posts_group_slug" ON "public"."phoenix_kit_publishing_posts" ("group_uuid", "slug") WHERE slug IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_posts_group_date_time_unique" ON "public"."phoenix_kit_publishing_posts" ("group_uuid", "post_date", "post_time") WHERE post_date IS NOT NULL AND post_time IS NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '68';
COMMIT;

-- V69 Role tables: legacy integer FK columns nullable
BEGIN;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_id" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_id" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '69';
COMMIT;

-- V70 Re-backfill the email log uuid companions
BEGIN;
-- if phoenix_kit_email_logs.uuid is not of type uuid
ALTER TABLE "public"."phoenix_kit_email_logs" ALTER COLUMN "uuid" TYPE uuid USING uuid::uuid;
UPDATE "public"."phoenix_kit_email_events" SET email_log_uuid = NULL WHERE email_log_id IS NOT NULL AND email_log_uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_email_logs pk_l WHERE pk_l.uuid = "public".phoenix_kit_email_events.email_log_uuid);
ALTER TABLE "public"."phoenix_kit_email_events" ADD COLUMN IF NOT EXISTS "email_log_uuid" uuid NOT NULL;
-- repeated until it changes no row
UPDATE "public"."phoenix_kit_email_events" AS pk_t SET "email_log_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_email_logs" AS pk_p WHERE pk_p."id" = pk_t."email_log_id" AND pk_t."email_log_uuid" IS NULL AND pk_p."uuid" IS NOT NULL AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM "public"."phoenix_kit_email_events" AS pk_t2 JOIN "public"."phoenix_kit_email_logs" AS pk_p2 ON pk_p2."id" = pk_t2."email_log_id" WHERE pk_t2."email_log_uuid" IS NULL AND pk_p2."uuid" IS NOT NULL LIMIT 10000));
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_events_email_log_uuid_idx" ON "public"."phoenix_kit_email_events" ("email_log_uuid");
UPDATE "public"."phoenix_kit_email_orphaned_events" SET matched_email_log_uuid = NULL WHERE matched_email_log_id IS NOT NULL AND matched_email_log_uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_email_logs pk_l WHERE pk_l.uuid = "public".phoenix_kit_email_orphaned_events.matched_email_log_uuid);
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ADD COLUMN IF NOT EXISTS "matched_email_log_uuid" uuid;
UPDATE "public"."phoenix_kit_email_orphaned_events" AS pk_t SET "matched_email_log_uuid" = pk_p."uuid" FROM "public"."phoenix_kit_email_logs" AS pk_p WHERE pk_p."id" = pk_t."matched_email_log_id" AND pk_t."matched_email_log_uuid" IS NULL AND pk_p."uuid" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "phoenix_kit_email_orphaned_events_matched_log_uuid_idx" ON "public"."phoenix_kit_email_orphaned_events" ("matched_email_log_uuid");
COMMENT ON TABLE "public"."phoenix_kit" IS '70';
COMMIT;

-- V71 Shop import logs: product_uuids
BEGIN;
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD COLUMN IF NOT EXISTS "product_uuids" uuid[] DEFAULT '{}';
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "product_ids";
COMMENT ON TABLE "public"."phoenix_kit" IS '71';
COMMIT;

-- V72 Rename id to uuid on Category A tables
BEGIN;
-- if phoenix_kit_buckets.id exists and phoenix_kit_buckets.uuid does not
ALTER TABLE "public"."phoenix_kit_buckets" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comment_dislikes.id exists and phoenix_kit_comment_dislikes.uuid does not
ALTER TABLE "public"."phoenix_kit_comment_dislikes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comment_likes.id exists and phoenix_kit_comment_likes.uuid does not
ALTER TABLE "public"."phoenix_kit_comment_likes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comments.id exists and phoenix_kit_comments.uuid does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comments_dislikes.id exists and phoenix_kit_comments_dislikes.uuid does not
ALTER TABLE "public"."phoenix_kit_comments_dislikes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comments_likes.id exists and phoenix_kit_comments_likes.uuid does not
ALTER TABLE "public"."phoenix_kit_comments_likes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_file_instances.id exists and phoenix_kit_file_instances.uuid does not
ALTER TABLE "public"."phoenix_kit_file_instances" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_file_locations.id exists and phoenix_kit_file_locations.uuid does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_files.id exists and phoenix_kit_files.uuid does not
ALTER TABLE "public"."phoenix_kit_files" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_comments.id exists and phoenix_kit_post_comments.uuid does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_dislikes.id exists and phoenix_kit_post_dislikes.uuid does not
ALTER TABLE "public"."phoenix_kit_post_dislikes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_groups.id exists and phoenix_kit_post_groups.uuid does not
ALTER TABLE "public"."phoenix_kit_post_groups" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_likes.id exists and phoenix_kit_post_likes.uuid does not
ALTER TABLE "public"."phoenix_kit_post_likes" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_media.id exists and phoenix_kit_post_media.uuid does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_mentions.id exists and phoenix_kit_post_mentions.uuid does not
ALTER TABLE "public"."phoenix_kit_post_mentions" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_tags.id exists and phoenix_kit_post_tags.uuid does not
ALTER TABLE "public"."phoenix_kit_post_tags" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_post_views.id exists and phoenix_kit_post_views.uuid does not
ALTER TABLE "public"."phoenix_kit_post_views" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_posts.id exists and phoenix_kit_posts.uuid does not
ALTER TABLE "public"."phoenix_kit_posts" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_scheduled_jobs.id exists and phoenix_kit_scheduled_jobs.uuid does not
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_storage_dimensions.id exists and phoenix_kit_storage_dimensions.uuid does not
ALTER TABLE "public"."phoenix_kit_storage_dimensions" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_ticket_attachments.id exists and phoenix_kit_ticket_attachments.uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_ticket_comments.id exists and phoenix_kit_ticket_comments.uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_ticket_status_history.id exists and phoenix_kit_ticket_status_history.uuid does not
ALTER TABLE "public"."phoenix_kit_ticket_status_history" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_tickets.id exists and phoenix_kit_tickets.uuid does not
ALTER TABLE "public"."phoenix_kit_tickets" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_blocks.id exists and phoenix_kit_user_blocks.uuid does not
ALTER TABLE "public"."phoenix_kit_user_blocks" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_blocks_history.id exists and phoenix_kit_user_blocks_history.uuid does not
ALTER TABLE "public"."phoenix_kit_user_blocks_history" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_connections.id exists and phoenix_kit_user_connections.uuid does not
ALTER TABLE "public"."phoenix_kit_user_connections" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_connections_history.id exists and phoenix_kit_user_connections_history.uuid does not
ALTER TABLE "public"."phoenix_kit_user_connections_history" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_follows.id exists and phoenix_kit_user_follows.uuid does not
ALTER TABLE "public"."phoenix_kit_user_follows" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_user_follows_history.id exists and phoenix_kit_user_follows_history.uuid does not
ALTER TABLE "public"."phoenix_kit_user_follows_history" RENAME COLUMN "id" TO "uuid";
-- if phoenix_kit_comments has no constraint fk_comments_user_uuid:
    UPDATE "public"."phoenix_kit_comments" SET "user_uuid" = NULL WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments" ADD CONSTRAINT "fk_comments_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
-- if phoenix_kit_comments_dislikes has no constraint fk_comments_dislikes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comments_dislikes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments_dislikes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments_dislikes" ADD CONSTRAINT "fk_comments_dislikes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_comments_likes has no constraint fk_comments_likes_user_uuid:
    DELETE FROM "public"."phoenix_kit_comments_likes" WHERE "user_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_comments_likes"."user_uuid");
    ALTER TABLE "public"."phoenix_kit_comments_likes" ADD CONSTRAINT "fk_comments_likes_user_uuid" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE;
-- if phoenix_kit_scheduled_jobs has no constraint fk_scheduled_jobs_created_by_uuid:
    UPDATE "public"."phoenix_kit_scheduled_jobs" SET "created_by_uuid" = NULL WHERE "created_by_uuid" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "public"."phoenix_kit_users" AS pk_r WHERE pk_r."uuid" = "public"."phoenix_kit_scheduled_jobs"."created_by_uuid");
    ALTER TABLE "public"."phoenix_kit_scheduled_jobs" ADD CONSTRAINT "fk_scheduled_jobs_created_by_uuid" FOREIGN KEY ("created_by_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '72';
COMMIT;

-- V73 Pre-drop prerequisites for Category B tables
BEGIN;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_consent_logs" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscription_types" ALTER COLUMN "uuid" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_sync_connections" ALTER COLUMN "uuid" SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_consent_logs_uuid_unique_index" ON "public"."phoenix_kit_consent_logs" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_payment_methods_uuid_unique_index" ON "public"."phoenix_kit_payment_methods" ("uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_subscription_types_uuid_unique_index" ON "public"."phoenix_kit_subscription_types" ("uuid");
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_tag_assignments_post_id_tag_id_index" RENAME TO "phoenix_kit_post_tag_assignments_post_uuid_tag_uuid_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_group_assignments_post_id_group_id_index" RENAME TO "phoenix_kit_post_group_assignments_post_uuid_group_uuid_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_media_post_id_position_index" RENAME TO "phoenix_kit_post_media_post_uuid_position_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_file_instances_file_id_variant_name_index" RENAME TO "phoenix_kit_file_instances_file_uuid_variant_name_index";
COMMENT ON TABLE "public"."phoenix_kit" IS '73';
COMMIT;

-- V74 Drop integer ids, uuid becomes the primary key
BEGIN;
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP CONSTRAINT IF EXISTS "phoenix_kit_admin_notes_author_id_fkey";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP CONSTRAINT IF EXISTS "phoenix_kit_admin_notes_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_account_id_fkey";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_endpoint_id_fkey";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_prompt_id_fkey";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP CONSTRAINT IF EXISTS "phoenix_kit_billing_profiles_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_comment_dislikes" DROP CONSTRAINT IF EXISTS "phoenix_kit_comment_dislikes_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_comment_likes" DROP CONSTRAINT IF EXISTS "phoenix_kit_comment_likes_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_comments" DROP CONSTRAINT IF EXISTS "fk_comments_user";
ALTER TABLE "public"."phoenix_kit_comments_dislikes" DROP CONSTRAINT IF EXISTS "fk_comments_dislikes_user";
ALTER TABLE "public"."phoenix_kit_comments_likes" DROP CONSTRAINT IF EXISTS "fk_comments_likes_user";
ALTER TABLE "public"."phoenix_kit_email_events" DROP CONSTRAINT IF EXISTS "phoenix_kit_email_events_email_log_id_fkey";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP CONSTRAINT IF EXISTS "phoenix_kit_entity_data_entity_id_fkey";
ALTER TABLE "public"."phoenix_kit_files" DROP CONSTRAINT IF EXISTS "phoenix_kit_files_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_invoices" DROP CONSTRAINT IF EXISTS "phoenix_kit_invoices_order_id_fkey";
ALTER TABLE "public"."phoenix_kit_invoices" DROP CONSTRAINT IF EXISTS "phoenix_kit_invoices_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "phoenix_kit_orders_billing_profile_id_fkey";
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "phoenix_kit_orders_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_comments" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_comments_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_dislikes" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_dislikes_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_groups" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_groups_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_likes" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_likes_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_mentions" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_mentions_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_post_views" DROP CONSTRAINT IF EXISTS "phoenix_kit_post_views_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_posts" DROP CONSTRAINT IF EXISTS "phoenix_kit_posts_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP CONSTRAINT IF EXISTS "phoenix_kit_referral_code_usage_code_id_fkey";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP CONSTRAINT IF EXISTS "fk_role_permissions_granted_by";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP CONSTRAINT IF EXISTS "fk_role_permissions_role";
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" DROP CONSTRAINT IF EXISTS "phoenix_kit_scheduled_jobs_created_by_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_cart_items_cart_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_cart_items_product_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_carts_payment_option_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_carts_shipping_method_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_carts_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_categories_featured_product_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_categories_parent_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_import_logs_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_products_category_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_products_created_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_connections_approved_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_connections_created_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_connections_revoked_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_connections_suspended_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_transfers_approved_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_transfers_connection_id_fkey";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_transfers_denied_by_fkey";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "phoenix_kit_db_sync_transfers_initiated_by_fkey";
ALTER TABLE "public"."phoenix_kit_ticket_comments" DROP CONSTRAINT IF EXISTS "phoenix_kit_ticket_comments_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_ticket_status_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_ticket_status_history_changed_by_id_fkey";
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "phoenix_kit_tickets_assigned_to_id_fkey";
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "phoenix_kit_tickets_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_transactions" DROP CONSTRAINT IF EXISTS "phoenix_kit_transactions_invoice_id_fkey";
ALTER TABLE "public"."phoenix_kit_transactions" DROP CONSTRAINT IF EXISTS "phoenix_kit_transactions_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_blocks_blocked_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_blocks_blocker_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_blocks_history_blocked_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_blocks_history_blocker_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_connections_recipient_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_connections_requester_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_connections_history_actor_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_connections_history_user_a_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_connections_history_user_b_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_follows_followed_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_follows_follower_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_follows_history_followed_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_follows_history_follower_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_oauth_providers_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_role_assignments_assigned_by_fkey";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_role_assignments_role_id_fkey";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "phoenix_kit_user_role_assignments_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP CONSTRAINT IF EXISTS "phoenix_kit_users_tokens_user_id_fkey";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "assigned_by";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "author_id";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "target_user_id";
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "admin_user_id";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP COLUMN IF EXISTS "granted_by";
ALTER TABLE "public"."phoenix_kit_comments" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_comments_likes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_comments_dislikes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_posts" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_comments" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_likes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_dislikes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_views" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_mentions" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_post_groups" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_comment_likes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_comment_dislikes" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_tickets" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_tickets" DROP COLUMN IF EXISTS "assigned_to_id";
ALTER TABLE "public"."phoenix_kit_ticket_comments" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_ticket_status_history" DROP COLUMN IF EXISTS "changed_by_id";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP COLUMN IF EXISTS "blocker_id";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP COLUMN IF EXISTS "blocked_id";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP COLUMN IF EXISTS "blocker_id";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP COLUMN IF EXISTS "blocked_id";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP COLUMN IF EXISTS "follower_id";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP COLUMN IF EXISTS "followed_id";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP COLUMN IF EXISTS "follower_id";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP COLUMN IF EXISTS "followed_id";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP COLUMN IF EXISTS "requester_id";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP COLUMN IF EXISTS "recipient_id";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "user_a_id";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "user_b_id";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "actor_id";
ALTER TABLE "public"."phoenix_kit_files" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "created_by";
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_payment_methods" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "approved_by";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "suspended_by";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "revoked_by";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "created_by";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "approved_by";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "denied_by";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "initiated_by";
ALTER TABLE "public"."phoenix_kit_entities" DROP COLUMN IF EXISTS "created_by";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "created_by";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_email_blocklist" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_email_templates" DROP COLUMN IF EXISTS "created_by_user_id";
ALTER TABLE "public"."phoenix_kit_email_templates" DROP COLUMN IF EXISTS "updated_by_user_id";
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "created_by";
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "beneficiary";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "used_by";
ALTER TABLE "public"."phoenix_kit_consent_logs" DROP COLUMN IF EXISTS "user_id";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "role_id";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP COLUMN IF EXISTS "role_id";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "entity_id";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "cart_id";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "product_id";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "shipping_method_id";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "merged_into_cart_id";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "payment_option_id";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "category_id";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "parent_id";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "featured_product_id";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "billing_profile_id";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "order_id";
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "invoice_id";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "subscription_type_id";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "billing_profile_id";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "payment_method_id";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "email_log_id";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "endpoint_id";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "prompt_id";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "connection_id";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "code_id";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "subscription_id";
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" DROP COLUMN IF EXISTS "matched_email_log_id";
ALTER TABLE "public"."phoenix_kit_publishing_posts" DROP COLUMN IF EXISTS "created_by_id";
ALTER TABLE "public"."phoenix_kit_publishing_posts" DROP COLUMN IF EXISTS "updated_by_id";
ALTER TABLE "public"."phoenix_kit_publishing_versions" DROP COLUMN IF EXISTS "created_by_id";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "variant_id";
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" DROP COLUMN IF EXISTS "created_by_id";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "account_id";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_users has no primary key
ALTER TABLE "public"."phoenix_kit_users" ADD CONSTRAINT "phoenix_kit_users_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_users_tokens has no primary key
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD CONSTRAINT "phoenix_kit_users_tokens_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_user_roles" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_user_roles has no primary key
ALTER TABLE "public"."phoenix_kit_user_roles" ADD CONSTRAINT "phoenix_kit_user_roles_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_user_role_assignments has no primary key
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD CONSTRAINT "phoenix_kit_user_role_assignments_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_role_permissions has no primary key
ALTER TABLE "public"."phoenix_kit_role_permissions" ADD CONSTRAINT "phoenix_kit_role_permissions_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_settings" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_settings has no primary key
ALTER TABLE "public"."phoenix_kit_settings" ADD CONSTRAINT "phoenix_kit_settings_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_admin_notes has no primary key
ALTER TABLE "public"."phoenix_kit_admin_notes" ADD CONSTRAINT "phoenix_kit_admin_notes_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_audit_logs has no primary key
ALTER TABLE "public"."phoenix_kit_audit_logs" ADD CONSTRAINT "phoenix_kit_audit_logs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_logs has no primary key
ALTER TABLE "public"."phoenix_kit_email_logs" ADD CONSTRAINT "phoenix_kit_email_logs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_events has no primary key
ALTER TABLE "public"."phoenix_kit_email_events" ADD CONSTRAINT "phoenix_kit_email_events_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_metrics" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_metrics has no primary key
ALTER TABLE "public"."phoenix_kit_email_metrics" ADD CONSTRAINT "phoenix_kit_email_metrics_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_templates" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_templates has no primary key
ALTER TABLE "public"."phoenix_kit_email_templates" ADD CONSTRAINT "phoenix_kit_email_templates_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_blocklist" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_blocklist has no primary key
ALTER TABLE "public"."phoenix_kit_email_blocklist" ADD CONSTRAINT "phoenix_kit_email_blocklist_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_email_orphaned_events has no primary key
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ADD CONSTRAINT "phoenix_kit_email_orphaned_events_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_ai_accounts" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_ai_accounts has no primary key
ALTER TABLE "public"."phoenix_kit_ai_accounts" ADD CONSTRAINT "phoenix_kit_ai_accounts_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_ai_endpoints has no primary key
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD CONSTRAINT "phoenix_kit_ai_endpoints_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_ai_prompts" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_ai_prompts has no primary key
ALTER TABLE "public"."phoenix_kit_ai_prompts" ADD CONSTRAINT "phoenix_kit_ai_prompts_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_ai_requests has no primary key
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_entities" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_entities has no primary key
ALTER TABLE "public"."phoenix_kit_entities" ADD CONSTRAINT "phoenix_kit_entities_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_entity_data has no primary key
ALTER TABLE "public"."phoenix_kit_entity_data" ADD CONSTRAINT "phoenix_kit_entity_data_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_user_oauth_providers has no primary key
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ADD CONSTRAINT "phoenix_kit_user_oauth_providers_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_consent_logs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_consent_logs has no primary key
ALTER TABLE "public"."phoenix_kit_consent_logs" ADD CONSTRAINT "phoenix_kit_consent_logs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_referral_codes has no primary key
ALTER TABLE "public"."phoenix_kit_referral_codes" ADD CONSTRAINT "phoenix_kit_referral_codes_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_referral_code_usage has no primary key
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ADD CONSTRAINT "phoenix_kit_referral_code_usage_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_billing_profiles has no primary key
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD CONSTRAINT "phoenix_kit_billing_profiles_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_orders has no primary key
ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "phoenix_kit_orders_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_invoices has no primary key
ALTER TABLE "public"."phoenix_kit_invoices" ADD CONSTRAINT "phoenix_kit_invoices_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_transactions has no primary key
ALTER TABLE "public"."phoenix_kit_transactions" ADD CONSTRAINT "phoenix_kit_transactions_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_payment_methods" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_payment_methods has no primary key
ALTER TABLE "public"."phoenix_kit_payment_methods" ADD CONSTRAINT "phoenix_kit_payment_methods_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_payment_options" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_payment_options has no primary key
ALTER TABLE "public"."phoenix_kit_payment_options" ADD CONSTRAINT "phoenix_kit_payment_options_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_payment_provider_configs has no primary key
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ADD CONSTRAINT "phoenix_kit_payment_provider_configs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_subscriptions has no primary key
ALTER TABLE "public"."phoenix_kit_subscriptions" ADD CONSTRAINT "phoenix_kit_subscriptions_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_subscription_types" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_subscription_types has no primary key
ALTER TABLE "public"."phoenix_kit_subscription_types" ADD CONSTRAINT "phoenix_kit_subscription_types_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_currencies" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_currencies has no primary key
ALTER TABLE "public"."phoenix_kit_currencies" ADD CONSTRAINT "phoenix_kit_currencies_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_carts has no primary key
ALTER TABLE "public"."phoenix_kit_shop_carts" ADD CONSTRAINT "phoenix_kit_shop_carts_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_cart_items has no primary key
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ADD CONSTRAINT "phoenix_kit_shop_cart_items_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_products has no primary key
ALTER TABLE "public"."phoenix_kit_shop_products" ADD CONSTRAINT "phoenix_kit_shop_products_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_categories has no primary key
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD CONSTRAINT "phoenix_kit_shop_categories_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_shipping_methods has no primary key
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods" ADD CONSTRAINT "phoenix_kit_shop_shipping_methods_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_config" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_config has no primary key
ALTER TABLE "public"."phoenix_kit_shop_config" ADD CONSTRAINT "phoenix_kit_shop_config_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_import_configs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_import_configs has no primary key
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ADD CONSTRAINT "phoenix_kit_shop_import_configs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_shop_import_logs has no primary key
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD CONSTRAINT "phoenix_kit_shop_import_logs_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_sync_connections has no primary key
ALTER TABLE "public"."phoenix_kit_sync_connections" ADD CONSTRAINT "phoenix_kit_sync_connections_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_sync_transfers has no primary key
ALTER TABLE "public"."phoenix_kit_sync_transfers" ADD CONSTRAINT "phoenix_kit_sync_transfers_pkey" PRIMARY KEY ("uuid");
ALTER TABLE "public"."phoenix_kit_webhook_events" DROP COLUMN IF EXISTS "id" CASCADE;
-- if phoenix_kit_webhook_events has no primary key
ALTER TABLE "public"."phoenix_kit_webhook_events" ADD CONSTRAINT "phoenix_kit_webhook_events_pkey" PRIMARY KEY ("uuid");
COMMENT ON TABLE "public"."phoenix_kit" IS '74';
COMMIT;

-- V75 uuid defaults, sequence cleanup
BEGIN;
ALTER TABLE "public"."phoenix_kit_buckets" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_file_instances" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_file_locations" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_media" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_tags" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_post_views" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_storage_dimensions" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_ticket_attachments" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_tickets" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comments" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" SET DEFAULT "public".uuid_generate_v7();
DROP SEQUENCE IF EXISTS "public"."phoenix_kit_id_seq" CASCADE;
COMMENT ON TABLE "public"."phoenix_kit" IS '75';
COMMIT;

-- V76 Stale _id names to _uuid
BEGIN;
-- if phoenix_kit_shop_products.image_ids exists and phoenix_kit_shop_products.image_uuids does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "image_ids" TO "image_uuids";
UPDATE "public"."phoenix_kit_users" SET custom_fields = (custom_fields - 'avatar_file_id') || jsonb_build_object('avatar_file_uuid', custom_fields -> 'avatar_file_id') WHERE custom_fields ? 'avatar_file_id';
UPDATE "public"."phoenix_kit_settings" SET key = 'publishing_translation_endpoint_uuid' WHERE key = 'publishing_translation_endpoint_id' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = 'publishing_translation_endpoint_uuid');
UPDATE "public"."phoenix_kit_settings" SET key = 'storage_default_bucket_uuid' WHERE key = 'storage_default_bucket_id' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = 'storage_default_bucket_uuid');
COMMENT ON TABLE "public"."phoenix_kit" IS '76';
COMMIT;

-- V77 Tickets module renamed to customer_service
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE key IN ('tickets_enabled', 'tickets_per_page', 'tickets_comments_enabled', 'tickets_internal_notes_enabled', 'tickets_attachments_enabled', 'tickets_allow_reopen', 'auto_granted_perm:tickets') AND EXISTS (SELECT 1 FROM "public".phoenix_kit_settings s WHERE s.key = replace(phoenix_kit_settings.key, 'tickets', 'customer_service'));
UPDATE "public"."phoenix_kit_settings" SET key = replace(key, 'tickets', 'customer_service') WHERE key IN ('tickets_enabled', 'tickets_per_page', 'tickets_comments_enabled', 'tickets_internal_notes_enabled', 'tickets_attachments_enabled', 'tickets_allow_reopen', 'auto_granted_perm:tickets');
DELETE FROM "public"."phoenix_kit_role_permissions" WHERE module_key = 'tickets' AND EXISTS (SELECT 1 FROM "public".phoenix_kit_role_permissions p WHERE p.module_key = 'customer_service' AND p.role_uuid = phoenix_kit_role_permissions.role_uuid);
UPDATE "public"."phoenix_kit_role_permissions" SET module_key = 'customer_service' WHERE module_key = 'tickets';
COMMENT ON TABLE "public"."phoenix_kit" IS '77';
COMMIT;

-- V78 AI columns from V41 re-asserted; ai_prompts uuid index and prompt FK
BEGIN;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_enabled" boolean;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_effort" varchar(20);
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_max_tokens" integer;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ADD COLUMN IF NOT EXISTS "reasoning_exclude" boolean;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_uuid" uuid;
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD COLUMN IF NOT EXISTS "prompt_name" varchar(255);
CREATE INDEX IF NOT EXISTS "phoenix_kit_ai_requests_prompt_uuid_idx" ON "public"."phoenix_kit_ai_requests" ("prompt_uuid");
ALTER TABLE "public"."phoenix_kit_ai_prompts" ADD COLUMN IF NOT EXISTS "uuid" uuid DEFAULT "public".uuid_generate_v7();
-- if phoenix_kit_ai_prompts.uuid allows NULL:
    UPDATE "public"."phoenix_kit_ai_prompts" SET "uuid" = "public".uuid_generate_v7() WHERE "uuid" IS NULL;
    ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" SET NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_ai_prompts_uuid_index" ON "public"."phoenix_kit_ai_prompts" ("uuid");
-- if phoenix_kit_ai_requests has no constraint phoenix_kit_ai_requests_prompt_uuid_fkey
ALTER TABLE "public"."phoenix_kit_ai_requests" ADD CONSTRAINT "phoenix_kit_ai_requests_prompt_uuid_fkey" FOREIGN KEY ("prompt_uuid") REFERENCES "public"."phoenix_kit_ai_prompts"("uuid") ON DELETE SET NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '78';
COMMIT;

-- V79 Newsletters module tables
BEGIN;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_newsletters_lists" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "name" varchar(255) NOT NULL, "slug" varchar(255) NOT NULL, "description" text, "status" varchar(20) DEFAULT 'active' NOT NULL, "is_default" boolean DEFAULT false NOT NULL, "subscriber_count" integer DEFAULT 0 NOT NULL, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_newsletters_lists_slug" ON "public"."phoenix_kit_newsletters_lists" ("slug");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_newsletters_list_members" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "user_uuid" uuid NOT NULL, "list_uuid" uuid NOT NULL, "status" varchar(20) DEFAULT 'active' NOT NULL, "subscribed_at" timestamptz DEFAULT NOW() NOT NULL, "unsubscribed_at" timestamptz, CONSTRAINT "fk_newsletters_list_members_user" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE, CONSTRAINT "fk_newsletters_list_members_list" FOREIGN KEY ("list_uuid") REFERENCES "public"."phoenix_kit_newsletters_lists"("uuid") ON DELETE CASCADE, PRIMARY KEY ("uuid"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_newsletters_list_members_user_list" ON "public"."phoenix_kit_newsletters_list_members" ("user_uuid", "list_uuid");
CREATE INDEX IF NOT EXISTS "idx_newsletters_list_members_list" ON "public"."phoenix_kit_newsletters_list_members" ("list_uuid");
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_newsletters_broadcasts" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "subject" varchar(998) NOT NULL, "markdown_body" text, "html_body" text, "text_body" text, "template_uuid" uuid, "list_uuid" uuid NOT NULL, "status" varchar(20) DEFAULT 'draft' NOT NULL, "scheduled_at" timestamptz, "sent_at" timestamptz, "total_recipients" integer DEFAULT 0 NOT NULL, "sent_count" integer DEFAULT 0 NOT NULL, "delivered_count" integer DEFAULT 0 NOT NULL, "opened_count" integer DEFAULT 0 NOT NULL, "bounced_count" integer DEFAULT 0 NOT NULL, "created_by_user_uuid" uuid, "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, CONSTRAINT "fk_newsletters_broadcasts_template" FOREIGN KEY ("template_uuid") REFERENCES "public"."phoenix_kit_email_templates"("uuid") ON DELETE SET NULL, CONSTRAINT "fk_newsletters_broadcasts_list" FOREIGN KEY ("list_uuid") REFERENCES "public"."phoenix_kit_newsletters_lists"("uuid") ON DELETE RESTRICT, CONSTRAINT "fk_newsletters_broadcasts_created_by" FOREIGN KEY ("created_by_user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE SET NULL, PRIMARY KEY ("uuid"));
CREATE INDEX IF NOT EXISTS "idx_newsletters_broadcasts_list" ON "public"."phoenix_kit_newsletters_broadcasts" ("list_uuid");
CREATE INDEX IF NOT EXISTS "idx_newsletters_broadcasts_status" ON "public"."phoenix_kit_newsletters_broadcasts" ("status");
CREATE INDEX IF NOT EXISTS "idx_newsletters_broadcasts_scheduled_at" ON "public"."phoenix_kit_newsletters_broadcasts" ("scheduled_at") WHERE scheduled_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS "public"."phoenix_kit_newsletters_deliveries" ("uuid" uuid DEFAULT "public".uuid_generate_v7(), "broadcast_uuid" uuid NOT NULL, "user_uuid" uuid NOT NULL, "status" varchar(20) DEFAULT 'pending' NOT NULL, "sent_at" timestamptz, "delivered_at" timestamptz, "opened_at" timestamptz, "error" text, "message_id" varchar(255), "inserted_at" timestamptz DEFAULT NOW() NOT NULL, "updated_at" timestamptz DEFAULT NOW() NOT NULL, CONSTRAINT "fk_newsletters_deliveries_broadcast" FOREIGN KEY ("broadcast_uuid") REFERENCES "public"."phoenix_kit_newsletters_broadcasts"("uuid") ON DELETE CASCADE, CONSTRAINT "fk_newsletters_deliveries_user" FOREIGN KEY ("user_uuid") REFERENCES "public"."phoenix_kit_users"("uuid") ON DELETE CASCADE, PRIMARY KEY ("uuid"));
CREATE INDEX IF NOT EXISTS "idx_newsletters_deliveries_broadcast" ON "public"."phoenix_kit_newsletters_deliveries" ("broadcast_uuid");
CREATE INDEX IF NOT EXISTS "idx_newsletters_deliveries_user" ON "public"."phoenix_kit_newsletters_deliveries" ("user_uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_newsletters_deliveries_message_id" ON "public"."phoenix_kit_newsletters_deliveries" ("message_id") WHERE message_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_newsletters_deliveries_status" ON "public"."phoenix_kit_newsletters_deliveries" ("status");
COMMENT ON TABLE "public"."phoenix_kit" IS '79';
COMMIT;

-- V80 Email templates i18n (JSONB language maps); email log locale
BEGIN;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_templates"
    -- if phoenix_kit_email_templates.subject is not of type jsonb
    ALTER COLUMN "subject" TYPE jsonb USING jsonb_build_object('en', subject),
    -- if phoenix_kit_email_templates.html_body is not of type jsonb
    ALTER COLUMN "html_body" TYPE jsonb USING jsonb_build_object('en', html_body),
    -- if phoenix_kit_email_templates.text_body is not of type jsonb
    ALTER COLUMN "text_body" TYPE jsonb USING jsonb_build_object('en', text_body),
    -- if phoenix_kit_email_templates.display_name is not of type jsonb
    ALTER COLUMN "display_name" TYPE jsonb USING jsonb_build_object('en', display_name),
    -- if phoenix_kit_email_templates.description is not of type jsonb
    ALTER COLUMN "description" TYPE jsonb USING CASE WHEN description IS NULL THEN NULL ELSE jsonb_build_object('en', description) END;
ALTER TABLE "public"."phoenix_kit_email_logs" ADD COLUMN IF NOT EXISTS "locale" varchar(10) DEFAULT 'en' NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_email_logs_locale" ON "public"."phoenix_kit_email_logs" ("locale");
COMMENT ON TABLE "public"."phoenix_kit" IS '80';
COMMIT;

-- V81 Entity data position for manual ordering
BEGIN;
-- if column phoenix_kit_entity_data.position does not exist:
    ALTER TABLE "public"."phoenix_kit_entity_data" ADD COLUMN IF NOT EXISTS "position" integer;
    UPDATE "public"."phoenix_kit_entity_data" SET position = ranked.rn FROM (SELECT uuid, ROW_NUMBER() OVER (PARTITION BY entity_uuid ORDER BY date_created ASC, uuid ASC) AS rn FROM "public".phoenix_kit_entity_data WHERE position IS NULL) AS ranked WHERE phoenix_kit_entity_data.uuid = ranked.uuid;
CREATE INDEX IF NOT EXISTS "phoenix_kit_entity_data_entity_position_idx" ON "public"."phoenix_kit_entity_data" ("entity_uuid", "position");
COMMENT ON TABLE "public"."phoenix_kit" IS '81';
COMMIT;

-- V82 Comments metadata
BEGIN;
ALTER TABLE "public"."phoenix_kit_comments" ADD COLUMN IF NOT EXISTS "metadata" jsonb DEFAULT '{}';
COMMENT ON TABLE "public"."phoenix_kit" IS '82';
COMMIT;
