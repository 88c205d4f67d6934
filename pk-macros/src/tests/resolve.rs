//! Resolution, family by family: what each operation becomes in `pk_schema` values.

use pk_schema::{self as ir, Action, Op, Orphans};

use super::support::{accepted, column};

#[test]
fn columns_resolve_with_type_default_and_foreign_key() {
    let checked = accepted(
        "add_column!(posts, editor_id: bigint not_null default 0 references(users, name = posts_editor_fk));",
    );
    assert_eq!(
        checked.up[0],
        Op::AddColumn {
            table: "posts".into(),
            column: column("editor_id", "bigint", "bigint", true, Some("0")),
        }
    );
    let Op::AddForeignKey(fk) = &checked.up[1] else {
        panic!("no foreign key: {:?}", checked.up);
    };
    assert_eq!(fk.name, "posts_editor_fk");
    assert_eq!((fk.ref_table.as_ref(), fk.ref_columns.len()), ("users", 1));
    assert_eq!(fk.ref_columns[0], "id");
    assert_eq!(fk.on_delete, Action::NoAction);
    // One operation, two resolved: the down drops the foreign key before the column.
    assert_eq!(
        checked.down.expect("a down"),
        [
            Op::DropConstraint {
                table: "posts".into(),
                name: "posts_editor_fk".into()
            },
            Op::DropColumn {
                table: "posts".into(),
                column: "editor_id".into(),
                cascade: false
            },
        ]
    );
}

