-- PhoenixKit down in public: V73 → V00 (73 versions), each in its own transaction with the prefix's advisory lock

-- V73 Pre-drop prerequisites for Category B tables
BEGIN;
ALTER INDEX IF EXISTS "public"."phoenix_kit_file_instances_file_uuid_variant_name_index" RENAME TO "phoenix_kit_file_instances_file_id_variant_name_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_media_post_uuid_position_index" RENAME TO "phoenix_kit_post_media_post_id_position_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_group_assignments_post_uuid_group_uuid_index" RENAME TO "phoenix_kit_post_group_assignments_post_id_group_id_index";
ALTER INDEX IF EXISTS "public"."phoenix_kit_post_tag_assignments_post_uuid_tag_uuid_index" RENAME TO "phoenix_kit_post_tag_assignments_post_id_tag_id_index";
DROP INDEX IF EXISTS "public"."phoenix_kit_subscription_types_uuid_unique_index";
DROP INDEX IF EXISTS "public"."phoenix_kit_payment_methods_uuid_unique_index";
DROP INDEX IF EXISTS "public"."phoenix_kit_consent_logs_uuid_unique_index";
ALTER TABLE "public"."phoenix_kit_consent_logs" ALTER COLUMN "uuid" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '72';
COMMIT;

-- V72 Rename id to uuid on Category A tables
BEGIN;
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" DROP CONSTRAINT IF EXISTS "fk_scheduled_jobs_created_by_uuid";
-- if phoenix_kit_user_follows_history.uuid exists and phoenix_kit_user_follows_history.id does not
ALTER TABLE "public"."phoenix_kit_user_follows_history" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_user_follows.uuid exists and phoenix_kit_user_follows.id does not
ALTER TABLE "public"."phoenix_kit_user_follows" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_user_connections_history.uuid exists and phoenix_kit_user_connections_history.id does not
ALTER TABLE "public"."phoenix_kit_user_connections_history" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_user_connections.uuid exists and phoenix_kit_user_connections.id does not
ALTER TABLE "public"."phoenix_kit_user_connections" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_user_blocks_history.uuid exists and phoenix_kit_user_blocks_history.id does not
ALTER TABLE "public"."phoenix_kit_user_blocks_history" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_user_blocks.uuid exists and phoenix_kit_user_blocks.id does not
ALTER TABLE "public"."phoenix_kit_user_blocks" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_tickets.uuid exists and phoenix_kit_tickets.id does not
ALTER TABLE "public"."phoenix_kit_tickets" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_ticket_status_history.uuid exists and phoenix_kit_ticket_status_history.id does not
ALTER TABLE "public"."phoenix_kit_ticket_status_history" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_ticket_comments.uuid exists and phoenix_kit_ticket_comments.id does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_ticket_attachments.uuid exists and phoenix_kit_ticket_attachments.id does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_storage_dimensions.uuid exists and phoenix_kit_storage_dimensions.id does not
ALTER TABLE "public"."phoenix_kit_storage_dimensions" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_scheduled_jobs.uuid exists and phoenix_kit_scheduled_jobs.id does not
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_posts.uuid exists and phoenix_kit_posts.id does not
ALTER TABLE "public"."phoenix_kit_posts" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_views.uuid exists and phoenix_kit_post_views.id does not
ALTER TABLE "public"."phoenix_kit_post_views" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_tags.uuid exists and phoenix_kit_post_tags.id does not
ALTER TABLE "public"."phoenix_kit_post_tags" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_mentions.uuid exists and phoenix_kit_post_mentions.id does not
ALTER TABLE "public"."phoenix_kit_post_mentions" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_media.uuid exists and phoenix_kit_post_media.id does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_likes.uuid exists and phoenix_kit_post_likes.id does not
ALTER TABLE "public"."phoenix_kit_post_likes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_groups.uuid exists and phoenix_kit_post_groups.id does not
ALTER TABLE "public"."phoenix_kit_post_groups" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_dislikes.uuid exists and phoenix_kit_post_dislikes.id does not
ALTER TABLE "public"."phoenix_kit_post_dislikes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_post_comments.uuid exists and phoenix_kit_post_comments.id does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_files.uuid exists and phoenix_kit_files.id does not
ALTER TABLE "public"."phoenix_kit_files" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_file_locations.uuid exists and phoenix_kit_file_locations.id does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_file_instances.uuid exists and phoenix_kit_file_instances.id does not
ALTER TABLE "public"."phoenix_kit_file_instances" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_comments_likes.uuid exists and phoenix_kit_comments_likes.id does not
ALTER TABLE "public"."phoenix_kit_comments_likes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_comments_dislikes.uuid exists and phoenix_kit_comments_dislikes.id does not
ALTER TABLE "public"."phoenix_kit_comments_dislikes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_comments.uuid exists and phoenix_kit_comments.id does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_comment_likes.uuid exists and phoenix_kit_comment_likes.id does not
ALTER TABLE "public"."phoenix_kit_comment_likes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_comment_dislikes.uuid exists and phoenix_kit_comment_dislikes.id does not
ALTER TABLE "public"."phoenix_kit_comment_dislikes" RENAME COLUMN "uuid" TO "id";
-- if phoenix_kit_buckets.uuid exists and phoenix_kit_buckets.id does not
ALTER TABLE "public"."phoenix_kit_buckets" RENAME COLUMN "uuid" TO "id";
COMMENT ON TABLE "public"."phoenix_kit" IS '71';
COMMIT;

-- V71 Shop import logs: product_uuids
BEGIN;
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ADD COLUMN IF NOT EXISTS "product_ids" integer[] DEFAULT '{}';
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "product_uuids";
COMMENT ON TABLE "public"."phoenix_kit" IS '70';
COMMIT;

-- V70 Re-backfill the email log uuid companions
BEGIN;
COMMENT ON TABLE "public"."phoenix_kit" IS '69';
COMMIT;

-- V69 Role tables: legacy integer FK columns nullable
BEGIN;
COMMENT ON TABLE "public"."phoenix_kit" IS '68';
COMMIT;

-- V68 Publishing posts: NULL slug for timestamp-mode posts
BEGIN;
DROP INDEX IF EXISTS "public"."idx_publishing_posts_group_date_time_unique";
DROP INDEX IF EXISTS "public"."idx_publishing_posts_group_slug";
CREATE UNIQUE INDEX IF NOT EXISTS "idx_publishing_posts_group_slug" ON "public"."phoenix_kit_publishing_posts" ("group_uuid", "slug");
-- if phoenix_kit_publishing_posts.slug allows NULL:
    UPDATE "public"."phoenix_kit_publishing_posts" SET "slug" = 'migrated-' || uuid WHERE "slug" IS NULL;
    ALTER TABLE "public"."phoenix_kit_publishing_posts" ALTER COLUMN "slug" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '67';
COMMIT;

-- V67 Legacy integer FK columns nullable
BEGIN;
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "subscription_type_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "cart_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "used_by" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "code_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "created_by" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "created_by" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "entity_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "created_by" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "invoice_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocked_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocker_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "actor_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_b_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_a_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "followed_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "follower_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocked_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocker_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "recipient_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "requester_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "followed_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "follower_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "admin_user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "target_user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "author_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "changed_by_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "user_id" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '66';
COMMIT;

-- V66 Posts user_id nullable
BEGIN;
ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "user_id" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '65';
COMMIT;

-- V65 SubscriptionPlan → SubscriptionType
BEGIN;
-- if phoenix_kit_subscriptions.subscription_type_id exists and phoenix_kit_subscriptions.plan_id does not
ALTER TABLE "public"."phoenix_kit_subscriptions" RENAME COLUMN "subscription_type_id" TO "plan_id";
ALTER INDEX IF EXISTS "public"."phoenix_kit_subscription_types_slug_uidx" RENAME TO "phoenix_kit_subscription_plans_slug_uidx";
ALTER TABLE IF EXISTS "public"."phoenix_kit_subscription_types" RENAME TO "phoenix_kit_subscription_plans";
COMMENT ON TABLE "public"."phoenix_kit" IS '64';
COMMIT;

-- V64 Users tokens CHECK on user_uuid
BEGIN;
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP CONSTRAINT IF EXISTS "user_uuid_required_for_non_registration_tokens";
-- if phoenix_kit_users_tokens has no constraint user_id_required_for_non_registration_tokens
ALTER TABLE "public"."phoenix_kit_users_tokens" ADD CONSTRAINT "user_id_required_for_non_registration_tokens" CHECK (CASE WHEN context = 'magic_link_registration' THEN true ELSE user_id IS NOT NULL END);
COMMENT ON TABLE "public"."phoenix_kit" IS '63';
COMMIT;

-- V63 UUID companion column safety net, round 2
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_cart_items_variant_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "variant_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_invoices_subscription_uuid_idx";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "subscription_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_orphaned_events_matched_log_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" DROP COLUMN IF EXISTS "matched_email_log_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_account_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "account_uuid";
ALTER TABLE "public"."phoenix_kit_ai_accounts" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_accounts_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_accounts" DROP COLUMN IF EXISTS "uuid";
COMMENT ON TABLE "public"."phoenix_kit" IS '62';
COMMIT;

