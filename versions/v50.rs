pk_macros::version! {
    number = 50;
    title = "Bucket access_type";

    // PhoenixKit bounds the lock wait of the ALTER to 30 s and resets it afterwards; its down does
    // the same around the DROP with 10 s. The explicit reverses give our down that same sequence
    // (SET LOCAL lock_timeout = '10s', drop the column, SET LOCAL lock_timeout = '0').
    set_local!(lock_timeout, "30s") reverse {
        set_local!(lock_timeout, "0");
    }
    // PhoenixKit checks information_schema in a DO block before the ALTER, so that no lock is taken
    // when the column already exists (ADD COLUMN IF NOT EXISTS would still lock the table).
    when!(column_missing(phoenix_kit_buckets.access_type), {
        add_column!(phoenix_kit_buckets, access_type: varchar(20) default "public");
    });
    set_local!(lock_timeout, "0") reverse {
        set_local!(lock_timeout, "10s");
    }
}
