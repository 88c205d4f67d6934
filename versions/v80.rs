pk_macros::version! {
    number = 80;
    title = "Email templates i18n (JSONB language maps); email log locale";

    // Five template fields become JSONB maps {language: value}; the current text goes under "en".
    // PhoenixKit converts all five in one ALTER TABLE without any guard, so running it twice would
    // wrap again ({"en": {"en": …}}) — and its V80 does not write the version marker, so a plain
    // PhoenixKit chain does re-run it. Here each column changes only while it is not jsonb yet (the
    // generated TypeDiffers guard), so a re-run changes nothing, and the runtime writes '80' as for
    // every version. One ALTER per column instead of one for all five: the same result (each
    // rewrites the table; email_templates is small).
    //
    // The reverses give each column back its exact V79 type (varchar(255) for display_name and
    // subject, text for the others; `public_stepwise/v79.txt`), taking the "en" value. PhoenixKit's
    // down uses varchar(300) for subject and varchar(200) for display_name instead (two columns
    // differ from V79 after it), and fails like ours on a value that does not fit. Both lose every
    // other language, and a row without "en" gets NULL (which the NOT NULL columns refuse: the down
    // then fails, in PhoenixKit too). The derived inverse (no USING) would keep the JSON text, hence
    // the explicit reverses.
    change_type!(phoenix_kit_email_templates, subject, jsonb,
        using = "jsonb_build_object('en', subject)") reverse {
        change_type!(phoenix_kit_email_templates, subject, varchar(255), using = "subject ->> 'en'");
    }
    change_type!(phoenix_kit_email_templates, html_body, jsonb,
        using = "jsonb_build_object('en', html_body)") reverse {
        change_type!(phoenix_kit_email_templates, html_body, text, using = "html_body ->> 'en'");
    }
    change_type!(phoenix_kit_email_templates, text_body, jsonb,
        using = "jsonb_build_object('en', text_body)") reverse {
        change_type!(phoenix_kit_email_templates, text_body, text, using = "text_body ->> 'en'");
    }
    change_type!(phoenix_kit_email_templates, display_name, jsonb,
        using = "jsonb_build_object('en', display_name)") reverse {
        change_type!(phoenix_kit_email_templates, display_name, varchar(255), using = "display_name ->> 'en'");
    }
    // Nullable: NULL stays NULL (not {"en": null}), as in PhoenixKit.
    change_type!(phoenix_kit_email_templates, description, jsonb,
        using = "CASE WHEN description IS NULL THEN NULL ELSE jsonb_build_object('en', description) END") reverse {
        change_type!(phoenix_kit_email_templates, description, text, using = "description ->> 'en'");
    }

    // Which language an email was sent in. Existing rows get 'en'. Derived down: drop the index and
    // the column, as PhoenixKit's down.
    add_column!(phoenix_kit_email_logs, locale: varchar(10) not_null default "en");
    create_index!(phoenix_kit_email_logs, [locale], name = idx_email_logs_locale);
}
