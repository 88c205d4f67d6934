//! Data steps keep and transform rows as PhoenixKit does.

use pk_runtime::phoenix_kit;
use pk_tests::fresh_db;

/// V08 derives usernames from existing users' emails (PhoenixKit does it in application code):
/// lower-cased local part, `.` → `_`, other characters dropped, `user_` before a non-letter,
/// `_1` for names under three characters, `_1`, `_2`… for collisions in id order.
#[tokio::test]
async fn v08_generates_usernames_from_existing_emails() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up_to(&pool, "public", 7)
        .await
        .expect("up to 7");
    let emails = [
        "John.Doe@example.com",
        "john_doe@other.org",
        "JOHN.DOE@third.net",
        "ab@x.io",
        "42answers@x.io",
        "zoë+tag@x.io",
        "_x@x.io",
        "a.very.long.local.part.that.goes.on.and.on@x.io",
    ];
    for email in emails {
        sqlx::query(
            "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) \
             VALUES ($1, 'x', now(), now())",
        )
        .bind(email)
        .execute(&pool)
        .await
        .expect("insert user");
    }
    phoenix_kit::up_to(&pool, "public", 8)
        .await
        .expect("up to 8");
    let names: Vec<String> =
        sqlx::query_scalar("SELECT username FROM public.phoenix_kit_users ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("usernames");
    assert_eq!(
        names,
        [
            "john_doe",
            "john_doe_1",
            "john_doe_2",
            "ab_1",
            "user_42answers",
            "zotag",
            "user__x",
            "a_very_long_local_part_that_go",
        ]
    );

    // Down drops the usernames; up derives them again, identically. Dropping them destroys data,
    // so the down is refused unless allowed: this test allows it deliberately.
    let refused = phoenix_kit::down_to(&pool, "public", 7).await;
    assert!(
        matches!(refused, Err(pk_runtime::Error::DataLoss { .. })),
        "{refused:?}"
    );
    let mut conn = pool.acquire().await.expect("connection");
    phoenix_kit::migrator("public")
        .expect("migrator")
        .allow_data_loss(true)
        .down(&mut conn, 7)
        .await
        .expect("down to 7");
    drop(conn);
    phoenix_kit::up_to(&pool, "public", 8)
        .await
        .expect("up to 8 again");
    let again: Vec<String> =
        sqlx::query_scalar("SELECT username FROM public.phoenix_kit_users ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("usernames");
    assert_eq!(again, names);
}

/// V02 deletes inactive role assignments and keeps the active ones.
#[tokio::test]
async fn v02_keeps_active_role_assignments_only() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up_to(&pool, "public", 1)
        .await
        .expect("up to 1");
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) VALUES
           ('a@x.io', 'x', now(), now()), ('b@x.io', 'x', now(), now());
         INSERT INTO public.phoenix_kit_user_role_assignments (user_id, role_id, is_active, inserted_at)
           SELECT u.id, r.id, u.email = 'a@x.io', now() FROM public.phoenix_kit_users u, public.phoenix_kit_user_roles r
           WHERE r.name = 'User';",
    )
    .execute(&pool)
    .await
    .expect("seed assignments");
    phoenix_kit::up_to(&pool, "public", 2)
        .await
        .expect("up to 2");
    let left: Vec<String> = sqlx::query_scalar(
        "SELECT u.email::text FROM public.phoenix_kit_user_role_assignments a JOIN public.phoenix_kit_users u ON u.id = a.user_id",
    )
    .fetch_all(&pool)
    .await
    .expect("assignments");
    assert_eq!(left, ["a@x.io"]);
}
