//! Parsing: the DSL's tokens into our own structs, keeping the user's spans for errors.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitBool, LitInt, LitStr, Token, braced, bracketed, parenthesized};

use crate::kw;

/// One `version! { … }` block.
pub struct VersionDef {
    pub number: LitInt,
    pub title: LitStr,
    pub chain: Option<LitStr>,
    pub irreversible: Option<LitStr>,
    pub ops: Vec<OpDef>,
}

/// One operation, `name!(…)`, optionally followed by `reverse { … }` which replaces its derived inverse.
pub struct OpDef {
    pub name: Ident,
    pub kind: OpKind,
    pub reverse: Option<Vec<OpDef>>,
}

/// A name with the span it was written at (an identifier or a string literal).
#[derive(Clone)]
pub struct Name {
    pub value: String,
    pub span: Span,
}

pub enum OpKind {
    CreateSchema,
    CreateExtension(Name),
    CreateTable(TableDef),
    DropTable(Name),
    AddColumn {
        table: Name,
        column: ColumnDef,
    },
    DropColumn {
        table: Name,
        column: Name,
        /// `cascade`: also drop objects outside pk's model that depend on the column.
        cascade: bool,
    },
    AddPrimaryKey {
        table: Name,
        columns: Vec<Name>,
        name: Option<Name>,
    },
    DropSequence {
        name: Name,
        cascade: bool,
    },
    /// Every foreign key (of any table, or of `table`) whose referenced columns include `column`.
    DropForeignKeysTo {
        table: Option<Name>,
        column: Name,
    },
    /// V74's switch: drop the integer `id` (and what depends on it), make `uuid` the primary key.
    PromoteUuidPrimaryKey(Name),
    RenameColumn {
        table: Name,
        from: Name,
        to: Name,
    },
    /// One column, or `[a, b, c]`: each changed only if its type differs.
    ChangeType {
        table: Name,
        columns: Vec<Name>,
        ty: TypeDef,
        using: Option<LitStr>,
    },
    SetNotNull {
        table: Name,
        column: Name,
        /// `fill = VALUE`: NULLs get this value first (only while the column allows NULL).
        fill: Option<DefaultDef>,
    },
    DropNotNull {
        table: Name,
        column: Name,
    },
    SetDefault {
        table: Name,
        column: Name,
        default: DefaultDef,
    },
    DropDefault {
        table: Name,
        column: Name,
    },
    CreateIndex(IndexDef),
    DropIndex(Name),
    AddForeignKey(ForeignKeyDef),
    DropConstraint {
        table: Name,
        name: Name,
    },
    Seed(SeedDef),
    Update {
        table: Name,
        set: LitStr,
        /// `from = "…"`: a FROM list (e.g. a derived table), joined by `filter`.
        from: Option<LitStr>,
        filter: Option<LitStr>,
    },
    Delete {
        table: Name,
        filter: Option<LitStr>,
    },
    Call(syn::Path),
    Sql {
        why: LitStr,
        sql: LitStr,
    },
    Comment {
        table: Name,
        column: Option<Name>,
        text: LitStr,
    },
    AddCheck(CheckDef),
    CreateEnum {
        name: Name,
        values: Vec<LitStr>,
    },
    AddEnumValue {
        name: Name,
        value: LitStr,
    },
    DropEnum(Name),
    CreateFunction {
        name: Name,
        args: LitStr,
        returns: LitStr,
        language: Ident,
        body: LitStr,
        immutable: bool,
        strict: bool,
    },
    DropFunction {
        name: Name,
        args: LitStr,
    },
    CreateTrigger {
        table: Name,
        name: Name,
        timing: LitStr,
        function: Name,
    },
    DropTrigger {
        table: Name,
        name: Name,
    },
    SetUnlogged(Name),
    When {
        condition: ConditionDef,
        ops: Vec<OpDef>,
    },
    RunChain {
        path: syn::Path,
        to: LitInt,
    },
    RenameTable {
        from: Name,
        to: Name,
    },
    RenameIndex {
        from: Name,
        to: Name,
    },
    AddUnique(UniqueDef),
    SetLocal {
        name: Name,
        value: LitStr,
    },
    AddUuidColumn {
        table: Name,
        index: Option<Name>,
    },
    AddUuidFkColumn {
        table: Name,
        column: Name,
        int_column: Name,
        parent: Name,
        index: Option<Name>,
        batch: Option<LitInt>,
    },
    /// Operations PhoenixKit repeats that are already true at this version (they repair
    /// databases from other upgrade paths): run as written, no down, the schema unchanged.
    Reassert(Vec<OpDef>),
}

pub struct UniqueDef {
    pub table: Name,
    pub name: Name,
    pub columns: Vec<Name>,
}

pub struct CheckDef {
    pub table: Name,
    pub name: Name,
    pub expr: LitStr,
    pub not_valid: bool,
}