-- V62 Rename UUID-typed `_id` columns to `_uuid`
BEGIN;
-- if phoenix_kit_scheduled_jobs.resource_uuid exists and phoenix_kit_scheduled_jobs.resource_id does not
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" RENAME COLUMN "resource_uuid" TO "resource_id";
-- if phoenix_kit_shop_products.file_uuid exists and phoenix_kit_shop_products.file_id does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "file_uuid" TO "file_id";
-- if phoenix_kit_shop_products.featured_image_uuid exists and phoenix_kit_shop_products.featured_image_id does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "featured_image_uuid" TO "featured_image_id";
-- if phoenix_kit_shop_categories.image_uuid exists and phoenix_kit_shop_categories.image_id does not
ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "image_uuid" TO "image_id";
-- if phoenix_kit_publishing_contents.version_uuid exists and phoenix_kit_publishing_contents.version_id does not
ALTER TABLE "public"."phoenix_kit_publishing_contents" RENAME COLUMN "version_uuid" TO "version_id";
-- if phoenix_kit_publishing_versions.post_uuid exists and phoenix_kit_publishing_versions.post_id does not
ALTER TABLE "public"."phoenix_kit_publishing_versions" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_publishing_posts.group_uuid exists and phoenix_kit_publishing_posts.group_id does not
ALTER TABLE "public"."phoenix_kit_publishing_posts" RENAME COLUMN "group_uuid" TO "group_id";
-- if phoenix_kit_file_locations.file_instance_uuid exists and phoenix_kit_file_locations.file_instance_id does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "file_instance_uuid" TO "file_instance_id";
-- if phoenix_kit_file_locations.bucket_uuid exists and phoenix_kit_file_locations.bucket_id does not
ALTER TABLE "public"."phoenix_kit_file_locations" RENAME COLUMN "bucket_uuid" TO "bucket_id";
-- if phoenix_kit_file_instances.file_uuid exists and phoenix_kit_file_instances.file_id does not
ALTER TABLE "public"."phoenix_kit_file_instances" RENAME COLUMN "file_uuid" TO "file_id";
-- if phoenix_kit_ticket_status_history.ticket_uuid exists and phoenix_kit_ticket_status_history.ticket_id does not
ALTER TABLE "public"."phoenix_kit_ticket_status_history" RENAME COLUMN "ticket_uuid" TO "ticket_id";
-- if phoenix_kit_ticket_attachments.file_uuid exists and phoenix_kit_ticket_attachments.file_id does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "file_uuid" TO "file_id";
-- if phoenix_kit_ticket_attachments.comment_uuid exists and phoenix_kit_ticket_attachments.comment_id does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "comment_uuid" TO "comment_id";
-- if phoenix_kit_ticket_attachments.ticket_uuid exists and phoenix_kit_ticket_attachments.ticket_id does not
ALTER TABLE "public"."phoenix_kit_ticket_attachments" RENAME COLUMN "ticket_uuid" TO "ticket_id";
-- if phoenix_kit_ticket_comments.parent_uuid exists and phoenix_kit_ticket_comments.parent_id does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "parent_uuid" TO "parent_id";
-- if phoenix_kit_ticket_comments.ticket_uuid exists and phoenix_kit_ticket_comments.ticket_id does not
ALTER TABLE "public"."phoenix_kit_ticket_comments" RENAME COLUMN "ticket_uuid" TO "ticket_id";
-- if phoenix_kit_comments_dislikes.comment_uuid exists and phoenix_kit_comments_dislikes.comment_id does not
ALTER TABLE "public"."phoenix_kit_comments_dislikes" RENAME COLUMN "comment_uuid" TO "comment_id";
-- if phoenix_kit_comments_likes.comment_uuid exists and phoenix_kit_comments_likes.comment_id does not
ALTER TABLE "public"."phoenix_kit_comments_likes" RENAME COLUMN "comment_uuid" TO "comment_id";
-- if phoenix_kit_comments.parent_uuid exists and phoenix_kit_comments.parent_id does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "parent_uuid" TO "parent_id";
-- if phoenix_kit_comments.resource_uuid exists and phoenix_kit_comments.resource_id does not
ALTER TABLE "public"."phoenix_kit_comments" RENAME COLUMN "resource_uuid" TO "resource_id";
-- if phoenix_kit_comment_dislikes.comment_uuid exists and phoenix_kit_comment_dislikes.comment_id does not
ALTER TABLE "public"."phoenix_kit_comment_dislikes" RENAME COLUMN "comment_uuid" TO "comment_id";
-- if phoenix_kit_comment_likes.comment_uuid exists and phoenix_kit_comment_likes.comment_id does not
ALTER TABLE "public"."phoenix_kit_comment_likes" RENAME COLUMN "comment_uuid" TO "comment_id";
-- if phoenix_kit_post_groups.cover_image_uuid exists and phoenix_kit_post_groups.cover_image_id does not
ALTER TABLE "public"."phoenix_kit_post_groups" RENAME COLUMN "cover_image_uuid" TO "cover_image_id";
-- if phoenix_kit_post_group_assignments.group_uuid exists and phoenix_kit_post_group_assignments.group_id does not
ALTER TABLE "public"."phoenix_kit_post_group_assignments" RENAME COLUMN "group_uuid" TO "group_id";
-- if phoenix_kit_post_group_assignments.post_uuid exists and phoenix_kit_post_group_assignments.post_id does not
ALTER TABLE "public"."phoenix_kit_post_group_assignments" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_tag_assignments.tag_uuid exists and phoenix_kit_post_tag_assignments.tag_id does not
ALTER TABLE "public"."phoenix_kit_post_tag_assignments" RENAME COLUMN "tag_uuid" TO "tag_id";
-- if phoenix_kit_post_tag_assignments.post_uuid exists and phoenix_kit_post_tag_assignments.post_id does not
ALTER TABLE "public"."phoenix_kit_post_tag_assignments" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_views.post_uuid exists and phoenix_kit_post_views.post_id does not
ALTER TABLE "public"."phoenix_kit_post_views" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_media.file_uuid exists and phoenix_kit_post_media.file_id does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "file_uuid" TO "file_id";
-- if phoenix_kit_post_media.post_uuid exists and phoenix_kit_post_media.post_id does not
ALTER TABLE "public"."phoenix_kit_post_media" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_mentions.post_uuid exists and phoenix_kit_post_mentions.post_id does not
ALTER TABLE "public"."phoenix_kit_post_mentions" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_dislikes.post_uuid exists and phoenix_kit_post_dislikes.post_id does not
ALTER TABLE "public"."phoenix_kit_post_dislikes" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_likes.post_uuid exists and phoenix_kit_post_likes.post_id does not
ALTER TABLE "public"."phoenix_kit_post_likes" RENAME COLUMN "post_uuid" TO "post_id";
-- if phoenix_kit_post_comments.parent_uuid exists and phoenix_kit_post_comments.parent_id does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "parent_uuid" TO "parent_id";
-- if phoenix_kit_post_comments.post_uuid exists and phoenix_kit_post_comments.post_id does not
ALTER TABLE "public"."phoenix_kit_post_comments" RENAME COLUMN "post_uuid" TO "post_id";
COMMENT ON TABLE "public"."phoenix_kit" IS '61';
COMMIT;

-- V61 UUID safety net for tables missed by V40; scheduled_jobs.created_by_uuid
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_scheduled_jobs_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_scheduled_jobs" DROP COLUMN IF EXISTS "created_by_uuid";
COMMENT ON TABLE "public"."phoenix_kit" IS '60';
COMMIT;

-- V60 Email templates UUID FK columns
BEGIN;
COMMENT ON TABLE "public"."phoenix_kit" IS '59';
COMMIT;

-- V59 Publishing module tables
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('publishing_storage'));
DROP TABLE IF EXISTS "public"."phoenix_kit_publishing_contents";
DROP TABLE IF EXISTS "public"."phoenix_kit_publishing_versions";
DROP TABLE IF EXISTS "public"."phoenix_kit_publishing_posts";
DROP TABLE IF EXISTS "public"."phoenix_kit_publishing_groups";
COMMENT ON TABLE "public"."phoenix_kit" IS '58';
COMMIT;

-- V58 Timestamps to timestamptz
BEGIN;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments_dislikes"
    -- if phoenix_kit_comments_dislikes.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_comments_dislikes.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments_likes"
    -- if phoenix_kit_comments_likes.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_comments_likes.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comments"
    -- if phoenix_kit_comments.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_comments.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- if phoenix_kit_role_permissions.inserted_at is not of type timestamp without time zone
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comment_dislikes"
    -- if phoenix_kit_comment_dislikes.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_comment_dislikes.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_comment_likes"
    -- if phoenix_kit_comment_likes.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_comment_likes.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_dislikes"
    -- if phoenix_kit_post_dislikes.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_dislikes.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_import_configs"
    -- if phoenix_kit_shop_import_configs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_import_configs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_import_logs"
    -- if phoenix_kit_shop_import_logs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_import_logs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_shop_import_logs.completed_at is not of type timestamp without time zone
    ALTER COLUMN "completed_at" TYPE timestamp,
    -- if phoenix_kit_shop_import_logs.started_at is not of type timestamp without time zone
    ALTER COLUMN "started_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_config"
    -- if phoenix_kit_shop_config.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_config.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_options"
    -- if phoenix_kit_payment_options.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_payment_options.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_cart_items"
    -- if phoenix_kit_shop_cart_items.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_cart_items.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_carts"
    -- if phoenix_kit_shop_carts.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_carts.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_shop_carts.converted_at is not of type timestamp without time zone
    ALTER COLUMN "converted_at" TYPE timestamp,
    -- if phoenix_kit_shop_carts.expires_at is not of type timestamp without time zone
    ALTER COLUMN "expires_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods"
    -- if phoenix_kit_shop_shipping_methods.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_shipping_methods.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_products"
    -- if phoenix_kit_shop_products.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_products.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_shop_categories"
    -- if phoenix_kit_shop_categories.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_shop_categories.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_consent_logs"
    -- if phoenix_kit_consent_logs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_consent_logs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_scheduled_jobs"
    -- if phoenix_kit_scheduled_jobs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_scheduled_jobs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_scheduled_jobs.executed_at is not of type timestamp without time zone
    ALTER COLUMN "executed_at" TYPE timestamp,
    -- if phoenix_kit_scheduled_jobs.scheduled_at is not of type timestamp without time zone
    ALTER COLUMN "scheduled_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_admin_notes"
    -- if phoenix_kit_admin_notes.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_admin_notes.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_prompts"
    -- if phoenix_kit_ai_prompts.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_ai_prompts.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_ai_prompts.last_used_at is not of type timestamp without time zone
    ALTER COLUMN "last_used_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_sync_transfers"
    -- if phoenix_kit_sync_transfers.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_sync_transfers.completed_at is not of type timestamp without time zone
    ALTER COLUMN "completed_at" TYPE timestamp,
    -- if phoenix_kit_sync_transfers.started_at is not of type timestamp without time zone
    ALTER COLUMN "started_at" TYPE timestamp,
    -- if phoenix_kit_sync_transfers.approval_expires_at is not of type timestamp without time zone
    ALTER COLUMN "approval_expires_at" TYPE timestamp,
    -- if phoenix_kit_sync_transfers.denied_at is not of type timestamp without time zone
    ALTER COLUMN "denied_at" TYPE timestamp,
    -- if phoenix_kit_sync_transfers.approved_at is not of type timestamp without time zone
    ALTER COLUMN "approved_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_sync_connections"
    -- if phoenix_kit_sync_connections.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.last_transfer_at is not of type timestamp without time zone
    ALTER COLUMN "last_transfer_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.last_connected_at is not of type timestamp without time zone
    ALTER COLUMN "last_connected_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.revoked_at is not of type timestamp without time zone
    ALTER COLUMN "revoked_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.suspended_at is not of type timestamp without time zone
    ALTER COLUMN "suspended_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.approved_at is not of type timestamp without time zone
    ALTER COLUMN "approved_at" TYPE timestamp,
    -- if phoenix_kit_sync_connections.expires_at is not of type timestamp without time zone
    ALTER COLUMN "expires_at" TYPE timestamp;
