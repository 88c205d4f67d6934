pk_macros::version! {
    number = 33;
    title = "Payment providers & subscriptions";

    create_table!(phoenix_kit_payment_methods, {
        user_id: integer not_null,
        provider: varchar(20) not_null,
        provider_payment_method_id: varchar(255) not_null,
        provider_customer_id: varchar(255),
        type: varchar(20) not_null default "card",
        brand: varchar(20),
        last4: varchar(4),
        exp_month: integer,
        exp_year: integer,
        display_name: varchar(255),
        is_default: boolean not_null default false,
        status: varchar(20) not_null default "active",
        metadata: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_payment_methods, [user_id], name = phoenix_kit_payment_methods_user_id_idx);
    create_index!(phoenix_kit_payment_methods, [user_id, is_default], name = phoenix_kit_payment_methods_user_default_idx);
    create_index!(phoenix_kit_payment_methods, [provider, provider_payment_method_id], unique,
        name = phoenix_kit_payment_methods_provider_id_uidx);

    create_table!(phoenix_kit_subscription_plans, {
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        price: decimal(15,2) not_null,
        currency: varchar(3) not_null default "EUR",
        interval: varchar(10) not_null default "month",
        interval_count: integer not_null default 1,
        trial_days: integer not_null default 0,
        features: array(jsonb) not_null default sql("ARRAY[]::jsonb[]"),
        active: boolean not_null default true,
        sort_order: integer not_null default 0,
        metadata: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_subscription_plans, [slug], unique, name = phoenix_kit_subscription_plans_slug_uidx);

    create_table!(phoenix_kit_subscriptions, {
        user_id: integer not_null,
        billing_profile_id: integer,
        payment_method_id: integer,
        plan_id: integer not_null,
        plan_name: varchar(255) not_null,
        provider: varchar(20),
        provider_subscription_id: varchar(255),
        status: varchar(20) not_null default "active",
        current_period_start: timestamp not_null,
        current_period_end: timestamp not_null,
        cancel_at_period_end: boolean not_null default false,
        cancelled_at: timestamp,
        trial_start: timestamp,
        trial_end: timestamp,
        grace_period_end: timestamp,
        renewal_attempts: integer not_null default 0,
        last_renewal_attempt_at: timestamp,
        last_renewal_error: varchar(255),
        price: decimal(15,2) not_null,
        currency: varchar(3) not_null default "EUR",
        metadata: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_subscriptions, [user_id], name = phoenix_kit_subscriptions_user_id_idx);
    create_index!(phoenix_kit_subscriptions, [status], name = phoenix_kit_subscriptions_status_idx);
    create_index!(phoenix_kit_subscriptions, [current_period_end], name = phoenix_kit_subscriptions_period_end_idx);
    create_index!(phoenix_kit_subscriptions, [provider, provider_subscription_id], name = phoenix_kit_subscriptions_provider_idx);

    create_table!(phoenix_kit_payment_provider_configs, {
        provider: varchar(20) not_null,
        enabled: boolean not_null default false,
        mode: varchar(10) not_null default "test",
        api_key: text,
        api_secret: text,
        webhook_secret: text,
        webhook_url: varchar(255),
        last_verified_at: timestamp,
        verification_status: varchar(20) default "pending",
        verification_error: text,
        config: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_payment_provider_configs, [provider], unique,
        name = phoenix_kit_payment_provider_configs_provider_uidx);

    create_table!(phoenix_kit_webhook_events, {
        provider: varchar(20) not_null,
        event_id: varchar(255) not_null,
        event_type: varchar(255) not_null,
        payload: jsonb not_null default "{}",
        processed: boolean not_null default false,
        processed_at: timestamp,
        error_message: text,
        retry_count: integer not_null default 0,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_webhook_events, [provider, event_id], unique, name = phoenix_kit_webhook_events_provider_event_uidx);
    create_index!(phoenix_kit_webhook_events, [processed], name = phoenix_kit_webhook_events_processed_idx);

    add_column!(phoenix_kit_orders, checkout_session_id: varchar(255));
    add_column!(phoenix_kit_orders, checkout_url: text);
    add_column!(phoenix_kit_orders, checkout_expires_at: timestamp);
    drop_default!(phoenix_kit_orders, payment_method);
    // Orders left without a payment method get PhoenixKit's old default back on the way down.
    drop_not_null!(phoenix_kit_orders, payment_method) reverse {
        update!(phoenix_kit_orders, set = "payment_method = 'bank'", filter = "payment_method IS NULL");
        set_not_null!(phoenix_kit_orders, payment_method);
    }

    add_column!(phoenix_kit_invoices, subscription_id: integer);
    create_index!(phoenix_kit_invoices, [subscription_id], name = phoenix_kit_invoices_subscription_id_idx);

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "billing_stripe_enabled", value: "false", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_paypal_enabled", value: "false", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_razorpay_enabled", value: "false", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_subscription_grace_days", value: "3", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_dunning_max_attempts", value: "3", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_dunning_retry_days", value: "3", module: "billing", date_added: now(), date_updated: now() },
    ]);
}
