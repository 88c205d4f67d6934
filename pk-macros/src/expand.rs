//! Expansion: a checked version becomes a `static` `Version` of `pk_schema`, plain data in the
//! manner of `sqlx::migrate!`'s `Migration` literals. Every definition type is written out as the
//! tokens that construct it, borrowed (`Cow::Borrowed`), so the emitted version is a `static`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use pk_schema::{
    Action, Call, ChainRef, Check, Column, Condition, ForeignKey, Function, Index, IndexKey, Op,
    Orphans, Seed, Sql, Str, Table, Trigger, Unique, Value,
};

use crate::ast::VersionDef;
use crate::valid::Checked;

/// Where the definition types are, seen from the invoking crate: `::pk_schema` when it depends on
/// pk-schema, otherwise pk-runtime's re-export `::pk_runtime::schema`.
pub(crate) fn root() -> TokenStream {
    use proc_macro_crate::{FoundCrate, crate_name};
    match crate_name("pk-schema") {
        Ok(FoundCrate::Itself) => quote!(crate),
        Ok(FoundCrate::Name(name)) => {
            let ident = proc_macro2::Ident::new(&name, proc_macro2::Span::call_site());
            quote!(::#ident)
        }
        Err(_) => match crate_name("pk-runtime") {
            Ok(FoundCrate::Name(name)) => {
                let ident = proc_macro2::Ident::new(&name, proc_macro2::Span::call_site());
                quote!(::#ident::schema)
            }
            _ => quote!(::pk_runtime::schema),
        },
    }
}

pub fn expand(def: &VersionDef, checked: &Checked) -> TokenStream {
    let r = &root();
    let number = checked.number;
    let title = &def.title;
    let up = checked.up.iter().map(|op| op.emit(r));
    let down = match (&checked.down, &def.irreversible) {
        (Some(down), _) => {
            let down = down.iter().map(|op| op.emit(r));
            quote!(#r::Down::Ops(&[#(#down),*]))
        }
        (None, Some(reason)) => quote!(#r::Down::Irreversible(#reason)),
        (None, None) => unreachable!("valid::process rejects versions without a down"),
    };
    quote! {
        /// This version, as data for `pk_runtime`.
        pub static VERSION: #r::Version = #r::Version {
            number: #number,
            title: #title,
            up: &[#(#up),*],
            down: #down,
        };
    }
}

/// Writes a definition value as the tokens of a constant expression that builds it.
trait Emit {
    fn emit(&self, r: &TokenStream) -> TokenStream;
}

impl Emit for Str {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        let s: &str = self;
        quote!(::std::borrow::Cow::Borrowed(#s))
    }
}

impl Emit for Sql {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        let s = self.as_str();
        quote!(#r::Sql::new(#s))
    }
}

impl Emit for bool {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        self.to_token_stream()
    }
}

impl Emit for u32 {
    fn emit(&self, _: &TokenStream) -> TokenStream {
        self.to_token_stream()
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        match self {
            Some(value) => {
                let value = value.emit(r);
                quote!(::core::option::Option::Some(#value))
            }
            None => quote!(::core::option::Option::None),
        }
    }
}

impl<T: Emit + Clone> Emit for std::borrow::Cow<'static, [T]> {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        let items = self.iter().map(|item| item.emit(r));
        quote!(::std::borrow::Cow::Borrowed(&[#(#items),*]))
    }
}

/// `Enum::Variant { field: <emitted>, … }` from bindings of the same names.
macro_rules! variant {
    ($r:expr, $p:expr, $name:ident { $($field:ident),* }) => {{
        let (r, p) = (&$r, &$p);
        $(let $field = $field.emit(r);)*
        quote!(#p::$name { $($field: #$field),* })
    }};
}

/// `Enum::Variant(<emitted>)` for a one-field tuple variant.
macro_rules! tuple {
    ($r:expr, $p:expr, $name:ident($field:ident)) => {{
        let (r, p) = (&$r, &$p);
        let $field = $field.emit(r);
        quote!(#p::$name(#$field))
    }};
}

/// `Type { field: <emitted>, … }` for a struct.
macro_rules! emit_fields {
    ($r:expr, $path:expr, $value:expr, [$($field:ident),*]) => {{
        let r = $r;
        let path = $path;
        $(let $field = $value.$field.emit(r);)*
        quote!(#path { $($field: #$field),* })
    }};
}

impl Emit for Column {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Column),
            self,
            [name, ty, canonical, not_null, default]
        )
    }
}

impl Emit for Unique {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(r, quote!(#r::Unique), self, [table, name, columns])
    }
}

impl Emit for Check {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(r, quote!(#r::Check), self, [table, name, expr, not_valid])
    }
}

impl Emit for Function {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Function),
            self,
            [name, args, returns, language, body, immutable, strict]
        )
    }
}

impl Emit for Trigger {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Trigger),
            self,
            [table, name, timing, function]
        )
    }
}

impl Emit for Table {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Table),
            self,
            [name, columns, primary_key, foreign_keys, checks, uniques]
        )
    }
}