-- if phoenix_kit_user_blocks_history.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- if phoenix_kit_user_connections_history.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- if phoenix_kit_user_follows_history.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- if phoenix_kit_user_blocks.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_connections"
    -- if phoenix_kit_user_connections.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_user_connections.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_user_connections.responded_at is not of type timestamp(0) without time zone
    ALTER COLUMN "responded_at" TYPE timestamp(0),
    -- if phoenix_kit_user_connections.requested_at is not of type timestamp(0) without time zone
    ALTER COLUMN "requested_at" TYPE timestamp(0);
-- if phoenix_kit_user_follows.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- if phoenix_kit_ticket_status_history.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ticket_attachments"
    -- if phoenix_kit_ticket_attachments.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_ticket_attachments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ticket_comments"
    -- if phoenix_kit_ticket_comments.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_ticket_comments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_tickets"
    -- if phoenix_kit_tickets.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_tickets.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_tickets.closed_at is not of type timestamp without time zone
    ALTER COLUMN "closed_at" TYPE timestamp,
    -- if phoenix_kit_tickets.resolved_at is not of type timestamp without time zone
    ALTER COLUMN "resolved_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_endpoints"
    -- if phoenix_kit_ai_endpoints.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_ai_endpoints.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_ai_endpoints.last_validated_at is not of type timestamp without time zone
    ALTER COLUMN "last_validated_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_webhook_events"
    -- if phoenix_kit_webhook_events.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_webhook_events.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_webhook_events.processed_at is not of type timestamp without time zone
    ALTER COLUMN "processed_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_provider_configs"
    -- if phoenix_kit_payment_provider_configs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_payment_provider_configs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_payment_provider_configs.last_verified_at is not of type timestamp without time zone
    ALTER COLUMN "last_verified_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_subscriptions"
    -- if phoenix_kit_subscriptions.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_subscriptions.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_subscriptions.last_renewal_attempt_at is not of type timestamp without time zone
    ALTER COLUMN "last_renewal_attempt_at" TYPE timestamp,
    -- if phoenix_kit_subscriptions.grace_period_end is not of type timestamp without time zone
    ALTER COLUMN "grace_period_end" TYPE timestamp,
    -- if phoenix_kit_subscriptions.trial_end is not of type timestamp without time zone
    ALTER COLUMN "trial_end" TYPE timestamp,
    -- if phoenix_kit_subscriptions.trial_start is not of type timestamp without time zone
    ALTER COLUMN "trial_start" TYPE timestamp,
    -- if phoenix_kit_subscriptions.cancelled_at is not of type timestamp without time zone
    ALTER COLUMN "cancelled_at" TYPE timestamp,
    -- if phoenix_kit_subscriptions.current_period_end is not of type timestamp without time zone
    ALTER COLUMN "current_period_end" TYPE timestamp,
    -- if phoenix_kit_subscriptions.current_period_start is not of type timestamp without time zone
    ALTER COLUMN "current_period_start" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_subscription_plans"
    -- if phoenix_kit_subscription_plans.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_subscription_plans.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_payment_methods"
    -- if phoenix_kit_payment_methods.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_payment_methods.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_requests"
    -- if phoenix_kit_ai_requests.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_ai_requests.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_ai_accounts"
    -- if phoenix_kit_ai_accounts.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_ai_accounts.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_ai_accounts.last_validated_at is not of type timestamp without time zone
    ALTER COLUMN "last_validated_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_transactions"
    -- if phoenix_kit_transactions.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_transactions.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_invoices"
    -- if phoenix_kit_invoices.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_invoices.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_invoices.voided_at is not of type timestamp without time zone
    ALTER COLUMN "voided_at" TYPE timestamp,
    -- if phoenix_kit_invoices.paid_at is not of type timestamp without time zone
    ALTER COLUMN "paid_at" TYPE timestamp,
    -- if phoenix_kit_invoices.sent_at is not of type timestamp without time zone
    ALTER COLUMN "sent_at" TYPE timestamp,
    -- if phoenix_kit_invoices.receipt_generated_at is not of type timestamp without time zone
    ALTER COLUMN "receipt_generated_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_orders"
    -- if phoenix_kit_orders.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_orders.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_orders.checkout_expires_at is not of type timestamp without time zone
    ALTER COLUMN "checkout_expires_at" TYPE timestamp,
    -- if phoenix_kit_orders.cancelled_at is not of type timestamp without time zone
    ALTER COLUMN "cancelled_at" TYPE timestamp,
    -- if phoenix_kit_orders.paid_at is not of type timestamp without time zone
    ALTER COLUMN "paid_at" TYPE timestamp,
    -- if phoenix_kit_orders.confirmed_at is not of type timestamp without time zone
    ALTER COLUMN "confirmed_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_billing_profiles"
    -- if phoenix_kit_billing_profiles.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_billing_profiles.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_currencies"
    -- if phoenix_kit_currencies.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_currencies.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_views"
    -- if phoenix_kit_post_views.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_views.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_post_views.viewed_at is not of type timestamp without time zone
    ALTER COLUMN "viewed_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_group_assignments"
    -- if phoenix_kit_post_group_assignments.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_group_assignments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_groups"
    -- if phoenix_kit_post_groups.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_groups.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_tag_assignments"
    -- if phoenix_kit_post_tag_assignments.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_tag_assignments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_tags"
    -- if phoenix_kit_post_tags.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_tags.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_mentions"
    -- if phoenix_kit_post_mentions.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_mentions.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_comments"
    -- if phoenix_kit_post_comments.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_comments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_likes"
    -- if phoenix_kit_post_likes.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_likes.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_post_media"
    -- if phoenix_kit_post_media.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_post_media.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_posts"
    -- if phoenix_kit_posts.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_posts.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_posts.published_at is not of type timestamp without time zone
    ALTER COLUMN "published_at" TYPE timestamp,
    -- if phoenix_kit_posts.scheduled_at is not of type timestamp without time zone
    ALTER COLUMN "scheduled_at" TYPE timestamp;
-- if phoenix_kit_audit_logs.inserted_at is not of type timestamp without time zone
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_metrics"
    -- if phoenix_kit_email_metrics.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_metrics.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_orphaned_events"
    -- if phoenix_kit_email_orphaned_events.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_orphaned_events.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_email_orphaned_events.matched_at is not of type timestamp without time zone
    ALTER COLUMN "matched_at" TYPE timestamp,
    -- if phoenix_kit_email_orphaned_events.received_at is not of type timestamp without time zone
    ALTER COLUMN "received_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_storage_dimensions"
    -- if phoenix_kit_storage_dimensions.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_storage_dimensions.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_file_locations"
    -- if phoenix_kit_file_locations.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_file_locations.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_file_locations.last_verified_at is not of type timestamp(0) without time zone
    ALTER COLUMN "last_verified_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_file_instances"
    -- if phoenix_kit_file_instances.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_file_instances.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_files"
    -- if phoenix_kit_files.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_files.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_buckets"
    -- if phoenix_kit_buckets.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_buckets.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_entity_data"
    -- if phoenix_kit_entity_data.date_updated is not of type timestamp without time zone
    ALTER COLUMN "date_updated" TYPE timestamp,
    -- if phoenix_kit_entity_data.date_created is not of type timestamp without time zone
    ALTER COLUMN "date_created" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_entities"
    -- if phoenix_kit_entities.date_updated is not of type timestamp without time zone
    ALTER COLUMN "date_updated" TYPE timestamp,
    -- if phoenix_kit_entities.date_created is not of type timestamp without time zone
    ALTER COLUMN "date_created" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_oauth_providers"
    -- if phoenix_kit_user_oauth_providers.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_user_oauth_providers.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_user_oauth_providers.token_expires_at is not of type timestamp without time zone
    ALTER COLUMN "token_expires_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_templates"
    -- if phoenix_kit_email_templates.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_templates.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_email_templates.last_used_at is not of type timestamp without time zone
    ALTER COLUMN "last_used_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_blocklist"
    -- if phoenix_kit_email_blocklist.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_blocklist.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_email_blocklist.expires_at is not of type timestamp without time zone
    ALTER COLUMN "expires_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_events"
    -- if phoenix_kit_email_events.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_events.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_email_events.occurred_at is not of type timestamp without time zone
    ALTER COLUMN "occurred_at" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_email_logs"
    -- if phoenix_kit_email_logs.updated_at is not of type timestamp without time zone
    ALTER COLUMN "updated_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.inserted_at is not of type timestamp without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.delayed_at is not of type timestamp without time zone
    ALTER COLUMN "delayed_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.failed_at is not of type timestamp without time zone
    ALTER COLUMN "failed_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.rejected_at is not of type timestamp without time zone
    ALTER COLUMN "rejected_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.queued_at is not of type timestamp without time zone
    ALTER COLUMN "queued_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.clicked_at is not of type timestamp without time zone
    ALTER COLUMN "clicked_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.opened_at is not of type timestamp without time zone
    ALTER COLUMN "opened_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.complained_at is not of type timestamp without time zone
    ALTER COLUMN "complained_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.bounced_at is not of type timestamp without time zone
    ALTER COLUMN "bounced_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.delivered_at is not of type timestamp without time zone
    ALTER COLUMN "delivered_at" TYPE timestamp,
    -- if phoenix_kit_email_logs.sent_at is not of type timestamp without time zone
    ALTER COLUMN "sent_at" TYPE timestamp;
