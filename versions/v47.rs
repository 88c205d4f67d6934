pk_macros::version! {
    number = 47;
    title = "Shop localized fields";

    // Products' title, slug, description, body_html, seo_title, seo_description and categories'
    // name, slug, description become JSONB maps {language: value}; `translations` goes away.
    // As in PhoenixKit: add `*_new jsonb DEFAULT '{}'` columns, wrap the current value under the
    // default language (settings.default_language, else 'en'; '' and NULL become {}), merge the
    // per-language values from `translations`, drop the old columns and `translations`, rename
    // `*_new`. The new columns are nullable and come last in the column order (the NOT NULL of
    // title/name/slug is lost), exactly as PhoenixKit leaves them.
    //
    // Each table's transform runs only while its `translations` column exists, so running this
    // version again (marker set back to 46) changes nothing.
    //
    // The down (explicit reverses below) rebuilds V46: the text columns come back holding the
    // default-language string, NOT NULL, the slug UNIQUE constraint and indexes are restored, and
    // `translations` is rebuilt from the other languages. Lossy: see NOTES-45-50.md (the restored
    // columns come last in the column order; only the default language and the six/three fields
    // survive the round trip).

    when!(column_exists(phoenix_kit_shop_products.translations), {
        add_column!(phoenix_kit_shop_products, title_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_products, slug_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_products, description_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_products, body_html_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_products, seo_title_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_products, seo_description_new: jsonb default "{}");

        // The down refills the text columns from the `*_new` columns (reverses of the drops below)
        // and then drops `*_new`; nothing to undo here.
        update!(phoenix_kit_shop_products, set = "\
            title_new = CASE WHEN title <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), title) \
                ELSE '{}'::jsonb END, \
            slug_new = CASE WHEN slug <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), slug) \
                ELSE '{}'::jsonb END, \
            description_new = CASE WHEN description <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), description) \
                ELSE '{}'::jsonb END, \
            body_html_new = CASE WHEN body_html <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), body_html) \
                ELSE '{}'::jsonb END, \
            seo_title_new = CASE WHEN seo_title <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), seo_title) \
                ELSE '{}'::jsonb END, \
            seo_description_new = CASE WHEN seo_description <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), seo_description) \
                ELSE '{}'::jsonb END") reverse {}
        // PhoenixKit merges each field in its own UPDATE; one UPDATE with six SET items is the same
        // (each item reads only its own `*_new` column and `translations`). A language present in
        // `translations` overrides the wrapped default-language value.
        update!(phoenix_kit_shop_products, set = "\
            title_new = title_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'title') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'title' IS NOT NULL), '{}'::jsonb), \
            slug_new = slug_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'slug') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'slug' IS NOT NULL), '{}'::jsonb), \
            description_new = description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'description') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'description' IS NOT NULL), '{}'::jsonb), \
            body_html_new = body_html_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'body_html') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'body_html' IS NOT NULL), '{}'::jsonb), \
            seo_title_new = seo_title_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'seo_title') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'seo_title' IS NOT NULL), '{}'::jsonb), \
            seo_description_new = seo_description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'seo_description') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'seo_description' IS NOT NULL), '{}'::jsonb)",
            filter = "translations IS NOT NULL AND translations <> '{}'::jsonb") reverse {}

        // Dropping `translations` also drops its GIN index idx_shop_products_translations.
        // Dropped in the reverse of V46's column order so that the down re-adds them in V46's order
        // (title, slug, …, translations), as PhoenixKit's down does.
        drop_column!(phoenix_kit_shop_products, translations) reverse {
            // Rebuilt from every non-default language found in any of the six fields; PhoenixKit's
            // down only looks at the languages of `title` and keeps JSON nulls for missing fields.
            add_column!(phoenix_kit_shop_products, translations: jsonb default "{}");
            update!(phoenix_kit_shop_products, set = "translations = COALESCE((SELECT jsonb_object_agg(lang, \
                jsonb_strip_nulls(jsonb_build_object('title', title_new->lang, 'slug', slug_new->lang, \
                    'description', description_new->lang, 'body_html', body_html_new->lang, \
                    'seo_title', seo_title_new->lang, 'seo_description', seo_description_new->lang))) \
                FROM (SELECT jsonb_object_keys(title_new) UNION SELECT jsonb_object_keys(slug_new) \
                    UNION SELECT jsonb_object_keys(description_new) UNION SELECT jsonb_object_keys(body_html_new) \
                    UNION SELECT jsonb_object_keys(seo_title_new) UNION SELECT jsonb_object_keys(seo_description_new)) \
                    AS langs(lang) \
                WHERE lang <> COALESCE((SELECT value FROM {prefix}.phoenix_kit_settings \
                    WHERE key = 'default_language'), 'en')), '{}'::jsonb)");
            create_index!(phoenix_kit_shop_products, [translations], name = idx_shop_products_translations, using = gin);
        }
        drop_column!(phoenix_kit_shop_products, seo_description) reverse {
            add_column!(phoenix_kit_shop_products, seo_description: text);
            update!(phoenix_kit_shop_products, set = "seo_description = seo_description_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en')");
        }
        drop_column!(phoenix_kit_shop_products, seo_title) reverse {
            add_column!(phoenix_kit_shop_products, seo_title: varchar(255));
            update!(phoenix_kit_shop_products, set = "seo_title = seo_title_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en')");
        }
        drop_column!(phoenix_kit_shop_products, body_html) reverse {
            add_column!(phoenix_kit_shop_products, body_html: text);
            update!(phoenix_kit_shop_products, set = "body_html = body_html_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en')");
        }
        drop_column!(phoenix_kit_shop_products, description) reverse {
            add_column!(phoenix_kit_shop_products, description: text);
            update!(phoenix_kit_shop_products, set = "description = description_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en')");
        }
        // Dropping `slug` also drops, implicitly, the UNIQUE constraint
        // phoenix_kit_shop_products_slug_unique and the index idx_shop_products_slug (V45).
        // PhoenixKit's explicit `DROP CONSTRAINT IF EXISTS phoenix_kit_shop_products_slug_key` names a
        // constraint that never existed and is omitted. V52 adds a functional unique index instead.
        drop_column!(phoenix_kit_shop_products, slug) reverse {
            // Rows without a default-language slug get '' (NOT NULL); two such rows, or two equal
            // default-language slugs (allowed from V47 on), make the down fail on the UNIQUE constraint.
            add_column!(phoenix_kit_shop_products, slug: varchar(255));
            update!(phoenix_kit_shop_products, set = "slug = COALESCE(slug_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), '')");
            set_not_null!(phoenix_kit_shop_products, slug);
            add_unique!(phoenix_kit_shop_products, phoenix_kit_shop_products_slug_unique, [slug]);
            create_index!(phoenix_kit_shop_products, [slug], name = idx_shop_products_slug);
        }
        drop_column!(phoenix_kit_shop_products, title) reverse {
            add_column!(phoenix_kit_shop_products, title: varchar(255));
            update!(phoenix_kit_shop_products, set = "title = COALESCE(title_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), '')");
            set_not_null!(phoenix_kit_shop_products, title);
        }

        rename_column!(phoenix_kit_shop_products, title_new -> title);
        rename_column!(phoenix_kit_shop_products, slug_new -> slug);
        rename_column!(phoenix_kit_shop_products, description_new -> description);
        rename_column!(phoenix_kit_shop_products, body_html_new -> body_html);
        rename_column!(phoenix_kit_shop_products, seo_title_new -> seo_title);
        rename_column!(phoenix_kit_shop_products, seo_description_new -> seo_description);
    });

    when!(column_exists(phoenix_kit_shop_categories.translations), {
        add_column!(phoenix_kit_shop_categories, name_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_categories, slug_new: jsonb default "{}");
        add_column!(phoenix_kit_shop_categories, description_new: jsonb default "{}");

        update!(phoenix_kit_shop_categories, set = "\
            name_new = CASE WHEN name <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), name) \
                ELSE '{}'::jsonb END, \
            slug_new = CASE WHEN slug <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), slug) \
                ELSE '{}'::jsonb END, \
            description_new = CASE WHEN description <> '' THEN jsonb_build_object(COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), description) \
                ELSE '{}'::jsonb END") reverse {}
        update!(phoenix_kit_shop_categories, set = "\
            name_new = name_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'name') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'name' IS NOT NULL), '{}'::jsonb), \
            slug_new = slug_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'slug') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'slug' IS NOT NULL), '{}'::jsonb), \
            description_new = description_new || COALESCE((SELECT jsonb_object_agg(lang, translations->lang->>'description') \
                FROM jsonb_object_keys(translations) AS lang \
                WHERE translations->lang->>'description' IS NOT NULL), '{}'::jsonb)",
            filter = "translations IS NOT NULL AND translations <> '{}'::jsonb") reverse {}

        // Dropping `translations` also drops its GIN index idx_shop_categories_translations.
        drop_column!(phoenix_kit_shop_categories, translations) reverse {
            add_column!(phoenix_kit_shop_categories, translations: jsonb default "{}");
            update!(phoenix_kit_shop_categories, set = "translations = COALESCE((SELECT jsonb_object_agg(lang, \
                jsonb_strip_nulls(jsonb_build_object('name', name_new->lang, 'slug', slug_new->lang, \
                    'description', description_new->lang))) \
                FROM (SELECT jsonb_object_keys(name_new) UNION SELECT jsonb_object_keys(slug_new) \
                    UNION SELECT jsonb_object_keys(description_new)) AS langs(lang) \
                WHERE lang <> COALESCE((SELECT value FROM {prefix}.phoenix_kit_settings \
                    WHERE key = 'default_language'), 'en')), '{}'::jsonb)");
            create_index!(phoenix_kit_shop_categories, [translations], name = idx_shop_categories_translations, using = gin);
        }
        drop_column!(phoenix_kit_shop_categories, description) reverse {
            add_column!(phoenix_kit_shop_categories, description: text);
            update!(phoenix_kit_shop_categories, set = "description = description_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en')");
        }
        // Dropping `slug` also drops, implicitly, the UNIQUE constraint
        // phoenix_kit_shop_categories_slug_unique and the index idx_shop_categories_slug (V45);
        // PhoenixKit's `DROP CONSTRAINT IF EXISTS phoenix_kit_shop_categories_slug_key` targets a name
        // that never existed and is omitted.
        drop_column!(phoenix_kit_shop_categories, slug) reverse {
            add_column!(phoenix_kit_shop_categories, slug: varchar(255));
            update!(phoenix_kit_shop_categories, set = "slug = COALESCE(slug_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), '')");
            set_not_null!(phoenix_kit_shop_categories, slug);
            add_unique!(phoenix_kit_shop_categories, phoenix_kit_shop_categories_slug_unique, [slug]);
            create_index!(phoenix_kit_shop_categories, [slug], name = idx_shop_categories_slug);
        }
        drop_column!(phoenix_kit_shop_categories, name) reverse {
            add_column!(phoenix_kit_shop_categories, name: varchar(255));
            update!(phoenix_kit_shop_categories, set = "name = COALESCE(name_new->>COALESCE((SELECT value \
                FROM {prefix}.phoenix_kit_settings WHERE key = 'default_language'), 'en'), '')");
            set_not_null!(phoenix_kit_shop_categories, name);
        }

        rename_column!(phoenix_kit_shop_categories, name_new -> name);
        rename_column!(phoenix_kit_shop_categories, slug_new -> slug);
        rename_column!(phoenix_kit_shop_categories, description_new -> description);
    });

    // Outside the when! blocks: IF NOT EXISTS makes them no-ops on a re-run.
    create_index!(phoenix_kit_shop_products, [slug], name = phoenix_kit_shop_products_slug_gin_idx, using = gin);
    create_index!(phoenix_kit_shop_categories, [slug], name = phoenix_kit_shop_categories_slug_gin_idx, using = gin);
}
