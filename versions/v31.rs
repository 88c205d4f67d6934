pk_macros::version! {
    number = 31;
    title = "Billing phase 1";

    create_table!(phoenix_kit_currencies, {
        code: varchar(3) not_null,
        name: varchar(255) not_null,
        symbol: varchar(5) not_null,
        decimal_places: integer not_null default 2,
        is_default: boolean not_null default false,
        enabled: boolean not_null default true,
        exchange_rate: decimal(15,6) not_null default 1,
        sort_order: integer not_null default 0,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_currencies, [code], unique, name = phoenix_kit_currencies_code_uidx);
    seed!(phoenix_kit_currencies, conflict = [code], rows = [
        { code: "EUR", name: "Euro", symbol: "€", decimal_places: 2, is_default: true, enabled: true,
          exchange_rate: sql("1.000000"), sort_order: 1, inserted_at: now(), updated_at: now() },
        { code: "USD", name: "US Dollar", symbol: "$", decimal_places: 2, is_default: false, enabled: true,
          exchange_rate: sql("1.100000"), sort_order: 2, inserted_at: now(), updated_at: now() },
        { code: "GBP", name: "British Pound", symbol: "£", decimal_places: 2, is_default: false, enabled: true,
          exchange_rate: sql("0.850000"), sort_order: 3, inserted_at: now(), updated_at: now() },
    ]);

    create_table!(phoenix_kit_billing_profiles, {
        user_id: integer not_null,
        type: varchar(20) not_null default "individual",
        is_default: boolean not_null default false,
        name: varchar(255),
        first_name: varchar(255),
        last_name: varchar(255),
        middle_name: varchar(255),
        phone: varchar(255),
        email: varchar(255),
        company_name: varchar(255),
        company_vat_number: varchar(20),
        company_registration_number: varchar(30),
        company_legal_address: text,
        address_line1: varchar(255),
        address_line2: varchar(255),
        city: varchar(255),
        state: varchar(255),
        postal_code: varchar(20),
        country: varchar(2) default "EE",
        metadata: jsonb default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_billing_profiles, [user_id], name = phoenix_kit_billing_profiles_user_id_idx);
    create_index!(phoenix_kit_billing_profiles, [user_id, is_default], name = phoenix_kit_billing_profiles_user_default_idx);
    add_foreign_key!(phoenix_kit_billing_profiles(user_id) -> phoenix_kit_users(id), on_delete = cascade);

    create_table!(phoenix_kit_orders, {
        user_id: integer not_null,
        billing_profile_id: integer,
        order_number: varchar(30) not_null,
        status: varchar(20) not_null default "draft",
        payment_method: varchar(20) not_null default "bank",
        line_items: jsonb not_null default "[]",
        subtotal: decimal(15,2) not_null default 0,
        tax_amount: decimal(15,2) not_null default 0,
        tax_rate: decimal(5,4) not_null default 0,
        discount_amount: decimal(15,2) not_null default 0,
        discount_code: varchar(50),
        total: decimal(15,2) not_null,
        currency: varchar(3) not_null default "EUR",
        billing_snapshot: jsonb default "{}",
        notes: text,
        internal_notes: text,
        metadata: jsonb default "{}",
        confirmed_at: timestamp,
        paid_at: timestamp,
        cancelled_at: timestamp,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_orders, [order_number], unique, name = phoenix_kit_orders_order_number_uidx);
    create_index!(phoenix_kit_orders, [user_id], name = phoenix_kit_orders_user_id_idx);
    create_index!(phoenix_kit_orders, [status], name = phoenix_kit_orders_status_idx);
    create_index!(phoenix_kit_orders, [inserted_at], name = phoenix_kit_orders_inserted_at_idx);
    create_index!(phoenix_kit_orders, [billing_profile_id], name = phoenix_kit_orders_billing_profile_id_idx);
    add_foreign_key!(phoenix_kit_orders(user_id) -> phoenix_kit_users(id), on_delete = restrict);
    add_foreign_key!(phoenix_kit_orders(billing_profile_id) -> phoenix_kit_billing_profiles(id), on_delete = set_null);

    create_table!(phoenix_kit_invoices, {
        user_id: integer not_null,
        order_id: integer,
        invoice_number: varchar(30) not_null,
        status: varchar(20) not_null default "draft",
        subtotal: decimal(15,2) not_null default 0,
        tax_amount: decimal(15,2) not_null default 0,
        tax_rate: decimal(5,4) not_null default 0,
        total: decimal(15,2) not_null,
        currency: varchar(3) not_null default "EUR",
        due_date: date,
        billing_details: jsonb default "{}",
        line_items: jsonb not_null default "[]",
        payment_terms: varchar(255),
        bank_details: jsonb default "{}",
        notes: text,
        metadata: jsonb default "{}",
        receipt_number: varchar(30),
        receipt_generated_at: timestamp,
        receipt_data: jsonb default "{}",
        sent_at: timestamp,
        paid_at: timestamp,
        voided_at: timestamp,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_invoices, [invoice_number], unique, name = phoenix_kit_invoices_invoice_number_uidx);
    create_index!(phoenix_kit_invoices, [user_id], name = phoenix_kit_invoices_user_id_idx);
    create_index!(phoenix_kit_invoices, [order_id], name = phoenix_kit_invoices_order_id_idx);
    create_index!(phoenix_kit_invoices, [status], name = phoenix_kit_invoices_status_idx);
    create_index!(phoenix_kit_invoices, [due_date], name = phoenix_kit_invoices_due_date_idx);
    add_foreign_key!(phoenix_kit_invoices(user_id) -> phoenix_kit_users(id), on_delete = restrict);
    add_foreign_key!(phoenix_kit_invoices(order_id) -> phoenix_kit_orders(id), on_delete = set_null);

    create_table!(phoenix_kit_transactions, {
        invoice_id: integer not_null,
        user_id: integer not_null,
        transaction_number: varchar(30) not_null,
        amount: decimal(15,2) not_null,
        currency: varchar(3) not_null default "EUR",
        payment_method: varchar(20) not_null default "bank",
        description: varchar(255),
        metadata: jsonb default "{}",
        provider_transaction_id: varchar(255),
        provider_data: jsonb default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_transactions, [transaction_number], unique, name = phoenix_kit_transactions_transaction_number_uidx);
    create_index!(phoenix_kit_transactions, [invoice_id], name = phoenix_kit_transactions_invoice_id_idx);
    create_index!(phoenix_kit_transactions, [user_id], name = phoenix_kit_transactions_user_id_idx);
    create_index!(phoenix_kit_transactions, [payment_method], name = phoenix_kit_transactions_payment_method_idx);
    add_foreign_key!(phoenix_kit_transactions(invoice_id) -> phoenix_kit_invoices(id), on_delete = restrict);
    add_foreign_key!(phoenix_kit_transactions(user_id) -> phoenix_kit_users(id), on_delete = restrict);

    // PhoenixKit adds this column after the table, so it sits last (after updated_at).
    add_column!(phoenix_kit_invoices, paid_amount: decimal(15,2) not_null default 0);

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "billing_enabled", value: "false", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_default_currency", value: "EUR", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_tax_enabled", value: "false", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_default_tax_rate", value: "0", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_invoice_prefix", value: "INV", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_order_prefix", value: "ORD", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_receipt_prefix", value: "RCP", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_invoice_due_days", value: "14", module: "billing", date_added: now(), date_updated: now() },
        { key: "billing_transaction_prefix", value: "TXN", module: "billing", date_added: now(), date_updated: now() },
    ]);

    comment!(phoenix_kit_currencies, "Supported currencies for billing with exchange rates");
    comment!(phoenix_kit_billing_profiles, "User billing information for individuals and companies (EU Standard)");
    comment!(phoenix_kit_billing_profiles.type, "Profile type: individual or company");
    comment!(phoenix_kit_billing_profiles.company_vat_number, "EU VAT Number (e.g., EE123456789)");
    comment!(phoenix_kit_orders, "Orders with line items, amounts, and billing information");
    comment!(phoenix_kit_orders.line_items, "JSONB array of line items: [{name, description, quantity, unit_price, total}]");
    comment!(phoenix_kit_orders.billing_snapshot, "Snapshot of billing profile at order creation time");
    comment!(phoenix_kit_invoices, "Invoices generated from orders with receipt functionality");
    comment!(phoenix_kit_invoices.bank_details, "Bank account details for payment (IBAN, SWIFT, bank name)");
    comment!(phoenix_kit_invoices.receipt_data, "Receipt information after payment (PDF URL, download count, etc.)");
    comment!(phoenix_kit_transactions, "Payment transactions for invoices (amount > 0 = payment, amount < 0 = refund)");
    comment!(phoenix_kit_transactions.amount, "Transaction amount: positive for payments, negative for refunds");

    // PhoenixKit then seeds the billing email templates from application code: out of scope (as at V15).
}