-- if phoenix_kit_referral_code_usage.date_used is not of type timestamp without time zone
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "date_used" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_referral_codes"
    -- if phoenix_kit_referral_codes.expiration_date is not of type timestamp without time zone
    ALTER COLUMN "expiration_date" TYPE timestamp,
    -- if phoenix_kit_referral_codes.date_created is not of type timestamp without time zone
    ALTER COLUMN "date_created" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_settings"
    -- if phoenix_kit_settings.date_updated is not of type timestamp without time zone
    ALTER COLUMN "date_updated" TYPE timestamp,
    -- if phoenix_kit_settings.date_added is not of type timestamp without time zone
    ALTER COLUMN "date_added" TYPE timestamp;
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_role_assignments"
    -- if phoenix_kit_user_role_assignments.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_user_role_assignments.assigned_at is not of type timestamp(0) without time zone
    ALTER COLUMN "assigned_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_user_roles"
    -- if phoenix_kit_user_roles.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_user_roles.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- if phoenix_kit_users_tokens.inserted_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "inserted_at" TYPE timestamp(0);
-- each part only if its guard holds:
ALTER TABLE "public"."phoenix_kit_users"
    -- if phoenix_kit_users.updated_at is not of type timestamp(0) without time zone
    ALTER COLUMN "updated_at" TYPE timestamp(0),
    -- if phoenix_kit_users.inserted_at is not of type timestamp(0) without time zone
    ALTER COLUMN "inserted_at" TYPE timestamp(0),
    -- if phoenix_kit_users.confirmed_at is not of type timestamp(0) without time zone
    ALTER COLUMN "confirmed_at" TYPE timestamp(0);
-- if phoenix_kit.migrated_at is not of type timestamp(0) without time zone
ALTER TABLE "public"."phoenix_kit" ALTER COLUMN "migrated_at" TYPE timestamp(0);
COMMENT ON TABLE "public"."phoenix_kit" IS '57';
COMMIT;

-- V57 UUID FK constraints (V56's constraint phase)
BEGIN;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP CONSTRAINT IF EXISTS "fk_referral_code_usage_code_uuid";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "fk_sync_transfers_connection_uuid";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "fk_ai_requests_prompt_uuid";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "fk_ai_requests_endpoint_uuid";
ALTER TABLE "public"."phoenix_kit_email_events" DROP CONSTRAINT IF EXISTS "fk_email_events_email_log_uuid";
ALTER TABLE "public"."phoenix_kit_transactions" DROP CONSTRAINT IF EXISTS "fk_transactions_invoice_uuid";
ALTER TABLE "public"."phoenix_kit_invoices" DROP CONSTRAINT IF EXISTS "fk_invoices_order_uuid";
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "fk_orders_billing_profile_uuid";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP CONSTRAINT IF EXISTS "fk_shop_categories_featured_product_uuid";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP CONSTRAINT IF EXISTS "fk_shop_categories_parent_uuid";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP CONSTRAINT IF EXISTS "fk_shop_products_category_uuid";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "fk_shop_carts_payment_option_uuid";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "fk_shop_carts_shipping_method_uuid";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP CONSTRAINT IF EXISTS "fk_shop_cart_items_product_uuid";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP CONSTRAINT IF EXISTS "fk_shop_cart_items_cart_uuid";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP CONSTRAINT IF EXISTS "fk_entity_data_entity_uuid";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP CONSTRAINT IF EXISTS "fk_role_permissions_role_uuid";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "fk_user_role_assignments_role_uuid";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP CONSTRAINT IF EXISTS "fk_role_permissions_granted_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "fk_sync_transfers_initiated_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "fk_sync_transfers_denied_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP CONSTRAINT IF EXISTS "fk_sync_transfers_approved_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "fk_sync_connections_created_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "fk_sync_connections_revoked_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "fk_sync_connections_suspended_by_uuid";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP CONSTRAINT IF EXISTS "fk_sync_connections_approved_by_uuid";
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP CONSTRAINT IF EXISTS "fk_shop_import_logs_user_uuid";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP CONSTRAINT IF EXISTS "fk_shop_products_created_by_uuid";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP CONSTRAINT IF EXISTS "fk_shop_carts_user_uuid";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "fk_ai_requests_user_uuid";
ALTER TABLE "public"."phoenix_kit_transactions" DROP CONSTRAINT IF EXISTS "fk_transactions_user_uuid";
ALTER TABLE "public"."phoenix_kit_invoices" DROP CONSTRAINT IF EXISTS "fk_invoices_user_uuid";
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "fk_orders_user_uuid";
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP CONSTRAINT IF EXISTS "fk_billing_profiles_user_uuid";
ALTER TABLE "public"."phoenix_kit_comments_dislikes" DROP CONSTRAINT IF EXISTS "fk_comments_dislikes_user_uuid";
ALTER TABLE "public"."phoenix_kit_comments_likes" DROP CONSTRAINT IF EXISTS "fk_comments_likes_user_uuid";
ALTER TABLE "public"."phoenix_kit_comments" DROP CONSTRAINT IF EXISTS "fk_comments_user_uuid";
ALTER TABLE "public"."phoenix_kit_files" DROP CONSTRAINT IF EXISTS "fk_files_user_uuid";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "fk_user_connections_history_actor_uuid";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "fk_user_connections_history_user_b_uuid";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP CONSTRAINT IF EXISTS "fk_user_connections_history_user_a_uuid";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP CONSTRAINT IF EXISTS "fk_user_connections_recipient_uuid";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP CONSTRAINT IF EXISTS "fk_user_connections_requester_uuid";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP CONSTRAINT IF EXISTS "fk_user_follows_history_followed_uuid";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP CONSTRAINT IF EXISTS "fk_user_follows_history_follower_uuid";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP CONSTRAINT IF EXISTS "fk_user_follows_followed_uuid";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP CONSTRAINT IF EXISTS "fk_user_follows_follower_uuid";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP CONSTRAINT IF EXISTS "fk_user_blocks_history_blocked_uuid";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP CONSTRAINT IF EXISTS "fk_user_blocks_history_blocker_uuid";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP CONSTRAINT IF EXISTS "fk_user_blocks_blocked_uuid";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP CONSTRAINT IF EXISTS "fk_user_blocks_blocker_uuid";
ALTER TABLE "public"."phoenix_kit_ticket_status_history" DROP CONSTRAINT IF EXISTS "fk_ticket_status_history_changed_by_uuid";
ALTER TABLE "public"."phoenix_kit_ticket_comments" DROP CONSTRAINT IF EXISTS "fk_ticket_comments_user_uuid";
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "fk_tickets_assigned_to_uuid";
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "fk_tickets_user_uuid";
ALTER TABLE "public"."phoenix_kit_comment_dislikes" DROP CONSTRAINT IF EXISTS "fk_comment_dislikes_user_uuid";
ALTER TABLE "public"."phoenix_kit_comment_likes" DROP CONSTRAINT IF EXISTS "fk_comment_likes_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_groups" DROP CONSTRAINT IF EXISTS "fk_post_groups_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_mentions" DROP CONSTRAINT IF EXISTS "fk_post_mentions_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_views" DROP CONSTRAINT IF EXISTS "fk_post_views_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_dislikes" DROP CONSTRAINT IF EXISTS "fk_post_dislikes_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_likes" DROP CONSTRAINT IF EXISTS "fk_post_likes_user_uuid";
ALTER TABLE "public"."phoenix_kit_post_comments" DROP CONSTRAINT IF EXISTS "fk_post_comments_user_uuid";
ALTER TABLE "public"."phoenix_kit_posts" DROP CONSTRAINT IF EXISTS "fk_posts_user_uuid";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP CONSTRAINT IF EXISTS "fk_user_oauth_providers_user_uuid";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP CONSTRAINT IF EXISTS "fk_admin_notes_author_uuid";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP CONSTRAINT IF EXISTS "fk_admin_notes_user_uuid";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "fk_user_role_assignments_assigned_by_uuid";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP CONSTRAINT IF EXISTS "fk_user_role_assignments_user_uuid";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP CONSTRAINT IF EXISTS "fk_users_tokens_user_uuid";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "code_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "email_log_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "cart_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "entity_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "used_by_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "created_by_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "created_by_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "created_by_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "actor_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_b_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections_history" ALTER COLUMN "user_a_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "recipient_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_connections" ALTER COLUMN "requester_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "followed_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows_history" ALTER COLUMN "follower_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "followed_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_follows" ALTER COLUMN "follower_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocked_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks_history" ALTER COLUMN "blocker_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocked_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_blocks" ALTER COLUMN "blocker_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_status_history" ALTER COLUMN "changed_by_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_ticket_comments" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_dislikes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_comment_likes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_groups" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_mentions" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_dislikes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_likes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_post_comments" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_posts" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "admin_user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "target_user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "author_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "user_uuid" DROP NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '56';
COMMIT;

-- V56 UUID consistency and UUID FK companion columns
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_oauth_providers_user_uuid_provider_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_role_permissions_role_uuid_module_key_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_role_assignments_user_uuid_role_uuid_idx";
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "role_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "role_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "user_id" SET NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_code_usage_code_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "code_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_connection_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "connection_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_prompt_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "prompt_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_endpoint_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "endpoint_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_events_email_log_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "email_log_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_subscriptions_payment_method_uuid_idx";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "payment_method_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_subscriptions_billing_profile_uuid_idx";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "billing_profile_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_transactions_invoice_uuid_idx";
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "invoice_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_invoices_order_uuid_idx";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "order_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_orders_billing_profile_uuid_idx";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "billing_profile_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_categories_featured_product_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "featured_product_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_categories_parent_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "parent_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_products_category_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "category_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_carts_payment_option_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "payment_option_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_carts_merged_into_cart_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "merged_into_cart_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_carts_shipping_method_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "shipping_method_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_cart_items_product_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "product_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_cart_items_cart_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "cart_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_entity_data_entity_uuid_idx";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "entity_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_role_permissions_role_uuid_idx";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP COLUMN IF EXISTS "role_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_role_assignments_role_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "role_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_consent_logs_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_consent_logs" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_code_usage_used_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "used_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_codes_beneficiary_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "beneficiary_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_codes_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "created_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_templates_updated_by_user_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_templates_created_by_user_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_blocklist_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_blocklist" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_logs_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_entity_data_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "created_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_entities_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_entities" DROP COLUMN IF EXISTS "created_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_initiated_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "initiated_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_denied_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "denied_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_approved_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_transfers" DROP COLUMN IF EXISTS "approved_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_connections_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "created_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_connections_revoked_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "revoked_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_connections_suspended_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "suspended_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_connections_approved_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_sync_connections" DROP COLUMN IF EXISTS "approved_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_payment_methods_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_payment_methods" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_subscriptions_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_transactions_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_invoices_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_orders_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_billing_profiles_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_import_logs_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_products_created_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "created_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_carts_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_shop_carts" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_files_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_files" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_connections_history_actor_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "actor_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_connections_history_user_b_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "user_b_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_connections_history_user_a_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_connections_history" DROP COLUMN IF EXISTS "user_a_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_connections_recipient_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP COLUMN IF EXISTS "recipient_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_connections_requester_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_connections" DROP COLUMN IF EXISTS "requester_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_follows_history_followed_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP COLUMN IF EXISTS "followed_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_follows_history_follower_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_follows_history" DROP COLUMN IF EXISTS "follower_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_follows_followed_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP COLUMN IF EXISTS "followed_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_follows_follower_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_follows" DROP COLUMN IF EXISTS "follower_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_blocks_history_blocked_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP COLUMN IF EXISTS "blocked_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_blocks_history_blocker_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_blocks_history" DROP COLUMN IF EXISTS "blocker_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_blocks_blocked_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP COLUMN IF EXISTS "blocked_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_blocks_blocker_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_blocks" DROP COLUMN IF EXISTS "blocker_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ticket_status_history_changed_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ticket_status_history" DROP COLUMN IF EXISTS "changed_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_ticket_comments_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ticket_comments" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_tickets_assigned_to_uuid_idx";
ALTER TABLE "public"."phoenix_kit_tickets" DROP COLUMN IF EXISTS "assigned_to_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_tickets_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_tickets" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_comment_dislikes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_comment_dislikes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_comment_likes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_comment_likes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_groups_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_groups" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_mentions_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_mentions" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_views_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_views" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_dislikes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_dislikes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_likes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_likes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_post_comments_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_post_comments" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_posts_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_posts" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_comments_dislikes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_comments_dislikes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_comments_likes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_comments_likes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_comments_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_comments" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_role_permissions_granted_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_role_permissions" DROP COLUMN IF EXISTS "granted_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_audit_logs_admin_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "admin_user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_audit_logs_target_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "target_user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_oauth_providers_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_admin_notes_author_uuid_idx";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "author_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_admin_notes_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_role_assignments_assigned_by_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "assigned_by_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_user_role_assignments_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "user_uuid";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_tokens_user_uuid_idx";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "user_uuid";
ALTER TABLE "public"."phoenix_kit_comments_dislikes" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_comments_likes" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_comments" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
DROP INDEX IF EXISTS "public"."phoenix_kit_email_templates_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_payment_options_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_cart_items_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_carts_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_shipping_methods_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_products_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_categories_uuid_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_sync_connections_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_templates" ALTER COLUMN "uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ALTER COLUMN "uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ALTER COLUMN "uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_config" ALTER COLUMN "uuid" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_email_templates" ALTER COLUMN "uuid" DROP DEFAULT;
ALTER TABLE "public"."phoenix_kit_role_permissions" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_import_configs" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_import_logs" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_config" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_payment_options" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_cart_items" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_carts" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_shipping_methods" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_products" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_shop_categories" ALTER COLUMN "uuid" SET DEFAULT gen_random_uuid();
ALTER TABLE "public"."phoenix_kit_consent_logs" DROP COLUMN IF EXISTS "uuid";
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
COMMENT ON TABLE "public"."phoenix_kit" IS '55';
COMMIT;

-- V55 Standalone comments
BEGIN;
DELETE FROM "public"."phoenix_kit_role_permissions" WHERE module_key = 'comments';
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('comments_enabled'), ('comments_moderation'), ('comments_max_depth'), ('comments_max_length'));
DROP TABLE IF EXISTS "public"."phoenix_kit_comments_dislikes";
DROP TABLE IF EXISTS "public"."phoenix_kit_comments_likes";
DROP TABLE IF EXISTS "public"."phoenix_kit_comments";
COMMENT ON TABLE "public"."phoenix_kit" IS '54';
COMMIT;

