pk_macros::version! {
    number = 45;
    title = "Shop module";

    // PhoenixKit writes this version as raw SQL (CREATE TABLE IF NOT EXISTS with inline constraints).
    // Its tables carry `uuid uuid NOT NULL DEFAULT gen_random_uuid()` (no unique index on it) and
    // explicit `inserted_at`/`updated_at` columns with DEFAULT now(), so no timestamps(…) here.

    create_table!(phoenix_kit_shop_categories, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        image_url: text,
        parent_id: bigint references(phoenix_kit_shop_categories, on_delete = set_null),
        position: integer default 0,
        metadata: jsonb default "{}",
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(phoenix_kit_shop_categories_slug_unique, [slug]),
    });
    create_index!(phoenix_kit_shop_categories, [slug], name = idx_shop_categories_slug);
    create_index!(phoenix_kit_shop_categories, [parent_id], name = idx_shop_categories_parent);
    create_index!(phoenix_kit_shop_categories, [position], name = idx_shop_categories_position);
    comment!(phoenix_kit_shop_categories, "Product categories with hierarchical nesting support");

    create_table!(phoenix_kit_shop_products, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        title: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        body_html: text,
        status: varchar(20) default "draft",
        product_type: varchar(20) default "physical",
        vendor: varchar(255),
        tags: jsonb default "[]",
        price: decimal(12,2) not_null,
        compare_at_price: decimal(12,2),
        cost_per_item: decimal(12,2),
        currency: varchar(3) default "USD",
        taxable: boolean default true,
        weight_grams: integer default 0,
        requires_shipping: boolean default true,
        has_variants: boolean default false,
        option_names: jsonb default "[]",
        images: jsonb default "[]",
        featured_image: text,
        seo_title: varchar(255),
        seo_description: text,
        file_id: uuid,
        download_limit: integer,
        download_expiry_days: integer,
        metadata: jsonb default "{}",
        category_id: bigint references(phoenix_kit_shop_categories, on_delete = set_null),
        created_by: bigint references(phoenix_kit_users, on_delete = set_null),
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(phoenix_kit_shop_products_slug_unique, [slug]),
    });
    create_index!(phoenix_kit_shop_products, [slug], name = idx_shop_products_slug);
    create_index!(phoenix_kit_shop_products, [status], name = idx_shop_products_status);
    create_index!(phoenix_kit_shop_products, [category_id], name = idx_shop_products_category);
    create_index!(phoenix_kit_shop_products, [product_type], name = idx_shop_products_type);
    create_index!(phoenix_kit_shop_products, [tags], name = idx_shop_products_tags, using = gin);
    create_index!(phoenix_kit_shop_products, [created_by], name = idx_shop_products_created_by);
    comment!(phoenix_kit_shop_products, "E-commerce products (physical and digital)");

    create_table!(phoenix_kit_shop_shipping_methods, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        name: varchar(255) not_null,
        slug: varchar(100) not_null,
        description: text,
        price: decimal(12,2) not_null default 0,
        currency: varchar(3) default "USD",
        free_above_amount: decimal(12,2),
        min_weight_grams: integer default 0,
        max_weight_grams: integer,
        min_order_amount: decimal(12,2),
        max_order_amount: decimal(12,2),
        countries: jsonb default "[]",
        excluded_countries: jsonb default "[]",
        active: boolean default true,
        position: integer default 0,
        estimated_days_min: integer,
        estimated_days_max: integer,
        tracking_supported: boolean default false,
        metadata: jsonb default "{}",
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(phoenix_kit_shop_shipping_methods_slug_unique, [slug]),
    });
    create_index!(phoenix_kit_shop_shipping_methods, [active], name = idx_shop_shipping_active);
    create_index!(phoenix_kit_shop_shipping_methods, [position], name = idx_shop_shipping_position);
    comment!(phoenix_kit_shop_shipping_methods, "Shipping methods with weight, price, and geographic constraints");

    // PhoenixKit creates payment_options after carts and cart_items. It comes first here so that the
    // derived down (reverse order, DROP TABLE without CASCADE) drops carts, whose
    // payment_option_id references it, before it. Creation order is not visible in the schema.
    create_table!(phoenix_kit_payment_options, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        name: varchar(255) not_null,
        code: varchar(50) not_null,
        type: varchar(20) not_null default "offline",
        provider: varchar(50),
        description: text,
        instructions: text,
        icon: varchar(100) default "hero-banknotes",
        active: boolean default false,
        position: integer default 0,
        requires_billing_profile: boolean default true,
        settings: jsonb default "{}",
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(phoenix_kit_payment_options_code_unique, [code]),
    });
    create_index!(phoenix_kit_payment_options, [active], name = idx_payment_options_active);
    create_index!(phoenix_kit_payment_options, [position], name = idx_payment_options_position);
    comment!(phoenix_kit_payment_options, "Available payment methods for checkout (COD, bank transfer, online payments)");

    create_table!(phoenix_kit_shop_carts, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        user_id: bigint references(phoenix_kit_users, on_delete = set_null),
        session_id: varchar(64),
        status: varchar(20) default "active",
        shipping_method_id: bigint references(phoenix_kit_shop_shipping_methods, on_delete = set_null),
        shipping_country: varchar(2),
        subtotal: decimal(12,2) default 0,
        shipping_amount: decimal(12,2) default 0,
        tax_amount: decimal(12,2) default 0,
        discount_amount: decimal(12,2) default 0,
        total: decimal(12,2) default 0,
        currency: varchar(3) default "USD",
        discount_code: varchar(100),
        total_weight_grams: integer default 0,
        items_count: integer default 0,
        metadata: jsonb default "{}",
        expires_at: timestamp,
        converted_at: timestamp,
        // No foreign key, as in PhoenixKit.
        merged_into_cart_id: bigint,
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        check(phoenix_kit_shop_carts_identity, "user_id IS NOT NULL OR session_id IS NOT NULL"),
    });
    create_index!(phoenix_kit_shop_carts, [user_id], name = idx_shop_carts_user, filter = "user_id IS NOT NULL");
    create_index!(phoenix_kit_shop_carts, [session_id], name = idx_shop_carts_session, filter = "session_id IS NOT NULL");
    create_index!(phoenix_kit_shop_carts, [status], name = idx_shop_carts_status);
    create_index!(phoenix_kit_shop_carts, [user_id], unique, name = idx_shop_carts_active_user,
        filter = "user_id IS NOT NULL AND status = 'active'");
    create_index!(phoenix_kit_shop_carts, [session_id], unique, name = idx_shop_carts_active_session,
        filter = "session_id IS NOT NULL AND status = 'active' AND user_id IS NULL");
    comment!(phoenix_kit_shop_carts, "Shopping carts for users and guests with status tracking");

    create_table!(phoenix_kit_shop_cart_items, {
        uuid: uuid not_null default sql("gen_random_uuid()"),
        cart_id: bigint not_null references(phoenix_kit_shop_carts, on_delete = cascade),
        product_id: bigint references(phoenix_kit_shop_products, on_delete = set_null),
        product_title: varchar(255) not_null,
        product_slug: varchar(255),
        product_sku: varchar(100),
        product_image: varchar(500),
        unit_price: decimal(12,2) not_null,
        compare_at_price: decimal(12,2),
        currency: varchar(3) default "USD",
        quantity: integer not_null default 1,
        line_total: decimal(12,2) not_null,
        weight_grams: integer default 0,
        taxable: boolean default true,
        variant_id: bigint,
        variant_options: jsonb default "{}",
        metadata: jsonb default "{}",
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        check(phoenix_kit_shop_cart_items_quantity_positive, "quantity > 0"),
    });
    create_index!(phoenix_kit_shop_cart_items, [cart_id], name = idx_shop_cart_items_cart);
    create_index!(phoenix_kit_shop_cart_items, [product_id], name = idx_shop_cart_items_product);
    create_index!(phoenix_kit_shop_cart_items, [cart_id, product_id], unique, name = idx_shop_cart_items_unique,
        filter = "variant_id IS NULL");
    comment!(phoenix_kit_shop_cart_items, "Cart items with price snapshots for consistency");

    // A separate ADD COLUMN IF NOT EXISTS in PhoenixKit (carts created by an older shop install lack
    // it), so it sits after updated_at. FK phoenix_kit_shop_carts_payment_option_id_fkey (default name).
    add_column!(phoenix_kit_shop_carts,
        payment_option_id: bigint references(phoenix_kit_payment_options, on_delete = set_null));
    create_index!(phoenix_kit_shop_carts, [payment_option_id], name = idx_shop_carts_payment_option);

    // The down deletes these five keys; PhoenixKit's deletes every setting with module = 'shop'.
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "shop_enabled", value: "false", module: "shop", date_added: now(), date_updated: now() },
        { key: "shop_currency", value: "USD", module: "shop", date_added: now(), date_updated: now() },
        { key: "shop_tax_enabled", value: "true", module: "shop", date_added: now(), date_updated: now() },
        { key: "shop_tax_rate", value: "20", module: "shop", date_added: now(), date_updated: now() },
        { key: "shop_inventory_tracking", value: "true", module: "shop", date_added: now(), date_updated: now() },
    ]);

    // Upsert on the UNIQUE constraint phoenix_kit_payment_options_code_unique: a re-run refreshes the
    // texts, icon, position and requires_billing_profile but keeps `type`, `provider` and `active`.
    seed!(phoenix_kit_payment_options, conflict = [code],
        update = "name = EXCLUDED.name, description = EXCLUDED.description, \
            instructions = EXCLUDED.instructions, icon = EXCLUDED.icon, position = EXCLUDED.position, \
            requires_billing_profile = EXCLUDED.requires_billing_profile",
        rows = [
        { name: "Cash on Delivery", code: "cod", type: "offline", provider: null,
          description: "Pay when you receive your order",
          instructions: "Payment will be collected upon delivery. Please have the exact amount ready.",
          icon: "hero-banknotes", active: true, position: 1, requires_billing_profile: true },
        { name: "Bank Transfer", code: "bank_transfer", type: "offline", provider: null,
          description: "Pay via bank transfer",
          instructions: "You will receive invoice with bank details after order confirmation.",
          icon: "hero-building-library", active: false, position: 2, requires_billing_profile: true },
        { name: "Pay with Card", code: "stripe", type: "online", provider: "stripe",
          description: "Secure payment with credit or debit card",
          instructions: null,
          icon: "hero-credit-card", active: false, position: 3, requires_billing_profile: false },
        { name: "PayPal", code: "paypal", type: "online", provider: "paypal",
          description: "Pay securely with your PayPal account",
          instructions: null,
          icon: "hero-credit-card", active: false, position: 4, requires_billing_profile: false },
    ]);
}
