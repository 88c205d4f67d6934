// A key generated anew on every run cannot detect that a row is already there.
pk_runtime::version! {
    chain = "../../versions";
    number = 21;
    title = "Seed by generated key";

    seed!(phoenix_kit_storage_dimensions, conflict = [id], rows = [
        { id: uuid_v7(), name: "tiny", applies_to: "image", inserted_at: now(), updated_at: now() },
    ]);
}

fn main() {}