impl Emit for Index {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Index),
            self,
            [table, name, keys, unique, method, filter]
        )
    }
}

impl Emit for IndexKey {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        match self {
            IndexKey::Column { name, desc } => {
                let (name, desc) = (name.emit(r), desc.emit(r));
                quote!(#r::IndexKey::Column { name: #name, desc: #desc })
            }
            IndexKey::Expr(e) => {
                let e = e.emit(r);
                quote!(#r::IndexKey::Expr(#e))
            }
        }
    }
}

impl Emit for Action {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        let variant = match self {
            Action::NoAction => quote!(NoAction),
            Action::Restrict => quote!(Restrict),
            Action::Cascade => quote!(Cascade),
            Action::SetNull => quote!(SetNull),
            Action::SetDefault => quote!(SetDefault),
        };
        quote!(#r::Action::#variant)
    }
}

impl Emit for Orphans {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        match self {
            Orphans::Delete => quote!(#r::Orphans::Delete),
            Orphans::SetNull => quote!(#r::Orphans::SetNull),
        }
    }
}

impl Emit for ForeignKey {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::ForeignKey),
            self,
            [
                table,
                name,
                columns,
                ref_table,
                ref_columns,
                on_delete,
                on_update,
                orphans
            ]
        )
    }
}

impl Emit for Seed {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        emit_fields!(
            r,
            quote!(#r::Seed),
            self,
            [table, conflict, columns, rows, on_conflict, update]
        )
    }
}