pub enum ConditionDef {
    TableExists(Name),
    ColumnExists(Name, Name),
    ColumnMissing(Name, Name),
}

pub struct TableDef {
    pub name: Name,
    /// `primary_key = bigserial(id)` (the default), `serial(id)`, `uuid(id)`,
    /// `uuid(uuid, default = …)` …, or `none`.
    pub primary_key: Option<(TypeDef, Name, Option<DefaultDef>)>,
    pub columns: Vec<ColumnDef>,
    pub checks: Vec<CheckDef>,
    pub uniques: Vec<UniqueDef>,
}

#[derive(Clone)]
pub struct ColumnDef {
    pub name: Name,
    pub ty: TypeDef,
    pub not_null: bool,
    pub default: Option<DefaultDef>,
    pub references: Option<ReferenceDef>,
}

#[derive(Clone)]
pub struct ReferenceDef {
    pub table: Name,
    pub column: Option<Name>,
    pub on_delete: Option<Ident>,
    pub on_update: Option<Ident>,
    pub name: Option<Name>,
}

/// A column type: its DDL spelling and the way `format_type` prints it.
#[derive(Clone)]
pub struct TypeDef {
    pub sql: String,
    pub canonical: String,
}

/// A default value, already rendered as SQL.
#[derive(Clone)]
pub struct DefaultDef {
    pub sql: String,
}

pub struct IndexDef {
    pub table: Name,
    pub keys: Vec<IndexKeyDef>,
    pub name: Option<Name>,
    pub unique: bool,
    pub using: Option<Ident>,
    pub filter: Option<LitStr>,
    pub span: Span,
}

pub enum IndexKeyDef {
    Column { name: Name, desc: bool },
    Expr(LitStr),
}

pub struct ForeignKeyDef {
    /// `orphans = delete | set_null`: clean up rows without a parent before adding it.
    pub orphans: Option<Ident>,
    pub table: Name,
    pub columns: Vec<Name>,
    pub ref_table: Name,
    pub ref_columns: Vec<Name>,
    pub on_delete: Option<Ident>,
    pub on_update: Option<Ident>,
    pub name: Option<Name>,
}

pub struct SeedDef {
    pub table: Name,
    pub conflict: Vec<Name>,
    pub update: Option<LitStr>,
    pub rows: Vec<Vec<(Name, ValueDef)>>,
    pub span: Span,
}

#[derive(Clone)]
pub enum ValueDef {
    Null,
    Bool(bool),
    Int(i64),
    Text(String),
    Expr(String),
    UuidV7,
}

impl Parse for VersionDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut number = None;
        let mut title = None;
        let mut chain = None;
        let mut irreversible = None;
        // Header: `key = value;` pairs, in any order, before the operations.
        loop {
            let lookahead = input.lookahead1();
            if lookahead.peek(kw::number) && input.peek2(Token![=]) {
                input.parse::<kw::number>()?;
                input.parse::<Token![=]>()?;
                number = Some(input.parse::<LitInt>()?);
            } else if lookahead.peek(kw::title) && input.peek2(Token![=]) {
                input.parse::<kw::title>()?;
                input.parse::<Token![=]>()?;
                title = Some(input.parse::<LitStr>()?);
            } else if lookahead.peek(kw::chain) && input.peek2(Token![=]) {
                input.parse::<kw::chain>()?;
                input.parse::<Token![=]>()?;
                chain = Some(input.parse::<LitStr>()?);
            } else if lookahead.peek(kw::irreversible) && input.peek2(Token![=]) {
                input.parse::<kw::irreversible>()?;
                input.parse::<Token![=]>()?;
                irreversible = Some(input.parse::<LitStr>()?);
            } else {
                break;
            }
            input.parse::<Token![;]>()?;
        }
        let number =
            number.ok_or_else(|| input.error("expected `number = N;` before the operations"))?;
        let title =
            title.ok_or_else(|| input.error("expected `title = \"…\";` before the operations"))?;
        let mut ops = Vec::new();
        while !input.is_empty() {
            ops.push(input.parse()?);
        }
        Ok(VersionDef {
            number,
            title,
            chain,
            irreversible,
            ops,
        })
    }
}

impl Parse for OpDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        input.parse::<Token![!]>()?;
        let content;
        parenthesized!(content in input);
        let kind = parse_op(&name, &content)?;
        if !content.is_empty() {
            return Err(content.error("unexpected tokens after the operation's arguments"));
        }
        let reverse = if input.peek(kw::reverse) {
            input.parse::<kw::reverse>()?;
            Some(op_block(input)?)
        } else {
            input.parse::<Token![;]>()?;
            None
        };
        Ok(OpDef {
            name,
            kind,
            reverse,
        })
    }
}

