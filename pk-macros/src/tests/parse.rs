//! The parser: the table of operations, each family's syntax, the table of types.

use super::support::{op, parse_error};
use crate::ast::{self, OpKind, ops};

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
