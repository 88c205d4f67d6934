// The parent of a uuid companion must have `id` and `uuid` columns; buckets have a uuid `id` and no `uuid`.
pk_runtime::version! {
    chain = "../../versions";
    number = 58;
    title = "Companion";

    add_uuid_fk_column!(phoenix_kit_files.bucket_uuid, user_id -> phoenix_kit_buckets);
}

fn main() {}