/// `{ op!(…); … }`
fn op_block(input: ParseStream) -> syn::Result<Vec<OpDef>> {
    let body;
    braced!(body in input);
    let mut ops = Vec::new();
    while !body.is_empty() {
        ops.push(body.parse()?);
    }
    Ok(ops)
}

const OPS: &str = "create_schema, create_extension, create_table, drop_table, add_column, drop_column, \
    rename_column, change_type, set_not_null, drop_not_null, set_default, drop_default, create_index, \
    drop_index, add_foreign_key, drop_constraint, add_check, comment, seed, update, delete, call, sql, \
    when, create_enum, add_enum_value, drop_enum, create_function, drop_function, create_trigger, \
    drop_trigger, set_unlogged, run_chain, rename_table, rename_index, add_unique, set_local, \
    add_uuid_column, add_uuid_fk_column, reassert, add_primary_key, drop_sequence, \
    drop_foreign_keys_to, promote_uuid_primary_key";

fn parse_unique(table: Name, input: ParseStream) -> syn::Result<UniqueDef> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    let content;
    bracketed!(content in input);
    Ok(UniqueDef {
        table,
        name,
        columns: Punctuated::<Name, Token![,]>::parse_separated_nonempty(&content)?
            .into_iter()
            .collect(),
    })
}

/// `, key = value` where `key` is the given keyword.
fn keyed<K: Parse, V: Parse>(input: ParseStream) -> syn::Result<V> {
    input.parse::<Token![,]>()?;
    input.parse::<K>()?;
    input.parse::<Token![=]>()?;
    input.parse()
}

fn parse_check(table: Name, input: ParseStream) -> syn::Result<CheckDef> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    let expr = input.parse()?;
    let not_valid = input.peek(Token![,]);
    if not_valid {
        input.parse::<Token![,]>()?;
        input.parse::<kw::not_valid>()?;
    }
    Ok(CheckDef {
        table,
        name,
        expr,
        not_valid,
    })
}

