// `reassert!` is for statements already true at this version; email_logs has no `locale` yet.
pk_runtime::version! {
    chain = "../../versions";
    number = 58;
    title = "Reassert";

    reassert!({
        add_column!(phoenix_kit_email_logs, locale: varchar(10));
    });
}

fn main() {}
