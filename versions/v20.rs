pk_macros::version! {
    number = 20;
    title = "Distributed file storage";

    // uuid primary keys without a default: ids come from the application (UUIDv7).
    create_table!(phoenix_kit_buckets, primary_key = uuid(id), {
        name: varchar(255) not_null,
        provider: varchar(255) not_null,
        region: varchar(255),
        endpoint: varchar(255),
        bucket_name: varchar(255),
        access_key_id: varchar(255),
        secret_access_key: varchar(255),
        cdn_url: varchar(255),
        path_prefix: varchar(255),
        enabled: boolean not_null default true,
        priority: integer not_null default 0,
        max_size_mb: bigint,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_buckets, [enabled]);
    create_index!(phoenix_kit_buckets, [provider]);
    comment!(phoenix_kit_buckets, "Storage provider configurations (local, AWS S3, Backblaze B2, Cloudflare R2)");

    create_table!(phoenix_kit_files, primary_key = uuid(id), {
        original_file_name: varchar(255) not_null,
        file_name: varchar(255) not_null,
        file_path: varchar(255),
        mime_type: varchar(255) not_null,
        file_type: varchar(255) not_null,
        ext: varchar(255) not_null,
        checksum: varchar(255) not_null,
        size: bigint not_null,
        width: integer,
        height: integer,
        duration: integer,
        status: varchar(255) not_null default "processing",
        metadata: jsonb,
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_files, [user_id]);
    create_index!(phoenix_kit_files, [file_type]);
    create_index!(phoenix_kit_files, [status]);
    create_index!(phoenix_kit_files, [inserted_at]);
    create_index!(phoenix_kit_files, [file_path]);
    comment!(phoenix_kit_files, "Original file uploads with metadata (images, videos, documents, archives)");

    create_table!(phoenix_kit_file_instances, primary_key = uuid(id), {
        variant_name: varchar(255) not_null,
        file_name: varchar(255) not_null,
        mime_type: varchar(255) not_null,
        ext: varchar(255) not_null,
        checksum: varchar(255) not_null,
        size: bigint not_null,
        width: integer,
        height: integer,
        processing_status: varchar(255) not_null default "pending",
        file_id: uuid not_null references(phoenix_kit_files, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_file_instances, [file_id]);
    create_index!(phoenix_kit_file_instances, [variant_name]);
    create_index!(phoenix_kit_file_instances, [processing_status]);
    create_index!(phoenix_kit_file_instances, [file_id, variant_name], unique);
    comment!(phoenix_kit_file_instances,
        "File variants (thumbnails, resizes, video qualities) - one original + generated variants");

    create_table!(phoenix_kit_file_locations, primary_key = uuid(id), {
        path: varchar(255) not_null,
        status: varchar(255) not_null default "active",
        priority: integer not_null default 0,
        last_verified_at: timestamp(0),
        file_instance_id: uuid not_null references(phoenix_kit_file_instances, on_delete = cascade),
        bucket_id: uuid not_null references(phoenix_kit_buckets, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_file_locations, [file_instance_id]);
    create_index!(phoenix_kit_file_locations, [bucket_id]);
    create_index!(phoenix_kit_file_locations, [status]);
    comment!(phoenix_kit_file_locations,
        "Physical storage locations for multi-location redundancy - maps instances to buckets");

    create_table!(phoenix_kit_storage_dimensions, primary_key = uuid(id), {
        name: varchar(255) not_null,
        width: integer,
        height: integer,
        quality: integer not_null default 85,
        format: varchar(255),
        applies_to: varchar(255) not_null,
        enabled: boolean not_null default true,
        order: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_storage_dimensions, [enabled]);
    create_index!(phoenix_kit_storage_dimensions, [order]);
    create_index!(phoenix_kit_storage_dimensions, [name], unique);
    comment!(phoenix_kit_storage_dimensions, "Admin-configurable dimension presets for automatic variant generation");

    seed!(phoenix_kit_storage_dimensions, conflict = [name], rows = [
        { id: uuid_v7(), name: "thumbnail", width: 150, height: 150, quality: 85, format: "jpg", applies_to: "image", enabled: true, order: 1, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "small", width: 300, height: 300, quality: 85, format: "jpg", applies_to: "image", enabled: true, order: 2, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "medium", width: 800, height: 600, quality: 85, format: "jpg", applies_to: "image", enabled: true, order: 3, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "large", width: 1920, height: 1080, quality: 85, format: "jpg", applies_to: "image", enabled: true, order: 4, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "360p", width: 640, height: 360, quality: 28, format: "mp4", applies_to: "video", enabled: true, order: 5, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "720p", width: 1280, height: 720, quality: 28, format: "mp4", applies_to: "video", enabled: true, order: 6, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "1080p", width: 1920, height: 1080, quality: 28, format: "mp4", applies_to: "video", enabled: true, order: 7, inserted_at: now(), updated_at: now() },
        { id: uuid_v7(), name: "video_thumbnail", width: 640, height: 360, quality: 85, format: "jpg", applies_to: "video", enabled: true, order: 8, inserted_at: now(), updated_at: now() },
    ]);
    // PhoenixKit inserts the bucket unguarded (a re-run would duplicate it); no unique index covers
    // `name`, so this seed inserts WHERE NOT EXISTS.
    seed!(phoenix_kit_buckets, conflict = [name], rows = [
        { id: uuid_v7(), name: "Local Storage", provider: "local", endpoint: "priv/media", enabled: true, priority: 0, inserted_at: now(), updated_at: now() },
    ]);
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "storage_redundancy_copies", value: "1", date_added: now(), date_updated: now() },
        { key: "storage_auto_generate_variants", value: "true", date_added: now(), date_updated: now() },
        { key: "storage_default_bucket_id", value: null, date_added: now(), date_updated: now() },
    ]);
}