fn parse_op(name: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(match name.to_string().as_str() {
        "create_schema" => OpKind::CreateSchema,
        "create_extension" => OpKind::CreateExtension(input.parse()?),
        "create_table" => OpKind::CreateTable(parse_table(input)?),
        "drop_table" => OpKind::DropTable(input.parse()?),
        "add_column" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::AddColumn {
                table,
                column: input.parse()?,
            }
        }
        "drop_column" => {
            let (table, column) = table_column(input)?;
            let cascade = input.peek(Token![,]);
            if cascade {
                input.parse::<Token![,]>()?;
                input.parse::<kw::cascade>()?;
            }
            OpKind::DropColumn {
                table,
                column,
                cascade,
            }
        }
        "add_primary_key" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            let content;
            bracketed!(content in input);
            let columns = Punctuated::<Name, Token![,]>::parse_separated_nonempty(&content)?
                .into_iter()
                .collect();
            let name = if input.peek(Token![,]) {
                Some(keyed::<kw::name, _>(input)?)
            } else {
                None
            };
            OpKind::AddPrimaryKey {
                table,
                columns,
                name,
            }
        }
        "drop_sequence" => {
            let name = input.parse()?;
            let cascade = input.peek(Token![,]);
            if cascade {
                input.parse::<Token![,]>()?;
                input.parse::<kw::cascade>()?;
            }
            OpKind::DropSequence { name, cascade }
        }
        "drop_foreign_keys_to" => {
            let first: Name = input.parse()?;
            if input.peek(Token![.]) {
                input.parse::<Token![.]>()?;
                OpKind::DropForeignKeysTo {
                    table: Some(first),
                    column: input.parse()?,
                }
            } else {
                OpKind::DropForeignKeysTo {
                    table: None,
                    column: first,
                }
            }
        }
        "promote_uuid_primary_key" => OpKind::PromoteUuidPrimaryKey(input.parse()?),
        "rename_column" => {
            let (table, from) = table_column(input)?;
            input.parse::<Token![->]>()?;
            OpKind::RenameColumn {
                table,
                from,
                to: input.parse()?,
            }
        }
        "change_type" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            let columns = if input.peek(syn::token::Bracket) {
                let content;
                bracketed!(content in input);
                Punctuated::<Name, Token![,]>::parse_separated_nonempty(&content)?
                    .into_iter()
                    .collect()
            } else {
                vec![input.parse()?]
            };
            input.parse::<Token![,]>()?;
            let ty = input.parse()?;
            let using = if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
                input.parse::<kw::using>()?;
                input.parse::<Token![=]>()?;
                Some(input.parse()?)
            } else {
                None
            };
            OpKind::ChangeType {
                table,
                columns,
                ty,
                using,
            }
        }
        "set_not_null" => {
            let (table, column) = table_column(input)?;
            let fill = if input.peek(Token![,]) {
                Some(keyed::<kw::fill, _>(input)?)
            } else {
                None
            };
            OpKind::SetNotNull {
                table,
                column,
                fill,
            }
        }
        "drop_not_null" => {
            let (table, column) = table_column(input)?;
            OpKind::DropNotNull { table, column }
        }
        "set_default" => {
            let (table, column) = table_column(input)?;
            input.parse::<Token![,]>()?;
            OpKind::SetDefault {
                table,
                column,
                default: input.parse()?,
            }
        }
        "drop_default" => {
            let (table, column) = table_column(input)?;
            OpKind::DropDefault { table, column }
        }
        "create_index" => OpKind::CreateIndex(parse_index(name, input)?),
        "drop_index" => OpKind::DropIndex(input.parse()?),
        "add_foreign_key" => OpKind::AddForeignKey(parse_foreign_key(input)?),
        "drop_constraint" => {
            let (table, name) = table_column(input)?;
            OpKind::DropConstraint { table, name }
        }
        "seed" => OpKind::Seed(parse_seed(name, input)?),
        "update" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            input.parse::<kw::set>()?;
            input.parse::<Token![=]>()?;
            let set = input.parse()?;
            let (mut from, mut filter) = (None, None);
            while input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
                let lookahead = input.lookahead1();
                if lookahead.peek(kw::from) {
                    input.parse::<kw::from>()?;
                    input.parse::<Token![=]>()?;
                    from = Some(input.parse()?);
                } else if lookahead.peek(kw::filter) {
                    input.parse::<kw::filter>()?;
                    input.parse::<Token![=]>()?;
                    filter = Some(input.parse()?);
                } else {
                    return Err(lookahead.error());
                }
            }
            OpKind::Update {
                table,
                set,
                from,
                filter,
            }
        }
        "delete" => {
            let table = input.parse()?;
            OpKind::Delete {
                table,
                filter: optional_filter(input)?,
            }
        }
        "call" => OpKind::Call(input.parse()?),
        "comment" => {
            let table = input.parse()?;
            let column = if input.peek(Token![.]) {
                input.parse::<Token![.]>()?;
                Some(input.parse()?)
            } else {
                None
            };
            input.parse::<Token![,]>()?;
            OpKind::Comment {
                table,
                column,
                text: input.parse()?,
            }
        }
        "add_check" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::AddCheck(parse_check(table, input)?)
        }
        "create_enum" => {
            let name = input.parse()?;
            input.parse::<Token![,]>()?;
            let content;
            bracketed!(content in input);
            OpKind::CreateEnum {
                name,
                values: Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?
                    .into_iter()
                    .collect(),
            }
        }
        "add_enum_value" => {
            let name = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::AddEnumValue {
                name,
                value: input.parse()?,
            }
        }
        "drop_enum" => OpKind::DropEnum(input.parse()?),
        "create_function" => {
            let name = input.parse()?;
            input.parse::<Token![,]>()?;
            let args = input.parse()?;
            let returns = keyed::<kw::returns, _>(input)?;
            let language = keyed::<kw::language, _>(input)?;
            let body = keyed::<kw::body, _>(input)?;
            let (mut immutable, mut strict) = (false, false);
            while input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
                let lookahead = input.lookahead1();
                if lookahead.peek(kw::immutable) {
                    input.parse::<kw::immutable>()?;
                    immutable = true;
                } else if lookahead.peek(kw::strict) {
                    input.parse::<kw::strict>()?;
                    strict = true;
                } else {
                    return Err(lookahead.error());
                }
            }
            OpKind::CreateFunction {
                name,
                args,
                returns,
                language,
                body,
                immutable,
                strict,
            }
        }
        "drop_function" => {
            let name = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::DropFunction {
                name,
                args: input.parse()?,
            }
        }
        "create_trigger" => {
            let (table, name) = table_column(input)?;
            input.parse::<Token![,]>()?;
            let timing = input.parse()?;
            let function = keyed::<kw::function, _>(input)?;
            OpKind::CreateTrigger {
                table,
                name,
                timing,
                function,
            }
        }
        "drop_trigger" => {
            let (table, name) = table_column(input)?;
            OpKind::DropTrigger { table, name }
        }
        "set_unlogged" => OpKind::SetUnlogged(input.parse()?),
        "when" => {
            let condition = parse_condition(input)?;
            input.parse::<Token![,]>()?;
            OpKind::When {
                condition,
                ops: op_block(input)?,
            }
        }
        "rename_table" | "rename_index" => {
            let from = input.parse()?;
            input.parse::<Token![->]>()?;
            let to = input.parse()?;
            if name == "rename_table" {
                OpKind::RenameTable { from, to }
            } else {
                OpKind::RenameIndex { from, to }
            }
        }
        "add_unique" => {
            let table = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::AddUnique(parse_unique(table, input)?)
        }
        "set_local" => {
            let name = input.parse()?;
            input.parse::<Token![,]>()?;
            OpKind::SetLocal {
                name,
                value: input.parse()?,
            }
        }
        "add_uuid_fk_column" => {
            let table = input.parse()?;
            input.parse::<Token![.]>()?;
            let column = input.parse()?;
            input.parse::<Token![,]>()?;
            let int_column = input.parse()?;
            input.parse::<Token![->]>()?;
            let parent = input.parse()?;
            let (mut index, mut batch) = (None, None);
            while input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
                let lookahead = input.lookahead1();
                if lookahead.peek(kw::index) {
                    input.parse::<kw::index>()?;
                    input.parse::<Token![=]>()?;
                    index = Some(input.parse()?);
                } else if lookahead.peek(kw::batch) {
                    input.parse::<kw::batch>()?;
                    input.parse::<Token![=]>()?;
                    batch = Some(input.parse()?);
                } else {
                    return Err(lookahead.error());
                }
            }
            OpKind::AddUuidFkColumn {
                table,
                column,
                int_column,
                parent,
                index,
                batch,
            }
        }
        "reassert" => OpKind::Reassert(op_block(input)?),
        "add_uuid_column" => {
            let table = input.parse()?;
            let index = if input.peek(Token![,]) {
                Some(keyed::<kw::index, _>(input)?)
            } else {
                None
            };
            OpKind::AddUuidColumn { table, index }
        }
        "run_chain" => {
            let path = input.parse()?;
            OpKind::RunChain {
                path,
                to: keyed::<kw::to, _>(input)?,
            }
        }
        "sql" => {
            input.parse::<kw::why>()?;
            input.parse::<Token![=]>()?;
            let why: LitStr = input.parse()?;
            if why.value().trim().is_empty() {
                return Err(syn::Error::new_spanned(
                    &why,
                    "say why no typed operation fits",
                ));
            }
            input.parse::<Token![,]>()?;
            OpKind::Sql {
                why,
                sql: input.parse()?,
            }
        }
        _ => {
            return Err(syn::Error::new_spanned(
                name,
                format!("unknown operation `{name}`; expected one of {OPS}"),
            ));
        }
    })
}