-- V54 Category featured product; import configs download_images
BEGIN;
ALTER TABLE "public"."phoenix_kit_shop_import_configs" DROP COLUMN IF EXISTS "download_images";
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "image_url" text;
DROP INDEX IF EXISTS "public"."idx_shop_categories_featured_product";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP CONSTRAINT IF EXISTS "phoenix_kit_shop_categories_featured_product_id_fkey";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "featured_product_id";
COMMENT ON TABLE "public"."phoenix_kit" IS '53';
COMMIT;

-- V53 Role permissions
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_role_permissions";
COMMENT ON TABLE "public"."phoenix_kit" IS '52';
COMMIT;

-- V52 Localized slug functional unique index
BEGIN;
DROP INDEX IF EXISTS "public"."idx_shop_categories_slug_primary";
DROP INDEX IF EXISTS "public"."idx_shop_products_slug_primary";
DROP FUNCTION IF EXISTS "public"."extract_primary_slug"(slug_jsonb jsonb);
COMMENT ON TABLE "public"."phoenix_kit" IS '51';
COMMIT;

-- V51 Cart items unique index with selected specs; user FKs ON DELETE SET NULL
BEGIN;
ALTER TABLE "public"."phoenix_kit_tickets" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_tickets" DROP CONSTRAINT IF EXISTS "phoenix_kit_tickets_user_id_fkey";
-- if phoenix_kit_tickets has no constraint phoenix_kit_tickets_user_id_fkey
ALTER TABLE "public"."phoenix_kit_tickets" ADD CONSTRAINT "phoenix_kit_tickets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE;
ALTER TABLE "public"."phoenix_kit_billing_profiles" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP CONSTRAINT IF EXISTS "phoenix_kit_billing_profiles_user_id_fkey";
-- if phoenix_kit_billing_profiles has no constraint phoenix_kit_billing_profiles_user_id_fkey
ALTER TABLE "public"."phoenix_kit_billing_profiles" ADD CONSTRAINT "phoenix_kit_billing_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE CASCADE;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_orders" DROP CONSTRAINT IF EXISTS "phoenix_kit_orders_user_id_fkey";
-- if phoenix_kit_orders has no constraint phoenix_kit_orders_user_id_fkey
ALTER TABLE "public"."phoenix_kit_orders" ADD CONSTRAINT "phoenix_kit_orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."phoenix_kit_users"("id") ON DELETE RESTRICT;
DROP INDEX IF EXISTS "public"."idx_shop_cart_items_unique";
CREATE UNIQUE INDEX IF NOT EXISTS "idx_shop_cart_items_unique" ON "public"."phoenix_kit_shop_cart_items" ("cart_id", "product_id") WHERE variant_id IS NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '50';
COMMIT;

-- V50 Bucket access_type
BEGIN;
SET LOCAL "lock_timeout" = '10s';
ALTER TABLE "public"."phoenix_kit_buckets" DROP COLUMN IF EXISTS "access_type";
SET LOCAL "lock_timeout" = '0';
COMMENT ON TABLE "public"."phoenix_kit" IS '49';
COMMIT;

-- V49 Shop import enhancements
BEGIN;
ALTER TABLE "public"."phoenix_kit_shop_import_logs" DROP COLUMN IF EXISTS "product_ids";
ALTER TABLE "public"."phoenix_kit_shop_import_configs" DROP COLUMN IF EXISTS "option_mappings";
COMMENT ON TABLE "public"."phoenix_kit" IS '48';
COMMIT;

-- V48 Post & comment dislikes
BEGIN;
ALTER TABLE "public"."phoenix_kit_post_comments" DROP COLUMN IF EXISTS "dislike_count";
ALTER TABLE "public"."phoenix_kit_posts" DROP COLUMN IF EXISTS "dislike_count";
DROP TABLE IF EXISTS "public"."phoenix_kit_comment_dislikes";
DROP TABLE IF EXISTS "public"."phoenix_kit_comment_likes";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_dislikes";
COMMENT ON TABLE "public"."phoenix_kit" IS '47';
COMMIT;

