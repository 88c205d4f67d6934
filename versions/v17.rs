pk_macros::version! {
    number = 17;
    title = "Entities";

    create_table!(phoenix_kit_entities, {
        name: varchar(255) not_null,
        display_name: varchar(255) not_null,
        display_name_plural: varchar(255),
        description: text,
        icon: varchar(255),
        status: varchar(255) not_null default "draft",
        fields_definition: jsonb not_null default "[]",
        settings: jsonb,
        created_by: integer not_null,
        date_created: timestamp not_null default now(),
        date_updated: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_entities, [name], unique, name = phoenix_kit_entities_name_uidx);
    create_index!(phoenix_kit_entities, [created_by], name = phoenix_kit_entities_created_by_idx);
    create_index!(phoenix_kit_entities, [status], name = phoenix_kit_entities_status_idx);

    create_table!(phoenix_kit_entity_data, {
        entity_id: integer not_null,
        title: varchar(255) not_null,
        slug: varchar(255),
        status: varchar(255) not_null default "draft",
        data: jsonb not_null default "{}",
        metadata: jsonb,
        created_by: integer not_null,
        date_created: timestamp not_null default now(),
        date_updated: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_entity_data, [entity_id], name = phoenix_kit_entity_data_entity_id_idx);
    create_index!(phoenix_kit_entity_data, [slug], name = phoenix_kit_entity_data_slug_idx);
    create_index!(phoenix_kit_entity_data, [status], name = phoenix_kit_entity_data_status_idx);
    create_index!(phoenix_kit_entity_data, [created_by], name = phoenix_kit_entity_data_created_by_idx);
    create_index!(phoenix_kit_entity_data, [title], name = phoenix_kit_entity_data_title_idx);
    // entity_id stays integer while entities.id is bigint, as in PhoenixKit.
    add_foreign_key!(phoenix_kit_entity_data(entity_id) -> phoenix_kit_entities(id), on_delete = cascade);

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "entities_enabled", value: "false", module: "entities", date_added: now(), date_updated: now() },
        { key: "entities_max_per_user", value: "100", module: "entities", date_added: now(), date_updated: now() },
        { key: "entities_allow_relations", value: "true", module: "entities", date_added: now(), date_updated: now() },
        { key: "entities_file_upload", value: "false", module: "entities", date_added: now(), date_updated: now() },
    ]);

    comment!(phoenix_kit_entities.fields_definition,
        "JSONB array of field definitions. Each field has type, key, label, validation rules.");
    comment!(phoenix_kit_entities.settings,
        "JSONB storage for entity-specific settings (permissions, display options, etc.).");
    comment!(phoenix_kit_entities.display_name_plural,
        "Plural form of the entity display name (e.g., \"Blog Posts\" for \"Blog Post\"). Used in UI for collections and navigation.");
    comment!(phoenix_kit_entity_data.data,
        "JSONB storage for all field values based on entity definition. Structure matches fields_definition.");
    comment!(phoenix_kit_entity_data.metadata,
        "JSONB storage for additional metadata (tags, categories, search keywords, etc.).");
}