fn parse_condition(input: ParseStream) -> syn::Result<ConditionDef> {
    let kind: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    let table: Name = content.parse()?;
    let column = |content: ParseStream| -> syn::Result<Name> {
        content.parse::<Token![.]>()?;
        content.parse()
    };
    Ok(match kind.to_string().as_str() {
        "table_exists" => ConditionDef::TableExists(table),
        "column_exists" => ConditionDef::ColumnExists(table, column(&content)?),
        "column_missing" => ConditionDef::ColumnMissing(table, column(&content)?),
        other => {
            return Err(syn::Error::new(
                kind.span(),
                format!(
                    "unknown condition `{other}`; expected table_exists(t), column_exists(t.c) or column_missing(t.c)"
                ),
            ));
        }
    })
}

fn table_column(input: ParseStream) -> syn::Result<(Name, Name)> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok((table, input.parse()?))
}

fn optional_filter(input: ParseStream) -> syn::Result<Option<LitStr>> {
    if !input.peek(Token![,]) {
        return Ok(None);
    }
    input.parse::<Token![,]>()?;
    input.parse::<kw::filter>()?;
    input.parse::<Token![=]>()?;
    Ok(Some(input.parse()?))
}

fn parse_table(input: ParseStream) -> syn::Result<TableDef> {
    let name: Name = input.parse()?;
    input.parse::<Token![,]>()?;
    let mut primary_key = Some((
        TypeDef::named("bigserial", name.span)?,
        Name {
            value: "id".into(),
            span: name.span,
        },
        None,
    ));
    if input.peek(kw::primary_key) {
        input.parse::<kw::primary_key>()?;
        input.parse::<Token![=]>()?;
        if input.peek(kw::none) {
            input.parse::<kw::none>()?;
            primary_key = None;
        } else {
            let ty_name: Ident = input.parse()?;
            let content;
            parenthesized!(content in input);
            let column: Name = content.parse()?;
            let default = if content.peek(Token![,]) {
                content.parse::<Token![,]>()?;
                content.parse::<kw::default>()?;
                content.parse::<Token![=]>()?;
                Some(content.parse()?)
            } else {
                None
            };
            primary_key = Some((
                TypeDef::named(&ty_name.to_string(), ty_name.span())?,
                column,
                default,
            ));
        }
        input.parse::<Token![,]>()?;
    }
    let body;
    braced!(body in input);
    let mut columns = Vec::new();
    let mut checks = Vec::new();
    let mut uniques = Vec::new();
    while !body.is_empty() {
        if body.peek(kw::unique) && body.peek2(syn::token::Paren) {
            body.parse::<kw::unique>()?;
            let args;
            parenthesized!(args in body);
            uniques.push(parse_unique(name.clone(), &args)?);
        } else if body.peek(kw::check) && body.peek2(syn::token::Paren) {
            body.parse::<kw::check>()?;
            let args;
            parenthesized!(args in body);
            checks.push(parse_check(name.clone(), &args)?);
        } else if body.peek(kw::timestamps) {
            let kw: kw::timestamps = body.parse()?;
            let args;
            parenthesized!(args in body);
            let ty: TypeDef = args.parse()?;
            let mut with_updated = true;
            if args.peek(Token![,]) {
                args.parse::<Token![,]>()?;
                args.parse::<kw::updated_at>()?;
                args.parse::<Token![=]>()?;
                with_updated = args.parse::<LitBool>()?.value;
            }
            for column in ["inserted_at", "updated_at"]
                .into_iter()
                .take(if with_updated { 2 } else { 1 })
            {
                columns.push(ColumnDef {
                    name: Name {
                        value: column.into(),
                        span: kw.span,
                    },
                    ty: ty.clone(),
                    not_null: true,
                    default: None,
                    references: None,
                });
            }
        } else {
            columns.push(body.parse()?);
        }
        if body.is_empty() {
            break;
        }
        body.parse::<Token![,]>()?;
    }
    Ok(TableDef {
        name,
        primary_key,
        columns,
        checks,
        uniques,
    })
}