impl Emit for Value {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        match self {
            Value::Null => quote!(#r::Value::Null),
            Value::Bool(b) => quote!(#r::Value::Bool(#b)),
            Value::Int(i) => quote!(#r::Value::Int(#i)),
            Value::Text(t) => {
                let t = t.emit(r);
                quote!(#r::Value::Text(#t))
            }
            Value::Expr(e) => {
                let e = e.emit(r);
                quote!(#r::Value::Expr(#e))
            }
            Value::UuidV7 => quote!(#r::Value::UuidV7),
        }
    }
}

impl Emit for Condition {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        let p = quote!(#r::Condition);
        match self {
            Condition::TableExists(t) => {
                let t = t.emit(r);
                quote!(#p::TableExists(#t))
            }
            Condition::ColumnExists { table, column } => {
                variant!(r, p, ColumnExists { table, column })
            }
            Condition::ColumnMissing { table, column } => {
                variant!(r, p, ColumnMissing { table, column })
            }
        }
    }
}

impl<T: Emit> Emit for &T {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        (**self).emit(r)
    }
}

/// A `call!` step: the function, cast to the runtime's `CallFn` signature and type-erased.
fn call(call: &Call, r: &TokenStream) -> TokenStream {
    let name = call.name.emit(r);
    let path: syn::Path = syn::parse_str(&call.name).expect("a path that parsed once parses again");
    quote!(#r::Op::Call(#r::Call {
        name: #name,
        run: ::core::option::Option::Some(&(#path as for<'c> fn(
            &'c mut ::sqlx::PgConnection,
            &'c #r::Prefix,
        ) -> ::core::pin::Pin<::std::boxed::Box<
            dyn ::core::future::Future<Output = ::core::result::Result<(), ::sqlx::Error>>
                + ::core::marker::Send
                + 'c,
        >>)),
    }))
}

impl Emit for Op {
    fn emit(&self, r: &TokenStream) -> TokenStream {
        let p = quote!(#r::Op);
        match self {
            Op::CreateSchema => quote!(#p::CreateSchema),
            Op::CreateExtension(x) => tuple!(r, p, CreateExtension(x)),
            Op::CreateTable(x) => tuple!(r, p, CreateTable(x)),
            Op::DropTable(x) => tuple!(r, p, DropTable(x)),
            Op::DropIndex(x) => tuple!(r, p, DropIndex(x)),
            Op::DropEnum(x) => tuple!(r, p, DropEnum(x)),
            Op::SetUnlogged(x) => tuple!(r, p, SetUnlogged(x)),
            Op::CreateIndex(x) => tuple!(r, p, CreateIndex(x)),
            Op::AddForeignKey(x) => tuple!(r, p, AddForeignKey(x)),
            Op::Seed(x) => tuple!(r, p, Seed(x)),
            Op::Unseed(x) => tuple!(r, p, Unseed(x)),
            Op::AddCheck(x) => tuple!(r, p, AddCheck(x)),
            Op::CreateFunction(x) => tuple!(r, p, CreateFunction(x)),
            Op::CreateTrigger(x) => tuple!(r, p, CreateTrigger(x)),
            Op::AddUnique(x) => tuple!(r, p, AddUnique(x)),
            Op::Call(c) => call(c, r),
            Op::RunChain { chain, to } => {
                let ChainRef::Path(path) = chain else {
                    unreachable!("the macro only builds chain paths");
                };
                let path: syn::Path =
                    syn::parse_str(path).expect("a path that parsed once parses again");
                quote!(#p::RunChain { chain: #r::ChainRef::Static(&#path), to: #to })
            }
            Op::When { condition, ops } => variant!(r, p, When { condition, ops }),
            Op::AddColumn { table, column } => variant!(r, p, AddColumn { table, column }),
            Op::DropColumn {
                table,
                column,
                cascade,
            } => variant!(
                r,
                p,
                DropColumn {
                    table,
                    column,
                    cascade
                }
            ),
            Op::RenameColumn { table, from, to } => {
                variant!(r, p, RenameColumn { table, from, to })
            }
            Op::ChangeType {
                table,
                column,
                ty,
                canonical,
                using,
            } => variant!(
                r,
                p,
                ChangeType {
                    table,
                    column,
                    ty,
                    canonical,
                    using
                }
            ),
            Op::SetNotNull { table, column } => variant!(r, p, SetNotNull { table, column }),
            Op::DropNotNull { table, column } => variant!(r, p, DropNotNull { table, column }),
            Op::SetDefault {
                table,
                column,
                default,
            } => variant!(
                r,
                p,
                SetDefault {
                    table,
                    column,
                    default
                }
            ),
            Op::DropConstraint { table, name } => variant!(r, p, DropConstraint { table, name }),
            Op::Update {
                table,
                set,
                from,
                filter,
            } => variant!(
                r,
                p,
                Update {
                    table,
                    set,
                    from,
                    filter
                }
            ),
            Op::Delete { table, filter } => variant!(r, p, Delete { table, filter }),
            Op::Sql { sql, why } => variant!(r, p, Sql { sql, why }),
            Op::Comment {
                table,
                column,
                text,
            } => variant!(
                r,
                p,
                Comment {
                    table,
                    column,
                    text
                }
            ),
            Op::CreateEnum { name, values } => variant!(r, p, CreateEnum { name, values }),
            Op::AddEnumValue { name, value } => variant!(r, p, AddEnumValue { name, value }),
            Op::DropFunction { name, args } => variant!(r, p, DropFunction { name, args }),
            Op::DropTrigger { table, name } => variant!(r, p, DropTrigger { table, name }),
            Op::RenameTable { from, to } => variant!(r, p, RenameTable { from, to }),
            Op::RenameIndex { from, to } => variant!(r, p, RenameIndex { from, to }),
            Op::SetLocal { name, value } => variant!(r, p, SetLocal { name, value }),
            Op::AddPrimaryKey {
                table,
                columns,
                name,
            } => variant!(
                r,
                p,
                AddPrimaryKey {
                    table,
                    columns,
                    name
                }
            ),
            Op::DropSequence { name, cascade } => variant!(r, p, DropSequence { name, cascade }),
            Op::CreateSequence {
                name,
                ty,
                table,
                column,
            } => variant!(
                r,
                p,
                CreateSequence {
                    name,
                    ty,
                    table,
                    column
                }
            ),
            Op::FillNotNull {
                table,
                column,
                fill,
            } => variant!(
                r,
                p,
                FillNotNull {
                    table,
                    column,
                    fill
                }
            ),
            Op::BackfillUuidFk {
                table,
                column,
                int_column,
                parent,
                batch,
            } => variant!(
                r,
                p,
                BackfillUuidFk {
                    table,
                    column,
                    int_column,
                    parent,
                    batch
                }
            ),
        }
    }
}
