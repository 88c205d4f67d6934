//! Unit tests of the macro's phases without a compiler around them: the parser of each family
//! (token text in, syntax tree or `pk_schema` values out), the named checks that reject (their
//! messages and spans), and the downs derived from the ups.

use pk_schema::{self as ir, Action, Model, Op, Orphans};

use crate::ast::{self, OpDef, OpKind, VersionDef, ops};
use crate::valid::{self, Checked};

/// The schema the checks run against: two tables with a foreign key, a unique constraint, an
/// index, an enum and the uuid function.
const BASE: &str = r#"
    create_schema!();
    create_table!(users, {
        email: text not_null,
        name: varchar(255),
        timestamps(timestamptz(0)),
    });
    create_table!(posts, {
        user_id: bigint not_null references(users, on_delete = cascade),
        title: text,
        unique(posts_title_uniq, [title]),
    });
    create_index!(posts, [user_id]);
    create_enum!(mood, ["happy", "sad"]);
    create_function!(uuid_generate_v7, "()", returns = "uuid", language = plpgsql,
        body = "BEGIN RETURN gen_random_uuid(); END");
"#;

fn version(number: u32, ops: &str) -> VersionDef {
    syn::parse_str(&format!("number = {number}; title = \"test\"; {ops}"))
        .unwrap_or_else(|e| panic!("does not parse: {e}\n{ops}"))
}

fn op(text: &str) -> OpDef {
    syn::parse_str(text).unwrap_or_else(|e| panic!("does not parse: {e}\n{text}"))
}

/// The parse error of one operation.
fn parse_error(text: &str) -> String {
    match syn::parse_str::<OpDef>(text) {
        Ok(_) => panic!("parses: {text}"),
        Err(e) => e.to_string(),
    }
}

/// The model after BASE (version 1).
fn base() -> Model {
    let mut model = Model::default();
    if let Err(e) = valid::process(&version(1, BASE), 1, &mut model) {
        panic!("BASE is rejected: {e}");
    }
    model
}

/// Version 2 with these operations, checked against BASE.
fn check(ops: &str) -> syn::Result<Checked> {
    valid::process(&version(2, ops), 2, &mut base())
}

fn accepted(ops: &str) -> Checked {
    check(ops).unwrap_or_else(|e| panic!("rejected: {e}\n{ops}"))
}

/// Every message of the errors a version is rejected with, in order.
fn rejected(ops: &str) -> Vec<String> {
    match check(ops) {
        Ok(_) => panic!("accepted: {ops}"),
        Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// The message of the error a one-line version 2 is rejected with, and the text from where it
/// points on.
fn rejected_at(ops: &str) -> (String, String) {
    let e = check(ops).err().expect("rejected");
    let start = e.span().start();
    let text = format!("number = 2; title = \"test\"; {ops}");
    assert_eq!(start.line, 1);
    (e.to_string(), text[start.column..].to_owned())
}

fn column(
    name: &str,
    ty: &str,
    canonical: &str,
    not_null: bool,
    default: Option<&str>,
) -> ir::Column {
    ir::Column {
        name: name.to_owned().into(),
        ty: ty.to_owned().into(),
        canonical: canonical.to_owned().into(),
        not_null,
        default: default.map(|d| d.to_owned().into()),
    }
}

// The table of operations.

#[test]
fn the_table_of_operations_lists_each_name_once_and_in_the_error() {
    let mut names: Vec<&str> = ops::OPS.iter().map(|op| op.name).collect();
    assert_eq!(names.len(), 44);
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 44, "a name is listed twice");
    // The list tests/ui/unknown_operation.stderr pins, derived from the table.
    assert_eq!(
        parse_error("create_tabel!(t, {})"),
        "unknown operation `create_tabel`; expected one of create_schema, create_extension, \
         create_table, drop_table, add_column, drop_column, rename_column, change_type, \
         set_not_null, drop_not_null, set_default, drop_default, create_index, drop_index, \
         add_foreign_key, drop_constraint, add_check, comment, seed, update, delete, call, sql, \
         when, create_enum, add_enum_value, drop_enum, create_function, drop_function, \
         create_trigger, drop_trigger, set_unlogged, run_chain, rename_table, rename_index, \
         add_unique, set_local, add_uuid_column, add_uuid_fk_column, reassert, add_primary_key, \
         drop_sequence, drop_foreign_keys_to, promote_uuid_primary_key"
    );
}

#[test]
fn every_operation_is_parsed_by_its_family() {
    for (text, family) in [
        ("create_table!(t, { a: text })", ast::Family::Tables),
        ("drop_column!(t, c)", ast::Family::Columns),
        ("rename_index!(a -> b)", ast::Family::Indexes),
        ("add_check!(t, c, \"a > 0\")", ast::Family::Constraints),
        ("drop_trigger!(t, tr)", ast::Family::Routines),
        ("add_uuid_column!(t)", ast::Family::Uuid),
        ("delete!(t, filter = \"a IS NULL\")", ast::Family::Data),
        ("reassert!({ drop_index!(i); })", ast::Family::Control),
    ] {
        assert_eq!(op(&format!("{text};")).family, family, "{text}");
    }
}

// Parsing, family by family.

#[test]
fn tables_parse_primary_key_timestamps_checks_and_uniques() {
    let def = op(
        r#"create_table!(tags, primary_key = uuid(uuid, default = sql("gen()")), {
        label: citext not_null default "x",
        timestamps(timestamp(0), updated_at = false),
        check(tags_label_check, "label <> ''"),
        unique(tags_label_uniq, [label]),
    });"#,
    );
    let OpKind::CreateTable(table) = def.kind else {
        panic!("not a table");
    };
    let (ty, pk, default) = table.primary_key.expect("a primary key");
    assert_eq!((ty.sql.as_str(), pk.value.as_str()), ("uuid", "uuid"));
    assert_eq!(default.expect("a default").sql, "gen()");
    let names: Vec<&str> = table
        .columns
        .iter()
        .map(|c| c.name.value.as_str())
        .collect();
    assert_eq!(names, ["label", "inserted_at"]);
    assert_eq!(
        table.columns[0].default.as_ref().expect("default").sql,
        "'x'"
    );
    assert_eq!(
        table.columns[1].ty.canonical,
        "timestamp(0) without time zone"
    );
    assert_eq!(table.checks[0].name.value, "tags_label_check");
    assert_eq!(table.uniques[0].columns[0].value, "label");
}