impl Parse for ColumnDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Name = input.parse()?;
        input.parse::<Token![:]>()?;
        let ty: TypeDef = input.parse()?;
        let mut column = ColumnDef {
            name,
            ty,
            not_null: false,
            default: None,
            references: None,
        };
        loop {
            let lookahead = input.lookahead1();
            if lookahead.peek(kw::not_null) {
                input.parse::<kw::not_null>()?;
                column.not_null = true;
            } else if lookahead.peek(kw::null) {
                input.parse::<kw::null>()?;
                column.not_null = false;
            } else if lookahead.peek(kw::default) {
                input.parse::<kw::default>()?;
                column.default = Some(input.parse()?);
            } else if lookahead.peek(kw::references) {
                input.parse::<kw::references>()?;
                column.references = Some(parse_reference(input)?);
            } else if lookahead.peek(Token![,]) || input.is_empty() {
                break;
            } else {
                return Err(lookahead.error());
            }
        }
        Ok(column)
    }
}

fn parse_reference(input: ParseStream) -> syn::Result<ReferenceDef> {
    let content;
    parenthesized!(content in input);
    let table: Name = content.parse()?;
    let column = if content.peek(Token![.]) {
        content.parse::<Token![.]>()?;
        Some(content.parse()?)
    } else {
        None
    };
    let mut reference = ReferenceDef {
        table,
        column,
        on_delete: None,
        on_update: None,
        name: None,
    };
    while content.peek(Token![,]) {
        content.parse::<Token![,]>()?;
        let lookahead = content.lookahead1();
        if lookahead.peek(kw::on_delete) {
            content.parse::<kw::on_delete>()?;
            content.parse::<Token![=]>()?;
            reference.on_delete = Some(content.parse()?);
        } else if lookahead.peek(kw::on_update) {
            content.parse::<kw::on_update>()?;
            content.parse::<Token![=]>()?;
            reference.on_update = Some(content.parse()?);
        } else if lookahead.peek(kw::name) {
            content.parse::<kw::name>()?;
            content.parse::<Token![=]>()?;
            reference.name = Some(content.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(reference)
}

fn parse_index(op: &Ident, input: ParseStream) -> syn::Result<IndexDef> {
    let table: Name = input.parse()?;
    input.parse::<Token![,]>()?;
    let keys_content;
    bracketed!(keys_content in input);
    let mut keys = Vec::new();
    while !keys_content.is_empty() {
        if keys_content.peek(LitStr) {
            keys.push(IndexKeyDef::Expr(keys_content.parse()?));
        } else {
            let name = keys_content.parse()?;
            let desc = keys_content.peek(kw::desc);
            if desc {
                keys_content.parse::<kw::desc>()?;
            }
            keys.push(IndexKeyDef::Column { name, desc });
        }
        if keys_content.is_empty() {
            break;
        }
        keys_content.parse::<Token![,]>()?;
    }
    let mut index = IndexDef {
        table,
        keys,
        name: None,
        unique: false,
        using: None,
        filter: None,
        span: op.span(),
    };
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::name) {
            input.parse::<kw::name>()?;
            input.parse::<Token![=]>()?;
            index.name = Some(input.parse()?);
        } else if lookahead.peek(kw::unique) {
            input.parse::<kw::unique>()?;
            index.unique = true;
        } else if lookahead.peek(kw::using) {
            input.parse::<kw::using>()?;
            input.parse::<Token![=]>()?;
            index.using = Some(input.parse()?);
        } else if lookahead.peek(kw::filter) {
            input.parse::<kw::filter>()?;
            input.parse::<Token![=]>()?;
            index.filter = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(index)
}

fn name_list(input: ParseStream) -> syn::Result<Vec<Name>> {
    let content;
    parenthesized!(content in input);
    Ok(
        Punctuated::<Name, Token![,]>::parse_separated_nonempty(&content)?
            .into_iter()
            .collect(),
    )
}

fn parse_foreign_key(input: ParseStream) -> syn::Result<ForeignKeyDef> {
    let table = input.parse()?;
    let columns = name_list(input)?;
    input.parse::<Token![->]>()?;
    let ref_table = input.parse()?;
    let ref_columns = name_list(input)?;
    let mut fk = ForeignKeyDef {
        table,
        columns,
        ref_table,
        ref_columns,
        on_delete: None,
        on_update: None,
        name: None,
        orphans: None,
    };
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::orphans) {
            input.parse::<kw::orphans>()?;
            input.parse::<Token![=]>()?;
            fk.orphans = Some(input.call(syn::ext::IdentExt::parse_any)?);
        } else if lookahead.peek(kw::on_delete) {
            input.parse::<kw::on_delete>()?;
            input.parse::<Token![=]>()?;
            fk.on_delete = Some(input.parse()?);
        } else if lookahead.peek(kw::on_update) {
            input.parse::<kw::on_update>()?;
            input.parse::<Token![=]>()?;
            fk.on_update = Some(input.parse()?);
        } else if lookahead.peek(kw::name) {
            input.parse::<kw::name>()?;
            input.parse::<Token![=]>()?;
            fk.name = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(fk)
}

fn parse_seed(op: &Ident, input: ParseStream) -> syn::Result<SeedDef> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    input.parse::<kw::conflict>()?;
    input.parse::<Token![=]>()?;
    let conflict_content;
    bracketed!(conflict_content in input);
    let conflict = Punctuated::<Name, Token![,]>::parse_separated_nonempty(&conflict_content)?
        .into_iter()
        .collect();
    input.parse::<Token![,]>()?;
    let update = if input.peek(kw::update) {
        input.parse::<kw::update>()?;
        input.parse::<Token![=]>()?;
        let set = input.parse()?;
        input.parse::<Token![,]>()?;
        Some(set)
    } else {
        None
    };
    input.parse::<kw::rows>()?;
    input.parse::<Token![=]>()?;
    let rows_content;
    bracketed!(rows_content in input);
    let mut rows = Vec::new();
    while !rows_content.is_empty() {
        let row_content;
        braced!(row_content in rows_content);
        let mut row = Vec::new();
        while !row_content.is_empty() {
            let column: Name = row_content.parse()?;
            row_content.parse::<Token![:]>()?;
            row.push((column, row_content.parse()?));
            if row_content.is_empty() {
                break;
            }
            row_content.parse::<Token![,]>()?;
        }
        rows.push(row);
        if rows_content.is_empty() {
            break;
        }
        rows_content.parse::<Token![,]>()?;
    }
    Ok(SeedDef {
        table,
        conflict,
        update,
        rows,
        span: op.span(),
    })
}

impl Parse for Name {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            return Ok(Name {
                value: lit.value(),
                span: lit.span(),
            });
        }
        let ident: Ident = input.call(syn::ext::IdentExt::parse_any)?;
        Ok(Name {
            value: syn::ext::IdentExt::unraw(&ident).to_string(),
            span: ident.span(),
        })
    }
}

