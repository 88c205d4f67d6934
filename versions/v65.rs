pk_macros::version! {
    number = 65;
    title = "SubscriptionPlan → SubscriptionType";

    // As upstream, only the table, its slug index and the subscriptions column are renamed. The
    // primary key (phoenix_kit_subscription_plans_pkey), the id sequence
    // (phoenix_kit_subscription_plans_id_seq) and V40's phoenix_kit_subscription_plans_uuid_idx
    // keep their `plans` names (public_stepwise/v65.txt).
    //
    // PhoenixKit's `ALTER INDEX IF EXISTS phoenix_kit_subscription_plans_slug_uidx …` is
    // unqualified (with a non-public prefix it renames nothing, or public's index); rename_index!
    // renames the prefix's own index.
    //
    // PhoenixKit also renames subscriptions.plan_uuid → subscription_type_uuid if that column
    // exists. It never exists on any chain (V56 skipped the companion, see v56.rs), so nothing
    // is written for it; a when!(column_exists(…)) cannot be written either (the macro requires
    // the column to exist in the model).
    //
    // Down (derived): column, index, table renamed back — the same as PhoenixKit's down (which
    // renames the table before the index; same result).
    rename_table!(phoenix_kit_subscription_plans -> phoenix_kit_subscription_types);
    rename_index!(phoenix_kit_subscription_plans_slug_uidx -> phoenix_kit_subscription_types_slug_uidx);
    rename_column!(phoenix_kit_subscriptions, plan_id -> subscription_type_id);
}