#[test]
fn change_type_makes_one_operation_per_column() {
    let checked = accepted(r#"change_type!(users, [email, name], text, using = "x::text");"#);
    let columns: Vec<&str> = checked
        .up
        .iter()
        .map(|op| match op {
            Op::ChangeType {
                column,
                ty,
                using: Some(using),
                ..
            } if &**ty == "text" && &**using == "x::text" => &**column,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(columns, ["email", "name"]);
}

#[test]
fn an_index_without_a_name_is_named_after_its_table_and_columns() {
    let checked = accepted("create_index!(users, [email, name desc], unique);");
    let Op::CreateIndex(index) = &checked.up[0] else {
        panic!("{:?}", checked.up);
    };
    assert_eq!(index.name, "users_email_name_index");
    assert!(index.unique);
    assert_eq!(
        index.keys[1],
        ir::IndexKey::Column {
            name: "name".into(),
            desc: true
        }
    );
}

#[test]
fn foreign_keys_resolve_with_actions_and_orphans() {
    let checked = accepted(
        "add_column!(users, boss_id: bigint);
         add_foreign_key!(users(boss_id) -> users(id), orphans = set_null, on_delete = set_null, on_update = restrict);",
    );
    let Op::AddForeignKey(fk) = &checked.up[1] else {
        panic!("{:?}", checked.up);
    };
    assert_eq!(fk.name, "users_boss_id_fkey");
    assert_eq!(fk.orphans, Some(Orphans::SetNull));
    assert_eq!(
        (fk.on_delete, fk.on_update),
        (Action::SetNull, Action::Restrict)
    );
}

#[test]
fn routines_resolve_enums_functions_and_triggers() {
    let checked = accepted(
        r#"add_enum_value!(mood, "meh") reverse {}
           create_trigger!(users, users_touch, "BEFORE UPDATE", function = uuid_generate_v7);
           drop_function!(uuid_generate_v7, "()") reverse {}"#,
    );
    assert_eq!(
        checked.up[0],
        Op::AddEnumValue {
            name: "mood".into(),
            value: "meh".into()
        }
    );
    assert!(matches!(&checked.up[1], Op::CreateTrigger(t) if t.timing == "BEFORE UPDATE"));
    assert!(matches!(&checked.up[2], Op::DropFunction { args, .. } if args == "()"));
}

#[test]
fn seeds_resolve_every_kind_of_value() {
    let checked = accepted(
        r#"seed!(posts, conflict = [title], update = "user_id = EXCLUDED.user_id", rows = [
            { user_id: -1, title: "it's", },
            { user_id: sql("(SELECT 1)"), title: null },
        ]);
        seed!(users, conflict = [email], rows = [
            { id: uuid_v7(), email: "a@b", name: now() },
        ]) reverse {}"#,
    );
    let Op::Seed(posts) = &checked.up[0] else {
        panic!("{:?}", checked.up);
    };
    assert!(
        posts.on_conflict,
        "posts_title_uniq covers the conflict key"
    );
    assert_eq!(
        &posts.rows[..],
        &[
            vec![ir::Value::Int(-1), ir::Value::Text("it's".into())],
            vec![ir::Value::Expr("(SELECT 1)".into()), ir::Value::Null],
        ]
    );
    let Op::Seed(users) = &checked.up[1] else {
        panic!("{:?}", checked.up);
    };
    assert!(
        !users.on_conflict,
        "no unique index on users.email: insert if absent"
    );
    assert_eq!(
        users.rows[0][..],
        [
            ir::Value::UuidV7,
            ir::Value::Text("a@b".into()),
            ir::Value::Expr("NOW()".into())
        ]
    );
}

#[test]
fn when_holds_its_operations_and_their_inverses() {
    let checked = accepted(
        "when!(column_missing(users.age), { add_column!(users, age: integer); set_not_null!(users, age, fill = 0); });",
    );
    let Op::When { condition, ops } = &checked.up[0] else {
        panic!("{:?}", checked.up);
    };
    assert_eq!(
        *condition,
        ir::Condition::ColumnMissing {
            table: "users".into(),
            column: "age".into()
        }
    );
    assert!(matches!(&ops[1], Op::FillNotNull { fill, .. } if &**fill == "0"));
    // The down is the inner operations' inverses, last first, without the condition.
    assert_eq!(
        checked.down.expect("a down"),
        [
            Op::DropNotNull {
                table: "users".into(),
                column: "age".into()
            },
            Op::DropColumn {
                table: "users".into(),
                column: "age".into(),
                cascade: false
            },
        ]
    );
}

#[test]
fn add_uuid_column_expands_to_a_guarded_column_index_and_not_null() {
    let checked = accepted("add_uuid_column!(users);");
    let Op::When { condition, ops } = &checked.up[0] else {
        panic!("{:?}", checked.up);
    };
    assert!(matches!(condition, ir::Condition::ColumnMissing { column, .. } if column == "uuid"));
    assert_eq!(
        ops[0],
        Op::AddColumn {
            table: "users".into(),
            column: column(
                "uuid",
                "uuid",
                "uuid",
                false,
                Some("{prefix}.uuid_generate_v7()")
            ),
        }
    );
    assert!(matches!(&ops[1], Op::CreateIndex(i) if i.unique && i.name == "users_uuid_idx"));
    assert!(matches!(&ops[2], Op::SetNotNull { column, .. } if column == "uuid"));
}

#[test]
fn uuid_v7_as_a_default_is_the_prefix_function_as_sql_would_write_it() {
    let typed = accepted(
        "add_column!(users, uuid: uuid default uuid_v7());
         set_default!(users, email, uuid_v7());
         set_not_null!(users, name, fill = uuid_v7());
         create_table!(tags, primary_key = uuid(uuid, default = uuid_v7()), { label: text });",
    );
    let written = accepted(
        r#"add_column!(users, uuid: uuid default sql("{prefix}.uuid_generate_v7()"));
           set_default!(users, email, sql("{prefix}.uuid_generate_v7()"));
           set_not_null!(users, name, fill = sql("{prefix}.uuid_generate_v7()"));
           create_table!(tags, primary_key = uuid(uuid, default = sql("{prefix}.uuid_generate_v7()")), { label: text });"#,
    );
    assert_eq!(typed.up, written.up);
    assert_eq!(typed.down, written.down);
    let Op::AddColumn { column, .. } = &typed.up[0] else {
        panic!("{:?}", typed.up);
    };
    assert_eq!(
        column.default.as_deref(),
        Some("{prefix}.uuid_generate_v7()")
    );
    // add_uuid_column! defaults to the same call.
    let composite = accepted("add_uuid_column!(users);");
    let Op::When { ops, .. } = &composite.up[0] else {
        panic!("{:?}", composite.up);
    };
    assert!(matches!(&ops[0], Op::AddColumn { column: c, .. } if c.default == column.default));
}
