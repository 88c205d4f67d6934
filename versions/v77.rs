pk_macros::version! {
    number = 77;
    title = "Tickets module renamed to customer_service";

    // Seven settings keys, old → new (each new key is the old one with `tickets` replaced by
    // `customer_service`; the IN lists name exactly these keys):
    //   tickets_enabled                 → customer_service_enabled
    //   tickets_per_page                → customer_service_per_page
    //   tickets_comments_enabled        → customer_service_comments_enabled
    //   tickets_internal_notes_enabled  → customer_service_internal_notes_enabled
    //   tickets_attachments_enabled     → customer_service_attachments_enabled
    //   tickets_allow_reopen            → customer_service_allow_reopen
    //   auto_granted_perm:tickets       → auto_granted_perm:customer_service
    // As PhoenixKit (one DO block per key): when the new key already exists (pre-seeded by a newer
    // application), the old row is deleted; otherwise it is renamed. Deleting first, then renaming
    // what is left, gives the same result (the seven pairs are independent). A re-run finds no old
    // key and changes nothing.

    // The deleted rows' values are lost (PhoenixKit's too): nothing to restore on the down.
    delete!(phoenix_kit_settings, filter = "key IN ('tickets_enabled', 'tickets_per_page', \
        'tickets_comments_enabled', 'tickets_internal_notes_enabled', 'tickets_attachments_enabled', \
        'tickets_allow_reopen', 'auto_granted_perm:tickets') \
        AND EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_settings s \
            WHERE s.key = replace(phoenix_kit_settings.key, 'tickets', 'customer_service'))") reverse {}
    // The reverse is PhoenixKit's down: the same rule in the other direction (a `tickets_*` row
    // that exists wins, the `customer_service_*` row is deleted; otherwise it is renamed back).
    update!(phoenix_kit_settings, set = "key = replace(key, 'tickets', 'customer_service')",
        filter = "key IN ('tickets_enabled', 'tickets_per_page', 'tickets_comments_enabled', \
            'tickets_internal_notes_enabled', 'tickets_attachments_enabled', 'tickets_allow_reopen', \
            'auto_granted_perm:tickets')") reverse {
        delete!(phoenix_kit_settings, filter = "key IN ('customer_service_enabled', 'customer_service_per_page', \
            'customer_service_comments_enabled', 'customer_service_internal_notes_enabled', \
            'customer_service_attachments_enabled', 'customer_service_allow_reopen', \
            'auto_granted_perm:customer_service') \
            AND EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_settings s \
                WHERE s.key = replace(phoenix_kit_settings.key, 'customer_service', 'tickets'))");
        update!(phoenix_kit_settings, set = "key = replace(key, 'customer_service', 'tickets')",
            filter = "key IN ('customer_service_enabled', 'customer_service_per_page', \
                'customer_service_comments_enabled', 'customer_service_internal_notes_enabled', \
                'customer_service_attachments_enabled', 'customer_service_allow_reopen', \
                'auto_granted_perm:customer_service')");
    }

    // Role permissions: module_key `tickets` → `customer_service`; a role that already has
    // `customer_service` loses its `tickets` row instead (unique index
    // phoenix_kit_role_permissions_role_uuid_module_key_idx), as in PhoenixKit.
    delete!(phoenix_kit_role_permissions, filter = "module_key = 'tickets' \
        AND EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_role_permissions p \
            WHERE p.module_key = 'customer_service' AND p.role_uuid = phoenix_kit_role_permissions.role_uuid)") reverse {}
    update!(phoenix_kit_role_permissions, set = "module_key = 'customer_service'",
        filter = "module_key = 'tickets'") reverse {
        delete!(phoenix_kit_role_permissions, filter = "module_key = 'customer_service' \
            AND EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_role_permissions p \
                WHERE p.module_key = 'tickets' AND p.role_uuid = phoenix_kit_role_permissions.role_uuid)");
        update!(phoenix_kit_role_permissions, set = "module_key = 'tickets'",
            filter = "module_key = 'customer_service'");
    }
}
