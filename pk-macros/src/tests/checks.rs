//! The named checks that reject: their messages, their spans, every error of a version in order.

use super::support::{accepted, rejected, rejected_at, version};
use crate::valid;

#[test]
fn missing_tables_columns_and_indexes_are_rejected_on_their_token() {
    assert_eq!(
        rejected_at("drop_table!(nope);"),
        (
            "table `nope` does not exist at this version".into(),
            "nope);".into()
        )
    );
    assert_eq!(
        rejected_at("rename_column!(users, mail -> email2);"),
        (
            "column `mail` does not exist in `users` at this version".into(),
            "mail -> email2);".into()
        )
    );
    assert_eq!(
        rejected("create_index!(users, [emial]);"),
        ["index on column `emial`, which does not exist in `users` at this version"]
    );
    assert_eq!(
        rejected("drop_index!(posts_title_index);"),
        ["index `posts_title_index` does not exist at this version"]
    );
}

#[test]
fn duplicates_are_rejected() {
    assert_eq!(
        rejected("create_table!(users, { a: text });"),
        ["table `users` already exists at this version"]
    );
    assert_eq!(
        rejected("create_table!(t, { a: text, b: text, a: integer });"),
        ["duplicate column `a` in `t`"]
    );
    assert_eq!(
        rejected("add_column!(users, email: text);"),
        ["column `email` already exists in `users`"]
    );
    assert_eq!(
        rejected("create_index!(users, [email], name = posts_title_uniq);"),
        ["index `posts_title_uniq` already exists at this version"]
    );
    assert_eq!(
        rejected(r#"add_check!(posts, posts_title_uniq, "true");"#),
        ["constraint `posts_title_uniq` already exists on `posts`"]
    );
    assert_eq!(
        rejected(r#"create_enum!(mood, ["x"]);"#),
        ["type `mood` already exists at this version"]
    );
}

#[test]
fn constraint_rules_are_enforced() {
    assert_eq!(
        rejected("drop_column!(users, id);"),
        [
            "`posts_user_id_fkey` on `posts` references `users.id`: drop it first (drop_constraint! or drop_foreign_keys_to!)"
        ]
    );
    assert_eq!(
        rejected("add_foreign_key!(posts(user_id, title) -> users(id));"),
        ["a foreign key needs as many referenced columns as columns"]
    );
    assert_eq!(
        rejected(
            "add_foreign_key!(posts(user_id) -> users(id), orphans = set_null, name = other_fk);"
        ),
        [
            "`posts.user_id` is NOT NULL, so its orphans cannot be set to NULL; leave out `orphans =` \
          (adding the constraint then fails on an orphan)"
        ]
    );
    assert_eq!(
        rejected("add_foreign_key!(posts(user_id) -> users(id), orphans = keep, name = other_fk);"),
        ["unknown orphan rule `keep`; expected delete or set_null"]
    );
    assert_eq!(
        rejected("add_column!(posts, x: bigint references(users, on_delete = explode));"),
        [
            "unknown referential action `explode`; expected cascade, set_null, restrict, no_action or set_default"
        ]
    );
    assert_eq!(
        rejected("add_primary_key!(users, [email]);"),
        ["`users` already has a primary key (id)"]
    );
    assert_eq!(
        rejected("drop_sequence!(users_id_seq);"),
        [
            "`users.id` takes its default from `users_id_seq`: say `cascade` to drop the default with it"
        ]
    );
    assert_eq!(
        rejected("promote_uuid_primary_key!(posts);"),
        [
            "`posts.uuid` must be a NOT NULL uuid column to become the primary key (set_not_null! it first)"
        ]
    );
}

#[test]
fn index_and_seed_rules_are_enforced() {
    assert_eq!(
        rejected(r#"create_index!(users, ["lower(email)"]);"#),
        ["an index on an expression needs `name = \"…\"`"]
    );
    assert_eq!(
        rejected("create_index!(users, []);"),
        ["an index needs at least one key"]
    );
    assert_eq!(
        rejected(
            r#"seed!(posts, conflict = [title], rows = [{ title: "a" }, { user_id: 1 }]) reverse {}"#
        ),
        ["every seed row must list the columns title, in that order"]
    );
    assert_eq!(
        rejected(r#"seed!(posts, conflict = [user_id], rows = [{ title: "a" }]) reverse {}"#),
        ["conflict column `user_id` is not one of the seeded columns"]
    );
    assert_eq!(
        rejected("seed!(users, conflict = [id], rows = [{ id: uuid_v7() }]) reverse {}"),
        ["a conflict key cannot be uuid_v7(): each run would generate a new key"]
    );
    assert_eq!(
        rejected(
            r#"seed!(users, conflict = [email], update = "name = 'x'", rows = [{ email: "a" }]);"#
        ),
        ["an upsert needs a unique index on (email) of `users`, and there is none at this version"]
    );
}

#[test]
fn a_version_reports_every_error_in_order() {
    assert_eq!(
        rejected(
            r#"drop_table!(nope);
               update!(users, set = "name = 'x'");
               sql!(why = "because", "SELECT 1");"#
        ),
        [
            "table `nope` does not exist at this version",
            "`update!` has no inverse: follow it with `reverse { … }` (empty if there is nothing to undo), \
             or mark the version `irreversible = \"why\";`",
            "`sql!` has no inverse: follow it with `reverse { … }` (empty if there is nothing to undo), \
             or mark the version `irreversible = \"why\";`",
        ]
    );
    assert_eq!(
        rejected("when!(table_exists(users), { drop_index!(posts_user_id_index); }) reverse {}"),
        ["`when!` takes no `reverse`; give the operations inside it their own"]
    );
}

#[test]
fn reassert_accepts_only_what_is_already_true() {
    let checked = accepted(
        "reassert!({ create_index!(posts, [user_id]); add_column!(users, email: text); });",
    );
    assert_eq!(checked.up.len(), 2);
    assert!(
        checked.down.expect("a down").is_empty(),
        "re-assertions have no down"
    );
    assert_eq!(
        rejected("reassert!({ create_index!(users, [email]); });"),
        [
            "index `users_email_index` is not already true at this version; move it out of `reassert!`"
        ]
    );
    assert_eq!(
        rejected("reassert!({ add_column!(users, email: integer); });"),
        [
            "`users.email` of type integer is not already true at this version; move it out of `reassert!`"
        ]
    );
    // Operations that hold operations are not re-asserted (this used to panic).
    assert_eq!(
        rejected(
            "reassert!({ when!(table_exists(users), { drop_index!(posts_user_id_index); }); });"
        ),
        ["`when!` cannot be nested in `reassert!`; list the operations to re-assert directly"]
    );
}

#[test]
fn version_numbers_start_at_one() {
    let e = valid::version_number(&version(0, "")).expect_err("rejected");
    assert_eq!(e.to_string(), "versions are numbered from 1");
}

#[test]
fn reassert_takes_no_reverse() {
    assert_eq!(
        rejected("reassert!({ create_index!(posts, [user_id]); }) reverse {}"),
        ["`reassert!` changes nothing, so it takes no `reverse`"]
    );
}