-- V47 Shop localized fields
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_categories_slug_gin_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_shop_products_slug_gin_idx";
-- if phoenix_kit_shop_categories.description exists and phoenix_kit_shop_categories.description_new does not
ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "description" TO "description_new";
-- if phoenix_kit_shop_categories.slug exists and phoenix_kit_shop_categories.slug_new does not
ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "slug" TO "slug_new";
-- if phoenix_kit_shop_categories.name exists and phoenix_kit_shop_categories.name_new does not
ALTER TABLE "public"."phoenix_kit_shop_categories" RENAME COLUMN "name" TO "name_new";
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "name" varchar(255);
UPDATE "public"."phoenix_kit_shop_categories" SET name = COALESCE(name_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), '');
ALTER TABLE "public"."phoenix_kit_shop_categories" ALTER COLUMN "name" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "slug" varchar(255);
UPDATE "public"."phoenix_kit_shop_categories" SET slug = COALESCE(slug_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), '');
ALTER TABLE "public"."phoenix_kit_shop_categories" ALTER COLUMN "slug" SET NOT NULL;
-- if phoenix_kit_shop_categories has no constraint phoenix_kit_shop_categories_slug_unique
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD CONSTRAINT "phoenix_kit_shop_categories_slug_unique" UNIQUE ("slug");
CREATE INDEX IF NOT EXISTS "idx_shop_categories_slug" ON "public"."phoenix_kit_shop_categories" ("slug");
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "description" text;
UPDATE "public"."phoenix_kit_shop_categories" SET description = description_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en');
ALTER TABLE "public"."phoenix_kit_shop_categories" ADD COLUMN IF NOT EXISTS "translations" jsonb DEFAULT '{}';
UPDATE "public"."phoenix_kit_shop_categories" SET translations = COALESCE((SELECT jsonb_object_agg(lang, jsonb_strip_nulls(jsonb_build_object('name', name_new->lang, 'slug', slug_new->lang, 'description', description_new->lang))) FROM (SELECT jsonb_object_keys(name_new) UNION SELECT jsonb_object_keys(slug_new) UNION SELECT jsonb_object_keys(description_new)) AS langs(lang) WHERE lang <> COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en')), '{}'::jsonb);
CREATE INDEX IF NOT EXISTS "idx_shop_categories_translations" ON "public"."phoenix_kit_shop_categories" USING gin ("translations");
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "description_new";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "slug_new";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "name_new";
-- if phoenix_kit_shop_products.seo_description exists and phoenix_kit_shop_products.seo_description_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "seo_description" TO "seo_description_new";
-- if phoenix_kit_shop_products.seo_title exists and phoenix_kit_shop_products.seo_title_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "seo_title" TO "seo_title_new";
-- if phoenix_kit_shop_products.body_html exists and phoenix_kit_shop_products.body_html_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "body_html" TO "body_html_new";
-- if phoenix_kit_shop_products.description exists and phoenix_kit_shop_products.description_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "description" TO "description_new";
-- if phoenix_kit_shop_products.slug exists and phoenix_kit_shop_products.slug_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "slug" TO "slug_new";
-- if phoenix_kit_shop_products.title exists and phoenix_kit_shop_products.title_new does not
ALTER TABLE "public"."phoenix_kit_shop_products" RENAME COLUMN "title" TO "title_new";
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "title" varchar(255);
UPDATE "public"."phoenix_kit_shop_products" SET title = COALESCE(title_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), '');
ALTER TABLE "public"."phoenix_kit_shop_products" ALTER COLUMN "title" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "slug" varchar(255);
UPDATE "public"."phoenix_kit_shop_products" SET slug = COALESCE(slug_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en'), '');
ALTER TABLE "public"."phoenix_kit_shop_products" ALTER COLUMN "slug" SET NOT NULL;
-- if phoenix_kit_shop_products has no constraint phoenix_kit_shop_products_slug_unique
ALTER TABLE "public"."phoenix_kit_shop_products" ADD CONSTRAINT "phoenix_kit_shop_products_slug_unique" UNIQUE ("slug");
CREATE INDEX IF NOT EXISTS "idx_shop_products_slug" ON "public"."phoenix_kit_shop_products" ("slug");
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "description" text;
UPDATE "public"."phoenix_kit_shop_products" SET description = description_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en');
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "body_html" text;
UPDATE "public"."phoenix_kit_shop_products" SET body_html = body_html_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en');
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "seo_title" varchar(255);
UPDATE "public"."phoenix_kit_shop_products" SET seo_title = seo_title_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en');
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "seo_description" text;
UPDATE "public"."phoenix_kit_shop_products" SET seo_description = seo_description_new->>COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en');
ALTER TABLE "public"."phoenix_kit_shop_products" ADD COLUMN IF NOT EXISTS "translations" jsonb DEFAULT '{}';
UPDATE "public"."phoenix_kit_shop_products" SET translations = COALESCE((SELECT jsonb_object_agg(lang, jsonb_strip_nulls(jsonb_build_object('title', title_new->lang, 'slug', slug_new->lang, 'description', description_new->lang, 'body_html', body_html_new->lang, 'seo_title', seo_title_new->lang, 'seo_description', seo_description_new->lang))) FROM (SELECT jsonb_object_keys(title_new) UNION SELECT jsonb_object_keys(slug_new) UNION SELECT jsonb_object_keys(description_new) UNION SELECT jsonb_object_keys(body_html_new) UNION SELECT jsonb_object_keys(seo_title_new) UNION SELECT jsonb_object_keys(seo_description_new)) AS langs(lang) WHERE lang <> COALESCE((SELECT value FROM "public".phoenix_kit_settings WHERE key = 'default_language'), 'en')), '{}'::jsonb);
CREATE INDEX IF NOT EXISTS "idx_shop_products_translations" ON "public"."phoenix_kit_shop_products" USING gin ("translations");
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "seo_description_new";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "seo_title_new";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "body_html_new";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "description_new";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "slug_new";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "title_new";
COMMENT ON TABLE "public"."phoenix_kit" IS '46';
COMMIT;

-- V46 Shop config, import and translations
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_import_configs";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_import_logs";
DROP INDEX IF EXISTS "public"."idx_shop_cart_items_selected_specs";
ALTER TABLE "public"."phoenix_kit_shop_cart_items" DROP COLUMN IF EXISTS "selected_specs";
DROP INDEX IF EXISTS "public"."idx_shop_categories_translations";
DROP INDEX IF EXISTS "public"."idx_shop_products_translations";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "translations";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "image_ids";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "featured_image_id";
ALTER TABLE "public"."phoenix_kit_shop_products" DROP COLUMN IF EXISTS "made_to_order";
DROP INDEX IF EXISTS "public"."idx_shop_categories_status";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "translations";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "status";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "image_id";
ALTER TABLE "public"."phoenix_kit_shop_categories" DROP COLUMN IF EXISTS "option_schema";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_config";
COMMENT ON TABLE "public"."phoenix_kit" IS '45';
COMMIT;

-- V45 Shop module
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('shop_enabled'), ('shop_currency'), ('shop_tax_enabled'), ('shop_tax_rate'), ('shop_inventory_tracking'));
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_cart_items";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_carts";
DROP TABLE IF EXISTS "public"."phoenix_kit_payment_options";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_shipping_methods";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_products";
DROP TABLE IF EXISTS "public"."phoenix_kit_shop_categories";
COMMENT ON TABLE "public"."phoenix_kit" IS '44';
COMMIT;

-- V44 DB Sync → Sync rename
BEGIN;
UPDATE "public"."phoenix_kit_settings" SET key = 'db_sync_incoming_password' WHERE key = 'sync_incoming_password' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'db_sync_incoming_password');
UPDATE "public"."phoenix_kit_settings" SET key = 'db_sync_incoming_mode' WHERE key = 'sync_incoming_mode' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'db_sync_incoming_mode');
UPDATE "public"."phoenix_kit_settings" SET key = 'db_sync_enabled' WHERE key = 'sync_enabled' AND NOT EXISTS (SELECT 1 FROM "public".phoenix_kit_settings WHERE key = 'db_sync_enabled');
COMMENT ON TABLE "public"."phoenix_kit_sync_transfers" IS 'Track all data transfers (uploads and downloads) with approval workflow';
COMMENT ON TABLE "public"."phoenix_kit_sync_connections" IS 'Permanent connections between PhoenixKit instances for data sync';
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_approval_idx" RENAME TO "phoenix_kit_db_sync_transfers_approval_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_inserted_at_idx" RENAME TO "phoenix_kit_db_sync_transfers_inserted_at_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_initiated_by_idx" RENAME TO "phoenix_kit_db_sync_transfers_initiated_by_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_status_idx" RENAME TO "phoenix_kit_db_sync_transfers_status_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_connection_id_idx" RENAME TO "phoenix_kit_db_sync_transfers_connection_id_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_transfers_direction_idx" RENAME TO "phoenix_kit_db_sync_transfers_direction_idx";
ALTER TABLE IF EXISTS "public"."phoenix_kit_sync_transfers" RENAME TO "phoenix_kit_db_sync_transfers";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_connections_expires_at_idx" RENAME TO "phoenix_kit_db_sync_connections_expires_at_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_connections_direction_idx" RENAME TO "phoenix_kit_db_sync_connections_direction_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_connections_status_idx" RENAME TO "phoenix_kit_db_sync_connections_status_idx";
ALTER INDEX IF EXISTS "public"."phoenix_kit_sync_connections_site_direction_uidx" RENAME TO "phoenix_kit_db_sync_connections_site_direction_uidx";
ALTER TABLE IF EXISTS "public"."phoenix_kit_sync_connections" RENAME TO "phoenix_kit_db_sync_connections";
COMMENT ON TABLE "public"."phoenix_kit" IS '43';
COMMIT;

-- V43 Legal module
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('legal_frameworks'), ('legal_company_info'), ('legal_dpo_contact'));
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('legal_enabled'), ('legal_consent_widget_enabled'), ('legal_cookie_banner_position'));
DROP TABLE IF EXISTS "public"."phoenix_kit_consent_logs";
COMMENT ON TABLE "public"."phoenix_kit" IS '42';
COMMIT;

-- V42 Scheduled jobs
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_scheduled_jobs";
COMMENT ON TABLE "public"."phoenix_kit" IS '41';
COMMIT;

-- V41 AI prompt tracking & reasoning
BEGIN;
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_exclude" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_max_tokens" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_effort" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_endpoints"."reasoning_enabled" IS NULL;
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "reasoning_exclude";
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "reasoning_max_tokens";
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "reasoning_effort";
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "reasoning_enabled";
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."prompt_name" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."prompt_id" IS NULL;
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_prompt_id_fkey";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_prompt_id_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "prompt_name";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "prompt_id";
COMMENT ON TABLE "public"."phoenix_kit" IS '40';
COMMIT;