const TYPES: &str = "bigserial, serial, bigint, integer, smallint, boolean, text, citext, bytea, jsonb, json, \
    uuid, date, time, inet, real, double, float, varchar(N), timestamp[(P)], timestamptz[(P)], \
    numeric[(P[, S])], decimal[(P[, S])], array(TYPE), named(TYPE_IN_PREFIX)";

impl TypeDef {
    fn named(name: &str, span: Span) -> syn::Result<TypeDef> {
        let (sql, canonical) = match name {
            "bigserial" => ("bigserial", "bigint"),
            "serial" => ("serial", "integer"),
            "bigint" => ("bigint", "bigint"),
            "integer" => ("integer", "integer"),
            "smallint" => ("smallint", "smallint"),
            "boolean" => ("boolean", "boolean"),
            "text" => ("text", "text"),
            "citext" => ("citext", "citext"),
            "bytea" => ("bytea", "bytea"),
            "jsonb" => ("jsonb", "jsonb"),
            "json" => ("json", "json"),
            "uuid" => ("uuid", "uuid"),
            "date" => ("date", "date"),
            "time" => ("time", "time without time zone"),
            "inet" => ("inet", "inet"),
            "real" => ("real", "real"),
            "double" => ("double precision", "double precision"),
            "float" => ("float", "double precision"),
            "decimal" => ("decimal", "numeric"),
            "varchar" => ("varchar", "character varying"),
            "timestamp" => ("timestamp", "timestamp without time zone"),
            "timestamptz" => ("timestamptz", "timestamp with time zone"),
            "numeric" => ("numeric", "numeric"),
            _ => {
                return Err(syn::Error::new(
                    span,
                    format!("unknown column type `{name}`; expected one of {TYPES}"),
                ));
            }
        };
        Ok(TypeDef {
            sql: sql.into(),
            canonical: canonical.into(),
        })
    }
}

