// A chain building on PhoenixKit V10 references `phoenix_kit_users.uuid`, which PhoenixKit adds
// at V40.
pk_runtime::version! {
    number = 1;
    title = "Widgets";
    builds_on = phoenix_kit(10);

    create_table!(widgets, primary_key = bigserial(id), {
        owner_uuid: uuid references(phoenix_kit_users.uuid),
    });
}

fn main() {}