-- V40 UUID column for 33 legacy tables
BEGIN;
ALTER TABLE "public"."phoenix_kit_admin_notes" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_admin_notes_uuid_idx";
ALTER TABLE "public"."phoenix_kit_admin_notes" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_db_sync_transfers" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_db_sync_transfers_uuid_idx";
ALTER TABLE "public"."phoenix_kit_db_sync_transfers" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_db_sync_connections" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_db_sync_connections_uuid_idx";
ALTER TABLE "public"."phoenix_kit_db_sync_connections" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_ai_prompts" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_prompts_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_prompts" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_ai_requests" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_ai_endpoints" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_endpoints_uuid_idx";
ALTER TABLE "public"."phoenix_kit_ai_endpoints" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_webhook_events" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_webhook_events_uuid_idx";
ALTER TABLE "public"."phoenix_kit_webhook_events" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_payment_provider_configs_uuid_idx";
ALTER TABLE "public"."phoenix_kit_payment_provider_configs" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_subscriptions" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_subscriptions_uuid_idx";
ALTER TABLE "public"."phoenix_kit_subscriptions" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_subscription_plans" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_subscription_plans_uuid_idx";
ALTER TABLE "public"."phoenix_kit_subscription_plans" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_payment_methods" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_payment_methods_uuid_idx";
ALTER TABLE "public"."phoenix_kit_payment_methods" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_transactions" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_transactions_uuid_idx";
ALTER TABLE "public"."phoenix_kit_transactions" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_invoices" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_invoices_uuid_idx";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_orders_uuid_idx";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_billing_profiles" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_billing_profiles_uuid_idx";
ALTER TABLE "public"."phoenix_kit_billing_profiles" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_currencies" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_currencies_uuid_idx";
ALTER TABLE "public"."phoenix_kit_currencies" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_audit_logs" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_audit_logs_uuid_idx";
ALTER TABLE "public"."phoenix_kit_audit_logs" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_entity_data" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_entity_data_uuid_idx";
ALTER TABLE "public"."phoenix_kit_entity_data" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_entities" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_entities_uuid_idx";
ALTER TABLE "public"."phoenix_kit_entities" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_user_oauth_providers_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_oauth_providers" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_email_metrics" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_metrics_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_metrics" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_orphaned_events_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_orphaned_events" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_email_blocklist" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_blocklist_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_blocklist" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_email_events" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_events_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_email_logs" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_logs_uuid_idx";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_code_usage_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_code_usage" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_referral_codes_uuid_idx";
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_settings_uuid_idx";
ALTER TABLE "public"."phoenix_kit_settings" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_user_role_assignments_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_role_assignments" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_user_roles" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_user_roles_uuid_idx";
ALTER TABLE "public"."phoenix_kit_user_roles" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_tokens_uuid_idx";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "uuid";
ALTER TABLE "public"."phoenix_kit_users" ALTER COLUMN "uuid" DROP NOT NULL;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_uuid_idx";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "uuid";
DROP FUNCTION IF EXISTS "public"."uuid_generate_v7"();
COMMENT ON TABLE "public"."phoenix_kit" IS '39';
COMMIT;

-- V39 Admin notes
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_admin_notes";
COMMENT ON TABLE "public"."phoenix_kit" IS '38';
COMMIT;

-- V38 AI prompts
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_ai_prompts";
COMMENT ON TABLE "public"."phoenix_kit" IS '37';
COMMIT;

-- V37 DB Sync connections & transfers
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_db_sync_transfers";
DROP TABLE IF EXISTS "public"."phoenix_kit_db_sync_connections";
COMMENT ON TABLE "public"."phoenix_kit" IS '36';
COMMIT;

-- V36 Connections
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('connections_enabled'));
DROP TABLE IF EXISTS "public"."phoenix_kit_user_blocks_history";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_connections_history";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_follows_history";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_blocks";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_connections";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_follows";
COMMENT ON TABLE "public"."phoenix_kit" IS '35';
COMMIT;

-- V35 Support tickets
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('tickets_enabled'), ('tickets_per_page'), ('tickets_comments_enabled'), ('tickets_internal_notes_enabled'), ('tickets_attachments_enabled'), ('tickets_allow_reopen'));
DELETE FROM "public"."phoenix_kit_user_roles" WHERE name = 'SupportAgent' AND NOT EXISTS (
            SELECT 1 FROM "public".phoenix_kit_user_role_assignments a
            WHERE a.role_id = phoenix_kit_user_roles.id);
DROP TABLE IF EXISTS "public"."phoenix_kit_ticket_status_history";
DROP TABLE IF EXISTS "public"."phoenix_kit_ticket_attachments";
DROP TABLE IF EXISTS "public"."phoenix_kit_ticket_comments";
DROP TABLE IF EXISTS "public"."phoenix_kit_tickets";
COMMENT ON TABLE "public"."phoenix_kit" IS '34';
COMMIT;

-- V34 AI endpoints
BEGIN;
INSERT INTO "public"."phoenix_kit_settings" ("key", "value_json", "module", "date_added", "date_updated") VALUES ('ai_text_processing_slots', '{"slots":[{"account_id":null,"description":"","enabled":false,"max_tokens":1000,"model":"","name":"Slot 1","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":2000,"model":"","name":"Slot 2","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":4000,"model":"","name":"Slot 3","temperature":0.7}]}', 'ai', NOW(), NOW()) ON CONFLICT ("key") DO NOTHING;
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."endpoint_name" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_ai_requests"."endpoint_id" IS NULL;
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP CONSTRAINT IF EXISTS "phoenix_kit_ai_requests_endpoint_id_fkey";
DROP INDEX IF EXISTS "public"."phoenix_kit_ai_requests_endpoint_id_idx";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "endpoint_name";
ALTER TABLE "public"."phoenix_kit_ai_requests" DROP COLUMN IF EXISTS "endpoint_id";
DROP TABLE IF EXISTS "public"."phoenix_kit_ai_endpoints";
COMMENT ON TABLE "public"."phoenix_kit" IS '33';
COMMIT;

-- V33 Payment providers & subscriptions
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('billing_stripe_enabled'), ('billing_paypal_enabled'), ('billing_razorpay_enabled'), ('billing_subscription_grace_days'), ('billing_dunning_max_attempts'), ('billing_dunning_retry_days'));
DROP INDEX IF EXISTS "public"."phoenix_kit_invoices_subscription_id_idx";
ALTER TABLE "public"."phoenix_kit_invoices" DROP COLUMN IF EXISTS "subscription_id";
UPDATE "public"."phoenix_kit_orders" SET payment_method = 'bank' WHERE payment_method IS NULL;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "payment_method" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_orders" ALTER COLUMN "payment_method" SET DEFAULT 'bank';
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "checkout_expires_at";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "checkout_url";
ALTER TABLE "public"."phoenix_kit_orders" DROP COLUMN IF EXISTS "checkout_session_id";
DROP TABLE IF EXISTS "public"."phoenix_kit_webhook_events";
DROP TABLE IF EXISTS "public"."phoenix_kit_payment_provider_configs";
DROP TABLE IF EXISTS "public"."phoenix_kit_subscriptions";
DROP TABLE IF EXISTS "public"."phoenix_kit_subscription_plans";
DROP TABLE IF EXISTS "public"."phoenix_kit_payment_methods";
COMMENT ON TABLE "public"."phoenix_kit" IS '32';
COMMIT;

-- V32 AI system
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('ai_text_processing_slots'));
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('ai_enabled'));
DROP TABLE IF EXISTS "public"."phoenix_kit_ai_requests";
DROP TABLE IF EXISTS "public"."phoenix_kit_ai_accounts";
COMMENT ON TABLE "public"."phoenix_kit" IS '31';
COMMIT;

-- V31 Billing phase 1
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('billing_enabled'), ('billing_default_currency'), ('billing_tax_enabled'), ('billing_default_tax_rate'), ('billing_invoice_prefix'), ('billing_order_prefix'), ('billing_receipt_prefix'), ('billing_invoice_due_days'), ('billing_transaction_prefix'));
DROP TABLE IF EXISTS "public"."phoenix_kit_transactions";
DROP TABLE IF EXISTS "public"."phoenix_kit_invoices";
DROP TABLE IF EXISTS "public"."phoenix_kit_orders";
DROP TABLE IF EXISTS "public"."phoenix_kit_billing_profiles";
DROP TABLE IF EXISTS "public"."phoenix_kit_currencies";
COMMENT ON TABLE "public"."phoenix_kit" IS '30';
COMMIT;

-- V30 Move preferred_locale into custom_fields
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "preferred_locale" varchar(10);
CREATE INDEX IF NOT EXISTS "phoenix_kit_users_preferred_locale_index" ON "public"."phoenix_kit_users" ("preferred_locale");
UPDATE "public"."phoenix_kit_users" SET preferred_locale = custom_fields->>'preferred_locale' WHERE custom_fields->>'preferred_locale' IS NOT NULL;
UPDATE "public"."phoenix_kit_users" SET custom_fields = custom_fields - 'preferred_locale' WHERE custom_fields ? 'preferred_locale';
COMMENT ON TABLE "public"."phoenix_kit" IS '29';
COMMIT;

-- V29 Posts
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('posts_max_media'), ('posts_max_title_length'), ('posts_max_subtitle_length'), ('posts_max_content_length'), ('posts_max_mentions'), ('posts_max_tags'), ('posts_enabled'), ('posts_per_page'), ('posts_default_status'), ('posts_comments_enabled'), ('posts_likes_enabled'), ('posts_allow_scheduling'), ('posts_allow_groups'), ('posts_allow_reposts'), ('posts_seo_auto_slug'), ('posts_show_view_count'), ('posts_require_approval'), ('posts_comment_moderation'));
DROP TABLE IF EXISTS "public"."phoenix_kit_post_views";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_group_assignments";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_groups";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_tag_assignments";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_tags";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_mentions";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_comments";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_likes";
DROP TABLE IF EXISTS "public"."phoenix_kit_post_media";
DROP TABLE IF EXISTS "public"."phoenix_kit_posts";
COMMENT ON TABLE "public"."phoenix_kit" IS '28';
COMMIT;