impl Parse for TypeDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let ident: Ident = input.parse()?;
        let name = ident.to_string();
        if name == "array" {
            let content;
            parenthesized!(content in input);
            let inner: TypeDef = content.parse()?;
            return Ok(TypeDef {
                sql: format!("{}[]", inner.sql),
                canonical: format!("{}[]", inner.canonical),
            });
        }
        if name == "named" {
            let content;
            parenthesized!(content in input);
            let inner: Ident = content.parse()?;
            return Ok(TypeDef {
                sql: format!("{{prefix}}.\"{inner}\""),
                canonical: inner.to_string(),
            });
        }
        let mut ty = TypeDef::named(&name, ident.span())?;
        if input.peek(syn::token::Paren) {
            let content;
            parenthesized!(content in input);
            let args: Vec<u32> =
                Punctuated::<LitInt, Token![,]>::parse_separated_nonempty(&content)?
                    .iter()
                    .map(LitInt::base10_parse)
                    .collect::<syn::Result<_>>()?;
            let joined = args
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",");
            match (name.as_str(), args.len()) {
                ("varchar", 1) => {
                    ty.sql = format!("varchar({joined})");
                    ty.canonical = format!("character varying({joined})");
                }
                ("timestamp", 1) => {
                    ty.sql = format!("timestamp({joined})");
                    ty.canonical = format!("timestamp({joined}) without time zone");
                }
                ("timestamptz", 1) => {
                    ty.sql = format!("timestamptz({joined})");
                    ty.canonical = format!("timestamp({joined}) with time zone");
                }
                ("numeric" | "decimal", 1 | 2) => {
                    ty.sql = format!("{name}({joined})");
                    ty.canonical = format!("numeric({joined})");
                }
                _ => {
                    return Err(syn::Error::new(
                        ident.span(),
                        format!("type `{name}` does not take {} argument(s)", args.len()),
                    ));
                }
            }
        }
        Ok(ty)
    }
}

impl Parse for DefaultDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let span = input.span();
        let value: ValueDef = input.parse()?;
        if matches!(value, ValueDef::UuidV7) {
            return Err(syn::Error::new(
                span,
                "uuid_v7() is a value generated once per seeded row, not a column default; \
                 use sql(\"…\") with a database function",
            ));
        }
        Ok(DefaultDef { sql: value.sql() })
    }
}

impl Parse for ValueDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let lookahead = input.lookahead1();
        if lookahead.peek(LitStr) {
            Ok(ValueDef::Text(input.parse::<LitStr>()?.value()))
        } else if lookahead.peek(LitBool) {
            Ok(ValueDef::Bool(input.parse::<LitBool>()?.value))
        } else if lookahead.peek(LitInt) || lookahead.peek(Token![-]) {
            let negative = input.peek(Token![-]);
            if negative {
                input.parse::<Token![-]>()?;
            }
            let value: i64 = input.parse::<LitInt>()?.base10_parse()?;
            Ok(ValueDef::Int(if negative { -value } else { value }))
        } else if lookahead.peek(kw::null) {
            input.parse::<kw::null>()?;
            Ok(ValueDef::Null)
        } else if lookahead.peek(kw::now) {
            input.parse::<kw::now>()?;
            let _empty;
            parenthesized!(_empty in input);
            Ok(ValueDef::Expr("NOW()".into()))
        } else if lookahead.peek(kw::uuid_v7) {
            input.parse::<kw::uuid_v7>()?;
            let _empty;
            parenthesized!(_empty in input);
            Ok(ValueDef::UuidV7)
        } else if lookahead.peek(kw::sql) {
            input.parse::<kw::sql>()?;
            let content;
            parenthesized!(content in input);
            Ok(ValueDef::Expr(content.parse::<LitStr>()?.value()))
        } else {
            Err(lookahead.error())
        }
    }
}

impl ValueDef {
    /// The value as SQL text.
    pub fn sql(&self) -> String {
        match self {
            ValueDef::Null => "NULL".into(),
            ValueDef::Bool(b) => b.to_string(),
            ValueDef::Int(i) => i.to_string(),
            ValueDef::Text(s) => format!("'{}'", s.replace('\'', "''")),
            ValueDef::Expr(e) => e.clone(),
            ValueDef::UuidV7 => "uuid_v7()".into(),
        }
    }
}
