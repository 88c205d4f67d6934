pk_macros::version! {
    number = 1;
    title = "Initial setup";

    create_schema!();
    create_extension!(citext);

    create_table!(phoenix_kit, primary_key = serial(id), {
        version: integer not_null,
        migrated_at: timestamp(0) not_null default now(),
    });
    create_index!(phoenix_kit, [version], unique);

    create_table!(phoenix_kit_users, {
        email: citext not_null,
        hashed_password: varchar(255) not_null,
        first_name: varchar(100),
        last_name: varchar(100),
        is_active: boolean not_null default true,
        confirmed_at: timestamp(0),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_users, [email], unique);

    create_table!(phoenix_kit_users_tokens, {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        token: bytea not_null,
        context: varchar(255) not_null,
        sent_to: varchar(255),
        timestamps(timestamp(0), updated_at = false),
    });
    create_index!(phoenix_kit_users_tokens, [user_id]);
    create_index!(phoenix_kit_users_tokens, [context, token], unique);

    create_table!(phoenix_kit_user_roles, {
        name: varchar(50) not_null,
        description: text,
        is_system_role: boolean not_null default false,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_user_roles, [name], unique);

    create_table!(phoenix_kit_user_role_assignments, {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        role_id: bigint not_null references(phoenix_kit_user_roles, on_delete = cascade),
        assigned_by: bigint references(phoenix_kit_users, on_delete = set_null),
        assigned_at: timestamp(0) not_null default now(),
        is_active: boolean not_null default true,
        timestamps(timestamp(0), updated_at = false),
    });
    create_index!(phoenix_kit_user_role_assignments, [user_id]);
    create_index!(phoenix_kit_user_role_assignments, [role_id]);
    create_index!(phoenix_kit_user_role_assignments, [assigned_by]);
    create_index!(phoenix_kit_user_role_assignments, [user_id, role_id], unique);
    create_index!(phoenix_kit_user_role_assignments, [user_id, is_active], name = idx_user_role_assignments_user_active);
    create_index!(phoenix_kit_user_role_assignments, [role_id, is_active], name = idx_user_role_assignments_role_active);
    create_index!(phoenix_kit_users, [is_active], name = idx_users_active);

    seed!(phoenix_kit_user_roles, conflict = [name], rows = [
        { name: "Owner", description: "System owner with full access", is_system_role: true, inserted_at: now(), updated_at: now() },
        { name: "Admin", description: "Administrator with elevated privileges", is_system_role: true, inserted_at: now(), updated_at: now() },
        { name: "User", description: "Standard user with basic access", is_system_role: true, inserted_at: now(), updated_at: now() },
    ]);
}