#[test]
fn column_types_come_from_the_table_of_types() {
    for (ty, sql, canonical) in [
        ("varchar(20)", "varchar(20)", "character varying(20)"),
        ("varchar", "varchar", "character varying"),
        (
            "timestamp(6)",
            "timestamp(6)",
            "timestamp(6) without time zone",
        ),
        ("timestamptz", "timestamptz", "timestamp with time zone"),
        ("numeric(10, 2)", "numeric(10,2)", "numeric(10,2)"),
        ("decimal(5)", "decimal(5)", "numeric(5)"),
        ("double", "double precision", "double precision"),
        ("time", "time", "time without time zone"),
        (
            "array(varchar(3))",
            "varchar(3)[]",
            "character varying(3)[]",
        ),
        ("named(mood)", "{prefix}.\"mood\"", "mood"),
    ] {
        let ty: ast::TypeDef = syn::parse_str(ty).unwrap_or_else(|e| panic!("{ty}: {e}"));
        assert_eq!((ty.sql.as_str(), ty.canonical.as_str()), (sql, canonical));
    }
}

#[test]
fn unknown_types_and_arguments_are_rejected() {
    // The list tests/ui/unknown_column_type.stderr pins, derived from the table of types.
    assert_eq!(
        parse_error("add_column!(t, a: strng);"),
        "unknown column type `strng`; expected one of bigserial, serial, bigint, integer, \
         smallint, boolean, text, citext, bytea, jsonb, json, uuid, date, time, inet, real, \
         double, float, varchar(N), timestamp[(P)], timestamptz[(P)], numeric[(P[, S])], \
         decimal[(P[, S])], array(TYPE), named(TYPE_IN_PREFIX)"
    );
    assert_eq!(
        parse_error("add_column!(t, a: text(3));"),
        "type `text` does not take 1 argument(s)"
    );
    assert_eq!(
        parse_error("add_column!(t, a: varchar(1, 2));"),
        "type `varchar` does not take 2 argument(s)"
    );
    // A primary key names its type without arguments: `array` needs one.
    assert!(
        parse_error("create_table!(t, primary_key = array(id), {});")
            .starts_with("unknown column type `array`")
    );
}

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
fn indexes_parse_keys_and_options() {
    let def = op(
        r#"create_index!(posts, [user_id, title desc, "lower(title)"], name = posts_idx, unique, using = gin, filter = "title IS NOT NULL");"#,
    );
    let OpKind::CreateIndex(index) = def.kind else {
        panic!("not an index");
    };
    assert!(
        matches!(&index.keys[0], ast::IndexKeyDef::Column { name, desc: false } if name.value == "user_id")
    );
    assert!(
        matches!(&index.keys[1], ast::IndexKeyDef::Column { name, desc: true } if name.value == "title")
    );
    assert!(matches!(&index.keys[2], ast::IndexKeyDef::Expr(e) if e.value() == "lower(title)"));
    assert!(index.unique);
    assert_eq!(index.using.expect("using").to_string(), "gin");
    assert_eq!(index.name.expect("name").value, "posts_idx");
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

// Named checks that reject.

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

// Derived inverses.

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
fn dropping_a_column_is_undone_with_its_index_and_foreign_key() {
    let checked = accepted("drop_column!(posts, user_id);");
    let down = checked.down.expect("a down");
    assert_eq!(
        down[0],
        Op::AddColumn {
            table: "posts".into(),
            column: column("user_id", "bigint", "bigint", true, None),
        }
    );
    assert!(matches!(&down[1], Op::CreateIndex(i) if i.name == "posts_user_id_index"));
    assert!(
        matches!(&down[2], Op::AddForeignKey(fk) if fk.name == "posts_user_id_fkey" && fk.on_delete == Action::Cascade)
    );
    assert_eq!(down.len(), 3);
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
