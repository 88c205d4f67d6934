//! Derived downs: the inverse of each up, last first; `reverse` blocks; irreversible versions.

use pk_schema::{Action, Op};

use super::support::{accepted, base, column, rejected};
use crate::ast::VersionDef;
use crate::valid;

#[test]
fn downs_undo_ups_last_first() {
    let checked = accepted(
        r#"add_column!(users, age: integer);
           create_index!(users, [age]);
           add_check!(users, users_age_check, "age > 0");
           rename_column!(users, name -> full_name);
           set_default!(users, email, sql("''"));"#,
    );
    assert_eq!(
        checked.down.expect("a down"),
        [
            Op::SetDefault {
                table: "users".into(),
                column: "email".into(),
                default: None
            },
            Op::RenameColumn {
                table: "users".into(),
                from: "full_name".into(),
                to: "name".into()
            },
            Op::DropConstraint {
                table: "users".into(),
                name: "users_age_check".into()
            },
            Op::DropIndex("users_age_index".into()),
            Op::DropColumn {
                table: "users".into(),
                column: "age".into(),
                cascade: false
            },
        ]
    );
}

#[test]
fn dropping_a_not_null_column_without_default_needs_fill() {
    let messages = rejected("drop_column!(posts, user_id);");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with(
            "the derived down re-adds `posts.user_id` NOT NULL without a default, which fails on a table with rows"
        ),
        "{messages:?}"
    );
    // A nullable column, or one with a default, is re-added as it was.
    let down = accepted("drop_column!(posts, title);")
        .down
        .expect("a down");
    assert_eq!(
        down[0],
        Op::AddColumn {
            table: "posts".into(),
            column: column("title", "text", "text", false, None),
        }
    );
}

#[test]
fn dropping_a_column_is_undone_with_its_index_and_foreign_key() {
    let checked = accepted(r#"drop_column!(posts, user_id, fill = "0");"#);
    let down = checked.down.expect("a down");
    // Re-added with the fill as its default (existing rows get it), then the default dropped.
    assert_eq!(
        down[0],
        Op::AddColumn {
            table: "posts".into(),
            column: column("user_id", "bigint", "bigint", true, Some("0")),
        }
    );
    assert_eq!(
        down[1],
        Op::SetDefault {
            table: "posts".into(),
            column: "user_id".into(),
            default: None,
        }
    );
    assert!(matches!(&down[2], Op::CreateIndex(i) if i.name == "posts_user_id_index"));
    assert!(
        matches!(&down[3], Op::AddForeignKey(fk) if fk.name == "posts_user_id_fkey" && fk.on_delete == Action::Cascade)
    );
    assert_eq!(down.len(), 4);
}

#[test]
fn work_on_a_table_created_in_the_same_version_is_undone_by_dropping_it() {
    let checked = accepted(
        "create_table!(notes, { body: text });
         add_column!(notes, author: text);
         create_index!(notes, [author]);",
    );
    assert_eq!(
        checked.down.expect("a down"),
        [Op::DropTable("notes".into())]
    );
}

#[test]
fn reverse_replaces_the_derived_inverse_and_irreversible_versions_have_none() {
    let checked = accepted(
        r#"update!(users, set = "name = upper(name)") reverse { update!(users, set = "name = lower(name)"); }"#,
    );
    assert!(
        matches!(&checked.down.expect("a down")[..], [Op::Update { set, .. }] if &**set == "name = lower(name)")
    );
    let def: VersionDef = syn::parse_str(
        r#"number = 2; title = "t"; irreversible = "data is lost"; drop_table!(posts);"#,
    )
    .expect("parses");
    let checked = valid::process(&def, 2, &mut base()).expect("accepted");
    assert!(checked.down.is_none());
    assert_eq!(checked.up, [Op::DropTable("posts".into())]);
}

#[test]
fn a_table_created_and_renamed_in_one_version_is_dropped_under_its_first_name() {
    let down = accepted(
        r#"create_table!(gadgets, { x: integer });
           rename_table!(gadgets -> widgets);
           create_index!(widgets, [x]);"#,
    )
    .down
    .expect("a down");
    assert_eq!(
        down,
        [
            Op::DropIndex("widgets_x_index".into()),
            Op::RenameTable {
                from: "widgets".into(),
                to: "gadgets".into()
            },
            Op::DropTable("gadgets".into()),
        ]
    );
}
