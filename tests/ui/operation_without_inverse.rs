// An `update!` cannot be undone by the tool: it needs `reverse { … }` or an irreversible version.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Activate confirmed users";

    update!(phoenix_kit_users, set = "is_active = true", filter = "confirmed_at IS NOT NULL");
}

fn main() {}
