pk_macros::version! {
    number = 53;
    title = "Role permissions";

    // Allowlist of admin sections/modules per role (row present = granted). PhoenixKit's raw SQL
    // table: nullable `uuid DEFAULT gen_random_uuid()` with a unique index of its own, named FKs and
    // a named UNIQUE constraint; `inserted_at` only, DEFAULT now().
    create_table!(phoenix_kit_role_permissions, {
        uuid: uuid default sql("gen_random_uuid()"),
        role_id: bigint not_null
            references(phoenix_kit_user_roles, on_delete = cascade, name = fk_role_permissions_role),
        module_key: varchar(50) not_null,
        granted_by: bigint
            references(phoenix_kit_users, on_delete = set_null, name = fk_role_permissions_granted_by),
        inserted_at: timestamp not_null default now(),
        unique(uq_role_permissions_role_module, [role_id, module_key]),
    });
    create_index!(phoenix_kit_role_permissions, [module_key], name = idx_role_permissions_module_key);
    create_index!(phoenix_kit_role_permissions, [uuid], unique, name = idx_role_permissions_uuid);

    // The Admin role gets all 24 keys (Owner bypasses permissions in code), and only if the Admin
    // role exists: an application may have renamed or deleted it. Role names are unique (V01).
    // The table was created above, so the derived down (DROP TABLE) removes these rows too.
    sql!(why = "seed!'s rows are literal VALUES: a role_id from a SELECT that finds no Admin row \
            would insert NULL (NOT NULL violation) instead of skipping, and when! only tests the catalog; \
            INSERT … SELECT inserts nothing when there is no Admin role, as PhoenixKit's DO block does",
        "INSERT INTO {prefix}.phoenix_kit_role_permissions (role_id, module_key, inserted_at) \
         SELECT r.id, k.key, NOW() \
         FROM {prefix}.phoenix_kit_user_roles r \
         CROSS JOIN unnest(ARRAY['dashboard', 'users', 'media', 'settings', 'modules', 'billing', 'shop', \
             'emails', 'entities', 'tickets', 'posts', 'ai', 'sync', 'publishing', 'referrals', 'sitemap', \
             'seo', 'maintenance', 'storage', 'languages', 'connections', 'legal', 'db', 'jobs']) \
             WITH ORDINALITY AS k(key, n) \
         WHERE r.name = 'Admin' \
         ORDER BY k.n \
         ON CONFLICT (role_id, module_key) DO NOTHING") reverse {}
}
