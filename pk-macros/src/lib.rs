//! `pk-macros`: the DSL in which every schema version is written.
//!
//! `version! { number = N; title = "…"; op!(…); … }` is parsed (`ast`), checked against the schema
//! that versions 1..N-1 of the same chain build (`chain` replays them into a model, `valid`
//! checks this one against it), and expanded into `pub static VERSION`, a `pk_schema::Version`
//! (reached as `::pk_schema` or `::pk_runtime::schema`, whichever the invoking crate depends on)
//! whose `up` and derived `down` are plain data (`expand`). `chain!` registers a directory of
//! version files (`registry`). The modules depend on each other one way: `expand` → `valid` →
//! `ast`, `chain` → `valid`, `registry` → `chain`, `expand`; only this file puts them together.
//!
//! The reference of the DSL (the header, every operation by family with its derived down, the
//! column types and values, the checks and the generated guards), with a compiled example of
//! each family, is the documentation of [`version!`].

#![deny(missing_docs)]

mod ast;
mod chain;
mod expand;
mod kw;
mod registry;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Declares one schema version: the reference of the DSL.
///
/// A version is one `version! { … }` block in its own file, `vNN.rs`: a header, then typed
/// operations. At compile time the macro parses the block, replays the versions before it (the
/// `v01.rs` … files beside the invoking file) into a model of the schema, checks every operation
/// against that model (an error points at the offending token), derives the version's down from it,
/// and emits
///
/// ```text
/// pub static VERSION: Version = Version { number, title, up: &[Op, …], down: Down::Ops(&[Op, …]) };
/// ```
///
/// plain `pk_schema` data (named `::pk_schema`, or `::pk_runtime::schema` when the invoking crate
/// depends on `pk-runtime` only; an application writes `pk_runtime::version!`). `pk-runtime` renders
/// each `Op` to SQL, adds the idempotency guards, and runs a version in one transaction together
/// with its version marker.
///
/// ```
/// pk_macros::version! {
///     number = 1;
///     title = "Widgets";
///
///     create_schema!();
///     create_table!(widgets, {
///         name: varchar(100) not_null,
///         timestamps(timestamptz(0)),
///     });
///     create_index!(widgets, [name], unique);
/// }
///
/// use pk_schema::{Down, Op};
/// assert_eq!((VERSION.number, VERSION.title), (1, "Widgets"));
/// assert_eq!(VERSION.up.len(), 3);
/// // The derived down drops the table; its index goes with it.
/// assert!(matches!(VERSION.down, Down::Ops([Op::DropTable(t)]) if t == "widgets"));
/// ```
///
/// Every operation ends with `;`, or with a `reverse { … }` block that replaces its derived down
/// (see [Control](#control)). A name (table, column, index, constraint, type, function, trigger) is
/// an identifier (Rust keywords such as `type` included) or a string literal
/// (`"{prefix}_files_index"`); pk quotes every name and qualifies it with the schema prefix where
/// it renders it.
///
/// The examples below are doctests (`cargo test -p pk-macros --doc`). Each is version 1 of a chain
/// of its own. Some build on PhoenixKit's V01 (`builds_on = phoenix_kit(1);`) so that they have
/// tables from before the version, whose changes have visible derived downs: an operation on a table
/// that the same version creates needs no undoing (dropping the table undoes it), so its down is
/// empty.
///
/// # Header
///
/// `key = value;` pairs, in any order, before the first operation.
///
/// - `number = N;` (required): the version's number, from 1. A file `vNN.rs` declares `number = NN;`,
///   and versions 1 to N-1 must exist beside it (`v01.rs` …) and pass their own checks: no gaps.
/// - `title = "…";` (required): one line saying what the version does (progress, `pk list`).
/// - `chain = "dir";`: the chain's directory, relative to the invoking file, when the file is not in
///   it (a test case, for example); the file name need not match the number then.
/// - `irreversible = "why";`: the version has no down. Operations without an inverse are accepted,
///   `VERSION.down` is `Down::Irreversible("why")`, and the runtime refuses a down through this
///   version before it runs any statement.
/// - `builds_on = phoenix_kit(N);` (a chain's first version only): the chain extends PhoenixKit's.
///   Its versions are checked against PhoenixKit's schema at version N (read from PhoenixKit's
///   version files beside pk-macros), so its tables may reference PhoenixKit's; [`chain!`] records
///   it, and `up` refuses while PhoenixKit is below V N in the prefix. N must be one of PhoenixKit's
///   versions.
///
/// ```
/// pk_macros::version! {
///     number = 1;
///     title = "Widgets owned by users";
///     builds_on = phoenix_kit(1);   // phoenix_kit_users exists, with its integer id
///
///     create_table!(widgets, {
///         owner_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
///     });
/// }
///
/// let pk_schema::Op::CreateTable(widgets) = &VERSION.up[0] else { panic!("not a table") };
/// assert_eq!(widgets.foreign_keys[0].name, "widgets_owner_id_fkey");
/// assert_eq!(widgets.foreign_keys[0].ref_columns[..], ["id"]);
/// ```
///
/// ```
/// pk_macros::version! {
///     number = 1;
///     title = "Archive";
///     irreversible = "the imported rows cannot be told from rows added later";
///
///     create_schema!();
///     create_table!(archive, { line: text });
///     sql!(why = "a one-off import from another schema",
///         "INSERT INTO {prefix}.archive (line) SELECT body FROM legacy.messages");
/// }
///
/// assert!(matches!(VERSION.down, pk_schema::Down::Irreversible(why) if why.starts_with("the imported")));
/// ```
///
/// # Operations
///
/// The families of the table of operations (`ast/ops.rs`); each has its parser in `ast/<family>.rs`
/// and its checks in `valid/<family>.rs`. "Down" is the operation's derived inverse, computed from
/// the schema before it; the version's down is the inverses of its operations, last first.
///
/// ## Tables
///
/// - `create_schema!()`: the prefix schema, unless it exists. Down: nothing (the schema stays).
/// - `create_extension!(name)`: `CREATE EXTENSION IF NOT EXISTS`, database-wide. Down: nothing
///   (other schemas may use it).
/// - `create_table!(t, [primary_key = …,] { column, …, timestamps(…), check(…), unique(…) })`:
///   a table that does not exist yet. Down: drop the table.
///   - `primary_key = bigserial(id)` is the default; also `serial(id)`, `uuid(id)`,
///     `uuid(uuid, default = uuid_v7())`, `text(name)`: any type but `array` and `named`, without
///     arguments (`TYPE(column[, default = VALUE])`); or `none` for a table without one.
///   - a column is `name: TYPE [not_null | null] [default VALUE] [references(…)]`, the options in
///     any order (see [Column types](#column-types) and [Values](#values));
///     `references(table[.column][, on_delete = ACTION][, on_update = ACTION][, name = n])` adds a
///     foreign key to `table.column` (`id` unless named), named `{table}_{column}_fkey` unless
///     `name =`; ACTION is `cascade`, `set_null`, `restrict`, `no_action` (the default) or
///     `set_default`. A column may reference the table being created.
///   - `timestamps(TYPE[, updated_at = false])`: `inserted_at` and `updated_at` (or `inserted_at`
///     only), NOT NULL without a default, as Ecto's `timestamps()`.
///   - `check(name, "expr"[, not_valid])` and `unique(name, [cols])`: constraints of the table.
/// - `drop_table!(t)`: `DROP TABLE IF EXISTS`, its indexes and owned sequences with it. No derived
///   down: give it `reverse { create_table!(…); }` or make the version irreversible.
/// - `rename_table!(a -> b)`: to a free name. Down: rename it back.
/// - `set_unlogged!(t)`: `ALTER TABLE … SET UNLOGGED`. No derived down.
/// - `comment!(t, "…")`, `comment!(t.c, "…")`: the comment of a table or a column. Down: the
///   previous comment, or none.
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Shops";
///
///     create_schema!();
///     create_extension!(citext);
///     create_table!(shops, {
///         name: citext not_null,
///         timestamps(timestamp(0)),
///     });
///     create_table!(products, primary_key = uuid(uuid, default = sql("gen_random_uuid()")), {
///         shop_id: bigint not_null references(shops, on_delete = cascade),
///         parent_uuid: uuid references(products.uuid, on_delete = set_null, name = products_parent_fk),
///         sku: varchar(40) not_null,
///         price: numeric(10, 2) not_null default 0,
///         timestamps(timestamptz, updated_at = false),
///         check(products_price_check, "price >= 0"),
///         unique(products_shop_sku_key, [shop_id, sku]),
///     });
///     create_table!(product_hits, primary_key = none, { product_uuid: uuid not_null });
///     set_unlogged!(product_hits);
///     comment!(products, "What a shop sells");
///     comment!(products.sku, "Stock keeping unit");
/// }
///
/// let Op::CreateTable(products) = &VERSION.up[3] else { panic!("not a table") };
/// let columns: Vec<&str> = products.columns.iter().map(|c| &*c.name).collect();
/// assert_eq!(columns, ["uuid", "shop_id", "parent_uuid", "sku", "price", "inserted_at"]);
/// assert_eq!(products.primary_key[..], ["uuid"]);
/// assert_eq!(products.foreign_keys[0].name, "products_shop_id_fkey");
/// assert_eq!(products.foreign_keys[1].name, "products_parent_fk");
/// // Everything here is new: the down drops the tables, nothing else.
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down, [
///     Op::DropTable("product_hits".into()),
///     Op::DropTable("products".into()),
///     Op::DropTable("shops".into()),
/// ]);
/// ```
///
/// On tables from before the version, each operation has its own down:
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Roles, tokens";
///     builds_on = phoenix_kit(1);
///
///     rename_table!(phoenix_kit_user_roles -> phoenix_kit_roles);
///     comment!(phoenix_kit_roles, "What a user may do");
///     drop_table!(phoenix_kit_users_tokens) reverse {
///         create_table!(phoenix_kit_users_tokens, {
///             user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
///             token: bytea not_null,
///             context: varchar(255) not_null,
///             sent_to: varchar(255),
///             timestamps(timestamp(0), updated_at = false),
///         });
///     }
/// }
///
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert!(matches!(&down[0], Op::CreateTable(t) if t.name == "phoenix_kit_users_tokens"));
/// assert_eq!(down[1], Op::Comment { table: "phoenix_kit_roles".into(), column: None, text: None });
/// assert_eq!(down[2], Op::RenameTable {
///     from: "phoenix_kit_roles".into(),
///     to: "phoenix_kit_user_roles".into(),
/// });
/// ```
///
/// ## Columns
///
/// - `add_column!(t, name: TYPE [not_null] [default VALUE] [references(…)])`: a new column, with
///   the column syntax of `create_table!` (and its foreign key). Down: drop the foreign key and the
///   column.
/// - `drop_column!(t, c[, cascade][, fill = "sql"])`: refused while a foreign key references the
///   column (drop it first). PostgreSQL drops the indexes whose keys, expressions or predicate
///   mention the column, the CHECKs mentioning it, the unique and foreign-key constraints
///   containing it, the primary key, an owned sequence and its comment; the model drops them too.
///   `cascade` appends `CASCADE` (objects outside pk's model, such as an application's views, go
///   too). Down: re-add the column as it was (type, NOT NULL, default; as the table's last
///   column) with the indexes, foreign keys, unique constraints and CHECKs that went with it, and
///   its comment (not a primary key). A NOT NULL column without a
///   default cannot be re-added to a table with rows, so such a drop is refused unless
///   `fill = "sql"` says what existing rows get: the down re-adds the column with that SQL
///   expression as its default (`"''"`, `"0"`, `"now()"`) and drops the default again. (A
///   written `reverse` or an irreversible version also do.) `cascade`, if any, comes first.
/// - `rename_column!(t, a -> b)`: to a free name; CHECKs, index expressions and foreign keys
///   follow. Down: rename it back.
/// - `change_type!(t, c, TYPE[, using = "expr"])` or `change_type!(t, [c1, c2], TYPE[, …])`: one
///   `ALTER … TYPE` per column, each only while its type differs. Down: the previous type (no
///   `USING`).
/// - `set_not_null!(t, c[, fill = VALUE])`: `SET NOT NULL`; with `fill`, the NULLs get VALUE first,
///   both only while the column allows NULL. Down: drop NOT NULL.
/// - `drop_not_null!(t, c)`: Down: set NOT NULL.
/// - `set_default!(t, c, VALUE)`: Down: the previous default, or none.
/// - `drop_default!(t, c)`: Down: the previous default.
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "User profile";
///     builds_on = phoenix_kit(1);
///
///     add_column!(phoenix_kit_users, nickname: varchar(40));
///     add_column!(phoenix_kit_users, role_id: bigint references(phoenix_kit_user_roles, on_delete = set_null));
///     rename_column!(phoenix_kit_users, first_name -> given_name);
///     change_type!(phoenix_kit_users, [given_name, last_name], varchar(200));
///     change_type!(phoenix_kit_user_roles, name, text, using = "name::text");
///     set_default!(phoenix_kit_users, nickname, "anonymous");
///     set_not_null!(phoenix_kit_users, nickname, fill = "anonymous");
///     drop_not_null!(phoenix_kit_users, hashed_password);
///     drop_default!(phoenix_kit_users, is_active);
///     drop_column!(phoenix_kit_users_tokens, sent_to, cascade);
///     // NOT NULL without a default: the down re-adds it with 'session' in every existing row.
///     drop_column!(phoenix_kit_users_tokens, context, fill = "'session'");
/// }
///
/// assert_eq!(VERSION.up.len(), 13);
/// assert!(matches!(&VERSION.up[8], Op::FillNotNull { fill, .. } if fill.as_str() == "'anonymous'"));
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert!(matches!(&down[0], Op::AddColumn { table, column }
///     if table == "phoenix_kit_users_tokens" && column.not_null
///         && column.default.as_deref() == Some("'session'")));
/// assert_eq!(down[1], Op::SetDefault {
///     table: "phoenix_kit_users_tokens".into(),
///     column: "context".into(),
///     default: None,
/// });
/// // The unique index on (context, token) went with the column and comes back with it.
/// assert!(matches!(&down[2], Op::CreateIndex(i) if i.name == "phoenix_kit_users_tokens_context_token_index"));
/// assert_eq!(down.last(), Some(&Op::DropColumn {
///     table: "phoenix_kit_users".into(),
///     column: "nickname".into(),
///     cascade: false,
/// }));
/// ```
///
/// ## Indexes
///
/// - `create_index!(t, [KEY, …], OPTION, …)`: a KEY is a column, `column desc`, or an expression
///   `"lower(email)"`; the OPTIONs, in any order, are `unique`, `name = n`, `using = METHOD`
///   (`gin`, `hash`, …) and `filter = "predicate"` (a partial index). The name defaults to
///   `{table}_{columns}_index`; an index on an expression needs `name =`. In an index name,
///   `{prefix}` stands for the bare schema name (PhoenixKit's V26 names one index so). Down: drop
///   the index.
/// - `drop_index!(name)`: Down: re-create it as it was.
/// - `rename_index!(a -> b)`: to a free name. Down: rename it back.
///
/// ```
/// use pk_schema::{Down, IndexKey, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Indexes";
///     builds_on = phoenix_kit(1);
///
///     create_index!(phoenix_kit_users, [last_name, first_name desc]);
///     create_index!(phoenix_kit_users, ["lower(email::text)"], unique, name = phoenix_kit_users_email_lower_index);
///     create_index!(phoenix_kit_user_role_assignments, [role_id], name = active_assignments_by_role,
///         filter = "is_active");
///     create_index!(phoenix_kit_users_tokens, [token], using = hash, name = "{prefix}_tokens_hash_index");
///     drop_index!(idx_users_active);
///     rename_index!(phoenix_kit_users_email_index -> phoenix_kit_users_email_key);
/// }
///
/// let Op::CreateIndex(names) = &VERSION.up[0] else { panic!("not an index") };
/// assert_eq!(names.name, "phoenix_kit_users_last_name_first_name_index");
/// assert_eq!(names.keys[1], IndexKey::Column { name: "first_name".into(), desc: true });
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down[0], Op::RenameIndex {
///     from: "phoenix_kit_users_email_key".into(),
///     to: "phoenix_kit_users_email_index".into(),
/// });
/// assert!(matches!(&down[1], Op::CreateIndex(i) if i.name == "idx_users_active"));
/// assert_eq!(down[2], Op::DropIndex("{prefix}_tokens_hash_index".into()));
/// ```
///
/// ## Constraints
///
/// - `add_primary_key!(t, [cols][, name = n])`: on a table without one; named `{table}_pkey` unless
///   `name =`. Down: drop it, and DROP NOT NULL on the columns that allowed NULL before.
/// - `add_foreign_key!(t(cols) -> r(cols), OPTION, …)`: the OPTIONs, in any order, are
///   `on_delete = ACTION`, `on_update = ACTION` (as in `references(…)`), `name = n` (default
///   `{table}_{columns}_fkey`) and `orphans = delete | set_null`: rows whose value has no parent are
///   deleted or set to NULL first, only while the constraint is missing (a single-column key;
///   `set_null` needs a nullable column). Down: drop the constraint.
/// - `add_check!(t, name, "expr"[, not_valid])`: Down: drop it.
/// - `add_unique!(t, name, [cols])`: a unique constraint (and its index, of the same name). Down:
///   drop it.
/// - `drop_constraint!(t, name)`: a foreign key, CHECK or unique constraint the model knows. Down:
///   re-add it as it was.
///
/// ```
/// use pk_schema::{Action, Down, Op, Orphans};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Constraints";
///     builds_on = phoenix_kit(1);
///
///     add_check!(phoenix_kit_users, phoenix_kit_users_name_check, "first_name <> ''");
///     add_check!(phoenix_kit_user_roles, phoenix_kit_user_roles_name_check, "name ~ '^[A-Z]'", not_valid);
///     add_unique!(phoenix_kit_users_tokens, phoenix_kit_users_tokens_token_key, [token]);
///     drop_constraint!(phoenix_kit_user_role_assignments, phoenix_kit_user_role_assignments_assigned_by_fkey);
///     add_foreign_key!(phoenix_kit_user_role_assignments(assigned_by) -> phoenix_kit_users(id),
///         on_delete = set_null, orphans = set_null, name = assignments_assigned_by_fkey);
///     create_table!(user_notes, primary_key = none, { user_id: bigint not_null, position: integer not_null });
///     add_primary_key!(user_notes, [user_id, position]);
///     add_foreign_key!(user_notes(user_id) -> phoenix_kit_users(id), on_delete = cascade);
/// }
///
/// let Op::AddForeignKey(fk) = &VERSION.up[4] else { panic!("not a foreign key") };
/// assert_eq!((fk.on_delete, fk.orphans), (Action::SetNull, Some(Orphans::SetNull)));
/// assert!(matches!(&VERSION.up[6], Op::AddPrimaryKey { name, .. } if name == "user_notes_pkey"));
/// assert!(matches!(&VERSION.up[7], Op::AddForeignKey(fk) if fk.name == "user_notes_user_id_fkey"));
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down[0], Op::DropTable("user_notes".into()));
/// assert!(matches!(&down[2], Op::AddForeignKey(fk)
///     if fk.name == "phoenix_kit_user_role_assignments_assigned_by_fkey"));
/// assert_eq!(down.len(), 6);
/// ```
///
/// ## Routines
///
/// Enum types, functions and triggers, created in the prefix schema.
///
/// - `create_enum!(name, ["a", "b", …])`: `CREATE TYPE … AS ENUM`. Down: drop the type.
/// - `add_enum_value!(name, "label")`: appends a label. No derived down (PostgreSQL cannot remove a
///   label): `reverse {}` keeps it.
/// - `drop_enum!(name)`: Down: re-create it with its labels.
/// - `create_function!(name, "(args)", returns = "type", language = LANG, body = "…"[, immutable][, strict])`:
///   `CREATE OR REPLACE FUNCTION`, the body dollar-quoted; `returns`, `language` and `body` in this
///   order. Down: the previous definition of the same name and arguments, or drop it.
/// - `drop_function!(name, "(args)")`: Down: re-create it.
/// - `create_trigger!(t, name, "timing", function = f)`: `CREATE TRIGGER name timing ON t FOR EACH
///   ROW EXECUTE PROCEDURE f()`; `f` must exist. Down: drop the trigger (also on a table the same
///   version creates, as the function may go first).
/// - `drop_trigger!(t, name)`: Down: re-create it.
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Journal";
///
///     create_schema!();
///     create_enum!(mood, ["happy", "sad"]);
///     add_enum_value!(mood, "calm") reverse {}
///     create_table!(entries, {
///         mood: named(mood) not_null default sql("'calm'"),
///         body: text,
///         updated_at: timestamptz,
///     });
///     create_function!(touch_updated_at, "()", returns = "trigger", language = plpgsql, body = r#"
///         BEGIN NEW.updated_at := now(); RETURN NEW; END
///     "#);
///     create_function!(body_length, "(body text)", returns = "integer", language = sql,
///         body = "SELECT length(body)", immutable, strict);
///     create_trigger!(entries, entries_touch, "BEFORE UPDATE", function = touch_updated_at);
/// }
///
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down, [
///     Op::DropTrigger { table: "entries".into(), name: "entries_touch".into() },
///     Op::DropFunction { name: "body_length".into(), args: "(body text)".into() },
///     Op::DropFunction { name: "touch_updated_at".into(), args: "()".into() },
///     Op::DropTable("entries".into()),
///     Op::DropEnum("mood".into()),
/// ]);
/// ```
///
/// Dropping them (here in the version that creates them, so that the example is one crate):
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Retire the legacy state";
///
///     create_schema!();
///     create_enum!(legacy_state, ["on", "off"]);
///     create_function!(legacy_touch, "()", returns = "trigger", language = plpgsql,
///         body = "BEGIN RETURN NEW; END");
///     create_table!(items, { state: named(legacy_state) });
///     create_trigger!(items, items_touch, "BEFORE UPDATE", function = legacy_touch);
///
///     drop_trigger!(items, items_touch);
///     drop_function!(legacy_touch, "()");
///     change_type!(items, state, text, using = "state::text");
///     drop_enum!(legacy_state);
/// }
///
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down[0], Op::CreateEnum {
///     name: "legacy_state".into(),
///     values: vec!["on".into(), "off".into()].into(),
/// });
/// assert!(matches!(&down[1], Op::CreateFunction(f) if f.name == "legacy_touch"));
/// ```
///
/// ## Uuid
///
/// PhoenixKit's move from integer to uuid keys (V40, V56, V74), as composites.
///
/// - `add_uuid_column!(t[, index = name])`: needs the function `uuid_generate_v7()` in the prefix
///   (PhoenixKit's V40 creates it); only while `t` has no `uuid` column: adds `uuid` with the
///   default `{prefix}.uuid_generate_v7()` (which fills every existing row), a unique index
///   (`{table}_uuid_idx` unless `index =`), and NOT NULL. Down: drop NOT NULL, the index and the
///   column.
/// - `add_uuid_fk_column!(t.c, int_col -> parent[, index = name][, batch = N])`: the uuid
///   companion `c` of the integer foreign key `int_col` (the parent has both `id` and `uuid`):
///   adds `c uuid` (unless it exists, as a uuid column), fills it from `parent.uuid` by a JOIN on
///   `parent.id = int_col` where it is NULL (with `batch`, N rows per statement, repeated until
///   none is left), and indexes it (`{table}_{column}_idx` unless `index =`). Down: drop the index,
///   and the column when it added it.
/// - `drop_foreign_keys_to!(column)` or `drop_foreign_keys_to!(table.column)`: every foreign key the
///   model knows whose referenced columns include `column` (of `table`), expanded at build time to
///   one `DROP CONSTRAINT IF EXISTS` each; there must be at least one. Down: re-add them.
/// - `drop_sequence!(name[, cascade])`: a serial column's sequence (`{table}_{column}_seq`);
///   `cascade`, which drops the column's default with it, is required while the sequence is a
///   column's default. Down: re-create it owned by the column, set past the column's largest
///   value, and make it the default again.
/// - `promote_uuid_primary_key!(t)`: V74's switch. The primary key is `(id)`, `uuid` is a NOT NULL
///   uuid column and nothing references `id`: drops `id` (CASCADE) and adds the primary key
///   `{table}_pkey` on `uuid`. No derived down (re-adding `id` would number the rows afresh).
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Uuid companions";
///     builds_on = phoenix_kit(1);
///
///     create_function!(uuid_generate_v7, "()", returns = "uuid", language = sql,
///         body = "SELECT gen_random_uuid()");
///     add_uuid_column!(phoenix_kit_users);
///     add_uuid_column!(phoenix_kit_user_roles, index = phoenix_kit_user_roles_uuid_index);
///     add_uuid_fk_column!(phoenix_kit_users_tokens.user_uuid, user_id -> phoenix_kit_users, batch = 1000);
///     add_uuid_fk_column!(phoenix_kit_user_role_assignments.role_uuid, role_id -> phoenix_kit_user_roles,
///         index = assignments_role_uuid_index);
///     drop_sequence!(phoenix_kit_user_roles_id_seq, cascade);
/// }
///
/// // add_uuid_column! is one conditional block: add, index, NOT NULL.
/// assert!(matches!(&VERSION.up[1], Op::When { ops, .. } if ops.len() == 3));
/// assert!(matches!(&VERSION.up[4], Op::BackfillUuidFk { batch: Some(1000), .. }));
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert!(matches!(&down[0], Op::CreateSequence { table, column, .. }
///     if table == "phoenix_kit_user_roles" && column == "id"));
/// assert_eq!(down[1], Op::DropIndex("assignments_role_uuid_index".into()));
/// assert_eq!(down.last(), Some(&Op::DropFunction { name: "uuid_generate_v7".into(), args: "()".into() }));
/// ```
///
/// The switch itself cannot be undone:
///
/// ```
/// use pk_schema::{Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Uuid primary key";
///     builds_on = phoenix_kit(1);
///     irreversible = "drops the integer ids and the columns that referenced them";
///
///     create_function!(uuid_generate_v7, "()", returns = "uuid", language = sql,
///         body = "SELECT gen_random_uuid()");
///     add_uuid_column!(phoenix_kit_users);
///     add_uuid_fk_column!(phoenix_kit_users_tokens.user_uuid, user_id -> phoenix_kit_users);
///     drop_foreign_keys_to!(phoenix_kit_users.id);
///     drop_column!(phoenix_kit_users_tokens, user_id);
///     drop_column!(phoenix_kit_user_role_assignments, user_id);
///     drop_column!(phoenix_kit_user_role_assignments, assigned_by);
///     promote_uuid_primary_key!(phoenix_kit_users);
/// }
///
/// // The three foreign keys to phoenix_kit_users.id, found in the model.
/// let dropped = VERSION.up.iter().filter(|op| matches!(op, Op::DropConstraint { .. })).count();
/// assert_eq!(dropped, 3);
/// assert!(matches!(VERSION.up.last(), Some(Op::AddPrimaryKey { columns, .. }) if columns[..] == ["uuid"]));
/// assert!(matches!(VERSION.down, Down::Irreversible(_)));
/// ```
///
/// ## Data
///
/// Statements on rows and on the session; the schema model does not see them.
///
/// - `seed!(t, conflict = [keys], [update = "…",] rows = [{ col: VALUE, … }, …])`: every row lists
///   the same columns in the same order, the key columns among them (never `uuid_v7()`). Rows are
///   inserted with `ON CONFLICT (keys) DO NOTHING` when a unique index or the primary key covers the
///   keys, otherwise each with `INSERT … WHERE NOT EXISTS`; `update = "col = EXCLUDED.col"` makes it
///   an upsert (`DO UPDATE SET …`, which needs that unique index). Down: delete the rows with these
///   keys (also rows with those keys that were there before the version).
/// - `update!(t, set = "…"[, from = "…"][, filter = "…"])`: `UPDATE t SET … [FROM …] [WHERE …]`. No
///   derived down.
/// - `delete!(t[, filter = "…"])`: `DELETE FROM t [WHERE …]`. No derived down.
/// - `call!(path::to::function)`: a data step written in Rust, run on the migrating connection inside
///   the version's transaction. The function has the type `pk_runtime::CallFn`:
///   `for<'c> fn(&'c mut sqlx::PgConnection, &'c Prefix) -> Pin<Box<dyn Future<Output =
///   Result<(), sqlx::Error>> + Send + 'c>>` (the invoking crate depends on `sqlx`). No derived down.
/// - `sql!(why = "…", "…")`: the escape hatch, run as written (one simple-protocol query, so it may
///   hold several statements); `why` says why no typed operation fits and may not be empty. No
///   derived down.
/// - `set_local!(name, "value")`: `SET LOCAL name = 'value'` for the rest of the version's
///   transaction (`lock_timeout`, …). Down: nothing (the down runs in a transaction of its own).
/// - `run_chain!(path::TO_CHAIN, to = N)`: runs another chain (a `static Chain`, e.g. Oban's) up or
///   down to version N from wherever it is, inside this version's transaction. Its objects are not
///   in the model later operations are checked against. Down: run it to 0.
///
/// ```
/// use std::future::Future;
/// use std::pin::Pin;
///
/// use pk_schema::{Down, Op, Prefix};
///
/// /// A data step: lower-case e-mail addresses (a second run finds nothing to change).
/// fn lower_emails<'c>(
///     conn: &'c mut sqlx::PgConnection,
///     prefix: &'c Prefix,
/// ) -> Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'c>> {
///     Box::pin(async move {
///         let users = prefix.qualify("phoenix_kit_users");
///         sqlx::query(&format!("UPDATE {users} SET email = lower(email) WHERE email <> lower(email)"))
///             .execute(&mut *conn)
///             .await?;
///         Ok(())
///     })
/// }
///
/// # static OBAN: pk_schema::Chain = pk_schema::Chain {
/// #     name: "Oban", tracking_table: "oban_jobs", unmarked_version: 0,
/// #     versions: &[], source_dir: None, base: None,
/// # };
/// // `OBAN` is a `static Chain` (Oban's own migrations, registered with `chain!`).
/// pk_macros::version! {
///     number = 1;
///     title = "Data";
///     builds_on = phoenix_kit(1);
///
///     seed!(phoenix_kit_user_roles, conflict = [name], rows = [
///         { name: "Editor", description: "Edits content", is_system_role: false,
///           inserted_at: now(), updated_at: now() },
///     ]);
///     update!(phoenix_kit_users, set = "is_active = false", filter = "confirmed_at IS NULL") reverse {
///         update!(phoenix_kit_users, set = "is_active = true", filter = "confirmed_at IS NULL");
///     }
///     update!(phoenix_kit_user_role_assignments, set = "is_active = u.is_active",
///         from = "{prefix}.phoenix_kit_users AS u",
///         filter = "u.id = phoenix_kit_user_role_assignments.user_id") reverse {}
///     delete!(phoenix_kit_users_tokens, filter = "context = 'reset_password'") reverse {}
///     call!(lower_emails) reverse {}
///     sql!(why = "ANALYZE has no typed operation", "ANALYZE {prefix}.phoenix_kit_users") reverse {}
///     set_local!(lock_timeout, "30s");
///     run_chain!(OBAN, to = 13);
/// }
///
/// assert_eq!(VERSION.up.len(), 8);
/// assert!(matches!(&VERSION.up[0], Op::Seed(seed) if seed.on_conflict));
/// assert!(matches!(&VERSION.up[4], Op::Call(call) if call.name == "lower_emails" && call.run.is_some()));
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down.len(), 3);
/// assert!(matches!(&down[0], Op::RunChain { to: 0, .. }));
/// assert!(matches!(&down[1], Op::Update { set, .. } if set.as_str() == "is_active = true"));
/// assert!(matches!(&down[2], Op::Unseed(seed) if seed.table == "phoenix_kit_user_roles"));
/// ```
///
/// ## Control
///
/// Operations that hold operations, and written downs.
///
/// - `when!(CONDITION, { op!(…); … })`: the operations run only if CONDITION holds in the prefix
///   when the version runs: `table_exists(t)`, `column_exists(t.c)` or `column_missing(t.c)`. At
///   build time the condition must hold on the chain (the table or column exists, or the column is
///   missing, at this version) and the operations are checked as if it does. `when!` takes no
///   `reverse`; its down is its operations' downs, run without the condition (each is guarded).
/// - `reassert!({ op!(…); … })`: statements PhoenixKit repeats that are already true on the chain
///   (they repair databases that took another upgrade path). The macro checks that each is already
///   true at this version (applying it leaves the model as it is: a column of the same type, a
///   foreign key or index of the same definition, …); they run as written, guarded, and have no
///   down. They take no `reverse`, and `when!`/`reassert!` do not nest in it.
/// - `op!(…) reverse { op!(…); … }`, in place of the `;`: the operations that undo `op!` in the
///   version's down, instead of its derived inverse (which it may not have: data steps,
///   `drop_table!`, …). They are checked against the schema after `op!`; `reverse {}` undoes
///   nothing.
///
/// ```
/// use pk_schema::{Condition, Down, Op};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Whatever path the database took";
///     builds_on = phoenix_kit(1);
///
///     when!(column_exists(phoenix_kit_users.first_name), {
///         rename_column!(phoenix_kit_users, first_name -> given_name);
///     });
///     when!(column_missing(phoenix_kit_users.locale), {
///         add_column!(phoenix_kit_users, locale: varchar(10) default "en");
///     });
///     when!(table_exists(phoenix_kit_users_tokens), {
///         delete!(phoenix_kit_users_tokens, filter = "context = 'session'") reverse {}
///     });
///     reassert!({
///         create_index!(phoenix_kit_users, [email], unique);
///         add_column!(phoenix_kit_users, is_active: boolean not_null default true);
///     });
/// }
///
/// assert!(matches!(&VERSION.up[1], Op::When { condition: Condition::ColumnMissing { column, .. }, .. }
///     if column == "locale"));
/// // reassert!'s operations run as they are, guarded: no block around them.
/// assert!(matches!(&VERSION.up[3], Op::CreateIndex(i) if i.name == "phoenix_kit_users_email_index"));
/// assert_eq!(VERSION.up.len(), 5);
/// let Down::Ops(down) = VERSION.down else { panic!("irreversible") };
/// assert_eq!(down, [
///     Op::DropColumn { table: "phoenix_kit_users".into(), column: "locale".into(), cascade: false },
///     Op::RenameColumn {
///         table: "phoenix_kit_users".into(),
///         from: "given_name".into(),
///         to: "first_name".into(),
///     },
/// ]);
/// ```
///
/// # Column types
///
/// `bigserial`, `serial`, `bigint`, `integer`, `smallint`, `boolean`, `text`, `citext`, `bytea`,
/// `jsonb`, `json`, `uuid`, `date`, `time`, `inet`, `real`, `double` (`double precision`), `float`
/// (`double precision`), `varchar(N)`, `timestamp[(P)]`, `timestamptz[(P)]`, `numeric[(P[, S])]`,
/// `decimal[(P[, S])]` (`numeric`), `array(TYPE)` (`TYPE[]`) and `named(TYPE_IN_PREFIX)` (a type
/// created in the prefix schema, such as an enum: `{prefix}."name"`). The macro keeps each type's
/// DDL spelling and the spelling PostgreSQL's `format_type` prints (`varchar(20)` and
/// `character varying(20)`), which the guards and `pk verify` compare.
///
/// # Values
///
/// In `default VALUE`, `primary_key = TYPE(col, default = VALUE)`, `set_default!`,
/// `set_not_null!(…, fill = VALUE)` and seed rows:
///
/// - `"text"`: a string literal (quoted, `'` doubled); `42`, `-1`: integers; `true`, `false`;
///   `null`;
/// - `now()`: `NOW()`;
/// - `uuid_v7()`: as a default or fill, `{prefix}.uuid_generate_v7()` (PhoenixKit's function, which
///   V40 creates); in a seed row, a UUIDv7 generated for each row when the statement is rendered;
/// - `sql("expr")`: an SQL expression as written (`sql("'{}'::jsonb")`, `sql("gen_random_uuid()")`).
///
/// `drop_column!`'s `fill = "…"` is different: SQL text, not a VALUE (`fill = "''"` fills with the
/// empty string, `fill = "'x'"` with `x`).
///
/// ## Placeholders
///
/// SQL fragments (defaults, fills, CHECK and index expressions, index filters, `using`, the `set`,
/// `from` and `filter` of `update!`/`delete!`, `update =` of `seed!`, function bodies, `sql!`,
/// `sql("…")` values) may name the schema prefix, which the runtime substitutes when it renders the
/// statement:
///
/// - `{prefix}`: the schema as a quoted identifier (`"tenant_a"`), for `{prefix}.table`;
/// - `{prefix_literal}`: the schema as a string literal (`'tenant_a'`);
/// - `{prefix_text}`: the schema escaped for use inside a string literal (`'{prefix_text}.%'`).
///
/// A string VALUE (`"text"`) is a literal: placeholders in it stay as written. Index names replace
/// `{prefix}` by the bare schema name.
///
/// ```
/// use pk_schema::{Down, Op, Value};
///
/// pk_macros::version! {
///     number = 1;
///     title = "Every type";
///
///     create_schema!();
///     create_extension!(citext);
///     create_function!(uuid_generate_v7, "()", returns = "uuid", language = sql,
///         body = "SELECT gen_random_uuid()");
///     create_enum!(status, ["draft", "live"]);
///     create_table!(samples, primary_key = uuid(uuid, default = uuid_v7()), {
///         a: bigint, b: integer, c: smallint, d: boolean default true, e: text default "it's",
///         f: citext, g: bytea, h: jsonb default sql("'{}'::jsonb"), i: json, j: uuid, k: date,
///         l: time, m: inet, n: real, o: double, p: float, q: varchar(20) not_null,
///         r: timestamp, s: timestamp(0) default now(), t: timestamptz(6), u: numeric,
///         v: numeric(12), w: numeric(12, 2) default -1, x: decimal(5, 1), y: array(text),
///         z: named(status) default sql("'draft'"), big: bigserial, small: serial,
///         schema_name: text null default sql("{prefix_literal}"),
///     });
///     create_index!(samples, [q], unique);
///     seed!(samples, conflict = [q], update = "a = EXCLUDED.a", rows = [
///         { q: "one", a: 1, d: false, j: uuid_v7(), e: null },
///         { q: "two", a: -2, d: true, j: uuid_v7(), e: "{prefix}" },
///     ]);
/// }
///
/// let Op::CreateTable(samples) = &VERSION.up[4] else { panic!("not a table") };
/// let column = |name: &str| samples.columns.iter().find(|c| c.name == name).unwrap();
/// assert_eq!(column("uuid").default.as_deref(), Some("{prefix}.uuid_generate_v7()"));
/// assert_eq!(column("e").default.as_deref(), Some("'it''s'"));
/// assert_eq!((column("p").ty.as_str(), &*column("p").canonical), ("float", "double precision"));
/// assert_eq!(&*column("s").canonical, "timestamp(0) without time zone");
/// assert_eq!((column("w").ty.as_str(), column("w").default.as_deref()), ("numeric(12,2)", Some("-1")));
/// assert_eq!((column("y").ty.as_str(), &*column("y").canonical), ("text[]", "text[]"));
/// assert_eq!((column("z").ty.as_str(), &*column("z").canonical), ("{prefix}.\"status\"", "status"));
/// let Op::Seed(seed) = &VERSION.up[6] else { panic!("not a seed") };
/// assert_eq!(seed.rows[0][3], Value::UuidV7);
/// assert_eq!(seed.rows[1][4], Value::Text("{prefix}".into()));
/// assert!(matches!(VERSION.down, Down::Ops(_)));
/// ```
///
/// # Checks
///
/// At `cargo build`, with the error on the offending token; every error of a version is reported
/// at once. `tests/ui/` holds one trybuild case per misuse.
///
/// - syntax: an unknown operation, column type, condition, referential action or orphan rule (the
///   error lists the known ones); a type with arguments it does not take; a missing `number` or
///   `title`; version 0; `sql!` without a reason;
/// - the chain: a file whose name is not its number, a gap before it, an earlier version that does
///   not pass its own checks; `builds_on` outside the first version or naming a version PhoenixKit
///   does not have;
/// - names against the schema of the versions before (and the operations before in this one):
///   tables, columns, indexes, constraints, enum types, functions and triggers that do not exist,
///   or already exist (a duplicate column in `create_table!`, an index name in use, …); foreign
///   keys to tables or columns that do not exist, or with more or fewer referenced columns than
///   columns;
///   dropping a column that a foreign key references;
/// - per operation, the rules listed with it above (an index on an expression has a name, a seed
///   lists the same columns in each row, an upsert has a unique index, `orphans = set_null` needs a
///   nullable column, …);
/// - downs: an operation without a derived inverse needs `reverse { … }`, or the version is
///   `irreversible`; a derived down that would re-add a NOT NULL column without a default needs
///   `fill = "…"`.
///
/// ```compile_fail
/// pk_macros::version! {
///     number = 1;
///     title = "Missing table";
///
///     create_schema!();
///     create_index!(widgets, [name]);   // table `widgets` does not exist at this version
/// }
/// ```
///
/// ```compile_fail
/// pk_macros::version! {
///     number = 1;
///     title = "Data without a down";
///     builds_on = phoenix_kit(1);
///
///     // `update!` has no inverse: follow it with `reverse { … }`, or mark the version irreversible.
///     update!(phoenix_kit_users, set = "is_active = true");
/// }
/// ```
///
/// # Guards
///
/// The runtime renders the guards that make a version safe to run again; versions never write
/// existence checks.
///
/// - `IF [NOT] EXISTS` where PostgreSQL has it: `create_extension!`, `create_table!`, `drop_table!`,
///   `rename_table!`, `add_column!`, `drop_column!`, `create_index!`, `drop_index!`,
///   `rename_index!`, `drop_constraint!`, `add_enum_value!`, `drop_enum!`, `drop_function!`,
///   `drop_trigger!`, `drop_sequence!` (and the downs' `CREATE SEQUENCE`); `create_function!` is
///   `CREATE OR REPLACE`.
/// - a catalog check scoped to the prefix otherwise: the schema is missing (`create_schema!`); the
///   column can be renamed (`rename_column!`); the type differs (`change_type!`); no constraint of
///   that name on the table (`add_foreign_key!`, with its orphan clean-up, `add_check!`,
///   `add_unique!`); no primary key (`add_primary_key!`); the type is missing (`create_enum!`); the
///   trigger is missing (`create_trigger!`); the table is logged (`set_unlogged!`); the column allows
///   NULL (`set_not_null!` with `fill`); the column is missing (`add_uuid_column!`); the condition
///   (`when!`).
/// - statements that are harmless to repeat run as they are: `set_not_null!`, `drop_not_null!`,
///   `set_default!`, `drop_default!`, `comment!`, `set_local!`. A seed inserts only missing keys and
///   a uuid backfill only fills NULLs. `update!`, `delete!`, `call!` and `sql!` run as written:
///   write them so that a second run changes nothing.
#[proc_macro]
pub fn version(input: TokenStream) -> TokenStream {
    let def = syn::parse_macro_input!(input as ast::VersionDef);
    check(&def)
        .map(|checked| expand::expand(&def, &checked))
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

/// Checks the version invoked at the call site against the versions before it.
fn check(def: &ast::VersionDef) -> syn::Result<valid::Checked> {
    let number = valid::version_number(def)?;
    let mut model = chain::model_before(def, number)?;
    valid::process(def, number, &mut model)
}

/// Declares a chain: every `vNN.rs` file in a directory (relative to the invoking crate's
/// `Cargo.toml`), in order, as an expression of type `Chain`:
///
/// ```ignore
/// pub static CHAIN: pk_runtime::Chain = pk_runtime::chain!(
///     "migrations",
///     name = "Widgets",
///     tracking_table = "widgets_version",
/// );
/// ```
///
/// Adding a version is adding a file. A gap, two files for one number, or an empty directory is
/// a build error naming the files. Cargo does not watch the directory for new files by itself:
/// a `build.rs` with `println!("cargo:rerun-if-changed=migrations");` makes it.
///
/// Each file holds one [`version!`] block whose `number` is its name. `unmarked_version = N`
/// (default 0) is the version a tracking table without a comment stands for (PhoenixKit's chain
/// says 1). When the first version says `builds_on = phoenix_kit(N);`, the chain's `base` is
/// PhoenixKit's chain at version N, reached through `pk_runtime::phoenix_kit::CHAIN` (so the
/// invoking crate depends on `pk-runtime`), and `up` refuses while PhoenixKit is below it.
#[proc_macro]
pub fn chain(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as registry::ChainArgs);
    registry::expand(&args)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}
