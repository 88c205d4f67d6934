// An upsert needs a unique index on its conflict key; buckets have none on `name` (V20).
pk_runtime::version! {
    chain = "../../versions";
    number = 21;
    title = "Upsert buckets";

    seed!(phoenix_kit_buckets, conflict = [name], update = "enabled = true", rows = [
        { id: uuid_v7(), name: "Local Storage", provider: "local", inserted_at: now(), updated_at: now() },
    ]);
}

fn main() {}