-- V28 Preferred locale
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_preferred_locale_index";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "preferred_locale";
COMMENT ON TABLE "public"."phoenix_kit" IS '27';
COMMIT;

-- V27 Oban
BEGIN;
-- Oban migrations from the version recorded on public.oban_jobs to V00 (each version only if not applied yet):
    -- the downs of every applied version, newest first
COMMENT ON TABLE "public"."phoenix_kit" IS '26';
COMMIT;

-- V26 Checksum rename and per-user dedupe
BEGIN;
DROP INDEX IF EXISTS "public"."public_phoenix_kit_files_user_file_checksum_index";
ALTER TABLE "public"."phoenix_kit_files" ALTER COLUMN "user_file_checksum" DROP NOT NULL;
ALTER TABLE "public"."phoenix_kit_files" DROP COLUMN IF EXISTS "user_file_checksum";
-- if phoenix_kit_files.file_checksum exists and phoenix_kit_files.checksum does not
ALTER TABLE "public"."phoenix_kit_files" RENAME COLUMN "file_checksum" TO "checksum";
CREATE UNIQUE INDEX IF NOT EXISTS "phoenix_kit_files_checksum_index" ON "public"."phoenix_kit_files" ("checksum");
COMMENT ON TABLE "public"."phoenix_kit" IS '25';
COMMIT;

-- V25 Aspect ratio
BEGIN;
ALTER TABLE "public"."phoenix_kit_storage_dimensions" DROP COLUMN IF EXISTS "maintain_aspect_ratio";
COMMENT ON TABLE "public"."phoenix_kit" IS '24';
COMMIT;

-- V24 File checksum unique index
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_files_checksum_index";
COMMENT ON TABLE "public"."phoenix_kit" IS '23';
COMMIT;

-- V23 Session fingerprinting
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_tokens_token_ip_address_user_agent_hash_index";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_tokens_user_agent_hash_index";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_tokens_ip_address_index";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "user_agent_hash";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP COLUMN IF EXISTS "ip_address";
COMMENT ON TABLE "public"."phoenix_kit" IS '22';
COMMIT;

-- V22 Email improvements & audit logging
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_audit_logs";
DROP TABLE IF EXISTS "public"."phoenix_kit_email_metrics";
DROP TABLE IF EXISTS "public"."phoenix_kit_email_orphaned_events";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_events_log_type_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_logs_aws_message_id_uidx";
COMMENT ON TABLE "public"."phoenix_kit" IS '21';
COMMIT;

-- V21 Message-ID composite index
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_email_logs_message_ids_idx";
COMMENT ON TABLE "public"."phoenix_kit" IS '20';
COMMIT;

-- V20 Distributed file storage
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('storage_redundancy_copies'), ('storage_auto_generate_variants'), ('storage_default_bucket_id'));
DROP TABLE IF EXISTS "public"."phoenix_kit_storage_dimensions";
DROP TABLE IF EXISTS "public"."phoenix_kit_file_locations";
DROP TABLE IF EXISTS "public"."phoenix_kit_file_instances";
DROP TABLE IF EXISTS "public"."phoenix_kit_files";
DROP TABLE IF EXISTS "public"."phoenix_kit_buckets";
COMMENT ON TABLE "public"."phoenix_kit" IS '19';
COMMIT;

-- V19 Enhanced email status tracking
BEGIN;
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."delayed_at" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."failed_at" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."rejected_at" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_email_logs"."queued_at" IS NULL;
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "delayed_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "failed_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "rejected_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "queued_at";
COMMENT ON TABLE "public"."phoenix_kit" IS '18';
COMMIT;

-- V18 User custom fields
BEGIN;
COMMENT ON COLUMN "public"."phoenix_kit_users"."custom_fields" IS NULL;
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "custom_fields";
COMMENT ON TABLE "public"."phoenix_kit" IS '17';
COMMIT;

-- V17 Entities
BEGIN;
DELETE FROM "public"."phoenix_kit_settings" WHERE ("key") IN (('entities_enabled'), ('entities_max_per_user'), ('entities_allow_relations'), ('entities_file_upload'));
DROP TABLE IF EXISTS "public"."phoenix_kit_entity_data";
DROP TABLE IF EXISTS "public"."phoenix_kit_entities";
COMMENT ON TABLE "public"."phoenix_kit" IS '16';
COMMIT;

-- V16 OAuth providers & magic-link registration
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_user_oauth_providers";
ALTER TABLE "public"."phoenix_kit_users_tokens" DROP CONSTRAINT IF EXISTS "user_id_required_for_non_registration_tokens";
DELETE FROM "public"."phoenix_kit_users_tokens" WHERE user_id IS NULL AND context = 'magic_link_registration';
ALTER TABLE "public"."phoenix_kit_users_tokens" ALTER COLUMN "user_id" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '15';
COMMIT;

-- V15 Email templates
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_email_templates";
COMMENT ON TABLE "public"."phoenix_kit" IS '14';
COMMIT;

-- V14 Body compression
BEGIN;
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "body_compressed";
COMMENT ON TABLE "public"."phoenix_kit" IS '13';
COMMIT;

-- V13 AWS SES tracking
BEGIN;
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "failure_reason";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "subscription_type";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "delay_type";
ALTER TABLE "public"."phoenix_kit_email_events" DROP COLUMN IF EXISTS "reject_reason";
DROP INDEX IF EXISTS "public"."phoenix_kit_email_logs_aws_message_id_index";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "clicked_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "opened_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "complained_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "bounced_at";
ALTER TABLE "public"."phoenix_kit_email_logs" DROP COLUMN IF EXISTS "aws_message_id";
COMMENT ON TABLE "public"."phoenix_kit" IS '12';
COMMIT;

-- V12 JSON settings
BEGIN;
COMMENT ON COLUMN "public"."phoenix_kit_settings"."value" IS NULL;
COMMENT ON COLUMN "public"."phoenix_kit_settings"."value_json" IS NULL;
UPDATE "public"."phoenix_kit_settings" SET value = '' WHERE value IS NULL AND value_json IS NOT NULL;
ALTER TABLE "public"."phoenix_kit_settings" ALTER COLUMN "value" SET NOT NULL;
ALTER TABLE "public"."phoenix_kit_settings" DROP COLUMN IF EXISTS "value_json";
COMMENT ON TABLE "public"."phoenix_kit" IS '11';
COMMIT;

-- V11 Per-user timezone
BEGIN;
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "user_timezone";
COMMENT ON TABLE "public"."phoenix_kit" IS '10';
COMMIT;

-- V10 Registration analytics
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_reg_geo_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_reg_ip_date_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_reg_city_date_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_reg_region_date_idx";
DROP INDEX IF EXISTS "public"."phoenix_kit_users_reg_country_date_idx";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "registration_city";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "registration_region";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "registration_country";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "registration_ip";
COMMENT ON TABLE "public"."phoenix_kit" IS '9';
COMMIT;

-- V09 Email blocklist
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_email_blocklist";
COMMENT ON TABLE "public"."phoenix_kit" IS '8';
COMMIT;

-- V08 Username support
BEGIN;
DROP INDEX IF EXISTS "public"."phoenix_kit_users_username_uidx";
ALTER TABLE "public"."phoenix_kit_users" DROP COLUMN IF EXISTS "username";
COMMENT ON TABLE "public"."phoenix_kit" IS '7';
COMMIT;

-- V07 Email system
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_email_events";
DROP TABLE IF EXISTS "public"."phoenix_kit_email_logs";
COMMENT ON TABLE "public"."phoenix_kit" IS '6';
COMMIT;

-- V06 Nullable referral expiration date
BEGIN;
UPDATE "public"."phoenix_kit_referral_codes" SET expiration_date = '2099-12-31 23:59:59'::timestamp WHERE expiration_date IS NULL;
ALTER TABLE "public"."phoenix_kit_referral_codes" ALTER COLUMN "expiration_date" SET NOT NULL;
COMMENT ON TABLE "public"."phoenix_kit" IS '5';
COMMIT;

-- V05 Beneficiary on referral codes
BEGIN;
ALTER TABLE "public"."phoenix_kit_referral_codes" DROP COLUMN IF EXISTS "beneficiary";
COMMENT ON TABLE "public"."phoenix_kit" IS '4';
COMMIT;

-- V04 Settings module column and referral system
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_referral_code_usage";
DROP TABLE IF EXISTS "public"."phoenix_kit_referral_codes";
ALTER TABLE "public"."phoenix_kit_settings" DROP COLUMN IF EXISTS "module";
COMMENT ON TABLE "public"."phoenix_kit" IS '3';
COMMIT;

-- V03 Settings system
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_settings";
COMMENT ON TABLE "public"."phoenix_kit" IS '2';
COMMIT;

-- V02 Remove is_active from role assignments
BEGIN;
ALTER TABLE "public"."phoenix_kit_user_role_assignments" ADD COLUMN IF NOT EXISTS "is_active" boolean DEFAULT true NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_user_role_assignments_role_active" ON "public"."phoenix_kit_user_role_assignments" ("role_id", "is_active");
CREATE INDEX IF NOT EXISTS "idx_user_role_assignments_user_active" ON "public"."phoenix_kit_user_role_assignments" ("user_id", "is_active");
COMMENT ON TABLE "public"."phoenix_kit" IS '1';
COMMIT;

-- V01 Initial setup
BEGIN;
DROP TABLE IF EXISTS "public"."phoenix_kit_user_role_assignments";
DROP TABLE IF EXISTS "public"."phoenix_kit_user_roles";
DROP TABLE IF EXISTS "public"."phoenix_kit_users_tokens";
DROP TABLE IF EXISTS "public"."phoenix_kit_users";
DROP TABLE IF EXISTS "public"."phoenix_kit";
COMMIT;
