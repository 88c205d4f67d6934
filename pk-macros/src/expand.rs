//! Expansion: a checked version becomes a `static ::pk_runtime::Version`, plain data in the
//! manner of `sqlx::migrate!`'s `Migration` literals.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::VersionDef;
use crate::ir::{self, Action, IndexKey, Op, Value};
use crate::valid::Checked;

pub fn expand(def: &VersionDef, checked: &Checked) -> TokenStream {
    let number = checked.number;
    let title = &def.title;
    let up = ops(&checked.up);
    let down = match (&checked.down, &def.irreversible) {
        (Some(down), _) => {
            let down = ops(down);
            quote!(::pk_runtime::Down::Ops(&[#(#down),*]))
        }
        (None, Some(reason)) => quote!(::pk_runtime::Down::Irreversible(#reason)),
        (None, None) => unreachable!("valid::process rejects versions without a down"),
    };
    quote! {
        /// This version, as data for `pk_runtime`.
        pub static VERSION: ::pk_runtime::Version = ::pk_runtime::Version {
            number: #number,
            title: #title,
            up: &[#(#up),*],
            down: #down,
        };
    }
}

fn ops(ops: &[Op]) -> Vec<TokenStream> {
    ops.iter().map(op).collect()
}

fn sql(s: &str) -> TokenStream {
    quote!(::pk_runtime::op::Sql(#s))
}

fn opt_sql(s: &Option<String>) -> TokenStream {
    match s {
        Some(s) => {
            let s = sql(s);
            quote!(::core::option::Option::Some(#s))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn strs(items: &[String]) -> TokenStream {
    quote!(&[#(#items),*])
}

fn op(op: &Op) -> TokenStream {
    let p = quote!(::pk_runtime::op::Op);
    match op {
        Op::CreateSchema => quote!(#p::CreateSchema),
        Op::CreateExtension(name) => quote!(#p::CreateExtension(#name)),
        Op::CreateTable(t) => {
            let table = table(t);
            quote!(#p::CreateTable(#table))
        }
        Op::DropTable(t) => quote!(#p::DropTable(#t)),
        Op::AddColumn { table, column: c } => {
            let c = column(c);
            quote!(#p::AddColumn { table: #table, column: #c })
        }
        Op::DropColumn {
            table,
            column,
            cascade,
        } => {
            quote!(#p::DropColumn { table: #table, column: #column, cascade: #cascade })
        }
        Op::RenameColumn { table, from, to } => {
            quote!(#p::RenameColumn { table: #table, from: #from, to: #to })
        }
        Op::ChangeType {
            table,
            column,
            ty,
            canonical,
            using,
        } => {
            let using = opt_sql(using);
            quote!(#p::ChangeType { table: #table, column: #column, ty: #ty, canonical: #canonical, using: #using })
        }
        Op::SetNotNull { table, column } => {
            quote!(#p::SetNotNull { table: #table, column: #column })
        }
        Op::DropNotNull { table, column } => {
            quote!(#p::DropNotNull { table: #table, column: #column })
        }
        Op::SetDefault {
            table,
            column,
            default,
        } => {
            let default = opt_sql(default);
            quote!(#p::SetDefault { table: #table, column: #column, default: #default })
        }
        Op::CreateIndex(i) => {
            let index = index(i);
            quote!(#p::CreateIndex(#index))
        }
        Op::DropIndex(name) => quote!(#p::DropIndex(#name)),
        Op::AddForeignKey(fk) => {
            let fk = foreign_key(fk);
            quote!(#p::AddForeignKey(#fk))
        }
        Op::DropConstraint { table, name } => {
            quote!(#p::DropConstraint { table: #table, name: #name })
        }
        Op::Seed(s) => {
            let s = seed(s);
            quote!(#p::Seed(#s))
        }
        Op::Unseed(s) => {
            let s = seed(s);
            quote!(#p::Unseed(#s))
        }
        Op::Update {
            table,
            set,
            from,
            filter,
        } => {
            let from = opt_sql(from);
            let set = sql(set);
            let filter = opt_sql(filter);
            quote!(#p::Update { table: #table, set: #set, from: #from, filter: #filter })
        }
        Op::Delete { table, filter } => {
            let filter = opt_sql(filter);
            quote!(#p::Delete { table: #table, filter: #filter })
        }
        Op::Call(path) => {
            let tokens: syn::Path =
                syn::parse_str(path).expect("a path that parsed once parses again");
            quote!(#p::Call(::pk_runtime::op::Call { name: #path, run: #tokens }))
        }
        Op::Sql { sql: text, why } => {
            let text = sql(text);
            quote!(#p::Sql { sql: #text, why: #why })
        }
        Op::Comment {
            table,
            column,
            text,
        } => {
            let column = opt_str(column);
            let text = opt_str(text);
            quote!(#p::Comment { table: #table, column: #column, text: #text })
        }
        Op::AddCheck(c) => {
            let c = check(c);
            quote!(#p::AddCheck(#c))
        }
        Op::CreateEnum { name, values } => {
            let values = strs(values);
            quote!(#p::CreateEnum { name: #name, values: #values })
        }
        Op::AddEnumValue { name, value } => quote!(#p::AddEnumValue { name: #name, value: #value }),
        Op::DropEnum(name) => quote!(#p::DropEnum(#name)),
        Op::CreateFunction(f) => {
            let ir::Function {
                name,
                args,
                returns,
                language,
                body,
                immutable,
                strict,
            } = f;
            let body = sql(body);
            quote!(#p::CreateFunction(::pk_runtime::op::Function {
                name: #name, args: #args, returns: #returns, language: #language, body: #body,
                immutable: #immutable, strict: #strict
            }))
        }
        Op::DropFunction { name, args } => quote!(#p::DropFunction { name: #name, args: #args }),
        Op::CreateTrigger(t) => {
            let ir::Trigger {
                table,
                name,
                timing,
                function,
            } = t;
            quote!(#p::CreateTrigger(::pk_runtime::op::Trigger {
                table: #table, name: #name, timing: #timing, function: #function
            }))
        }
        Op::DropTrigger { table, name } => quote!(#p::DropTrigger { table: #table, name: #name }),
        Op::SetUnlogged(table) => quote!(#p::SetUnlogged(#table)),
        Op::When {
            condition,
            ops: inner,
        } => {
            let c = quote!(::pk_runtime::op::Condition);
            let condition = match condition {
                ir::Condition::TableExists(t) => quote!(#c::TableExists(#t)),
                ir::Condition::ColumnExists { table, column } => {
                    quote!(#c::ColumnExists { table: #table, column: #column })
                }
                ir::Condition::ColumnMissing { table, column } => {
                    quote!(#c::ColumnMissing { table: #table, column: #column })
                }
            };
            let inner = ops(inner);
            quote!(#p::When { condition: #condition, ops: &[#(#inner),*] })
        }
        Op::RenameTable { from, to } => quote!(#p::RenameTable { from: #from, to: #to }),
        Op::RenameIndex { from, to } => quote!(#p::RenameIndex { from: #from, to: #to }),
        Op::AddUnique(u) => {
            let u = unique(u);
            quote!(#p::AddUnique(#u))
        }
        Op::SetLocal { name, value } => quote!(#p::SetLocal { name: #name, value: #value }),
        Op::AddPrimaryKey {
            table,
            columns,
            name,
        } => {
            let columns = strs(columns);
            quote!(#p::AddPrimaryKey { table: #table, columns: #columns, name: #name })
        }
        Op::DropSequence { name, cascade } => {
            quote!(#p::DropSequence { name: #name, cascade: #cascade })
        }
        Op::CreateSequence {
            name,
            ty,
            table,
            column,
        } => quote!(#p::CreateSequence { name: #name, ty: #ty, table: #table, column: #column }),
        Op::FillNotNull {
            table,
            column,
            fill,
        } => {
            let fill = sql(fill);
            quote!(#p::FillNotNull { table: #table, column: #column, fill: #fill })
        }
        Op::BackfillUuidFk {
            table,
            column,
            int_column,
            parent,
            batch,
        } => {
            let batch = match batch {
                Some(n) => quote!(::core::option::Option::Some(#n)),
                None => quote!(::core::option::Option::None),
            };
            quote!(#p::BackfillUuidFk {
                table: #table, column: #column, int_column: #int_column, parent: #parent, batch: #batch
            })
        }
        Op::RunChain { path, to } => {
            let tokens: syn::Path =
                syn::parse_str(path).expect("a path that parsed once parses again");
            quote!(#p::RunChain { chain: &#tokens, to: #to })
        }
    }
}

fn unique(u: &ir::Unique) -> TokenStream {
    let ir::Unique {
        table,
        name,
        columns,
    } = u;
    let columns = strs(columns);
    quote!(::pk_runtime::op::Unique { table: #table, name: #name, columns: #columns })
}

fn opt_str(s: &Option<String>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn check(c: &ir::Check) -> TokenStream {
    let ir::Check {
        table,
        name,
        expr,
        not_valid,
    } = c;
    let expr = sql(expr);
    quote!(::pk_runtime::op::Check { table: #table, name: #name, expr: #expr, not_valid: #not_valid })
}

fn table(t: &ir::Table) -> TokenStream {
    let name = &t.name;
    let columns = t.columns.iter().map(column);
    let pk = strs(&t.primary_key);
    let fks = t.foreign_keys.iter().map(foreign_key);
    let checks = t.checks.iter().map(check);
    let uniques = t.uniques.iter().map(unique);
    quote!(::pk_runtime::op::Table {
        name: #name, columns: &[#(#columns),*], primary_key: #pk, foreign_keys: &[#(#fks),*],
        checks: &[#(#checks),*], uniques: &[#(#uniques),*]
    })
}

fn column(c: &ir::Column) -> TokenStream {
    let ir::Column {
        name,
        ty,
        not_null,
        default,
        ..
    } = c;
    let default = opt_sql(default);
    let ty = sql(ty);
    quote!(::pk_runtime::op::Column { name: #name, ty: #ty, not_null: #not_null, default: #default })
}

fn index(i: &ir::Index) -> TokenStream {
    let ir::Index {
        table,
        name,
        keys,
        unique,
        method,
        filter,
    } = i;
    let keys = keys.iter().map(|k| match k {
        IndexKey::Column { name, desc } => {
            quote!(::pk_runtime::op::IndexKey::Column { name: #name, desc: #desc })
        }
        IndexKey::Expr(e) => {
            let e = sql(e);
            quote!(::pk_runtime::op::IndexKey::Expr(#e))
        }
    });
    let method = match method {
        Some(m) => quote!(::core::option::Option::Some(#m)),
        None => quote!(::core::option::Option::None),
    };
    let filter = opt_sql(filter);
    quote!(::pk_runtime::op::Index {
        table: #table, name: #name, keys: &[#(#keys),*], unique: #unique, method: #method, filter: #filter
    })
}

fn action(a: Action) -> TokenStream {
    match a {
        Action::NoAction => quote!(::pk_runtime::op::Action::NoAction),
        Action::Restrict => quote!(::pk_runtime::op::Action::Restrict),
        Action::Cascade => quote!(::pk_runtime::op::Action::Cascade),
        Action::SetNull => quote!(::pk_runtime::op::Action::SetNull),
        Action::SetDefault => quote!(::pk_runtime::op::Action::SetDefault),
    }
}

fn foreign_key(fk: &ir::ForeignKey) -> TokenStream {
    let ir::ForeignKey {
        table,
        name,
        columns,
        ref_table,
        ref_columns,
        on_delete,
        on_update,
        orphans,
    } = fk;
    let orphans = match orphans {
        None => quote!(::core::option::Option::None),
        Some(ir::Orphans::Delete) => {
            quote!(::core::option::Option::Some(
                ::pk_runtime::op::Orphans::Delete
            ))
        }
        Some(ir::Orphans::SetNull) => {
            quote!(::core::option::Option::Some(
                ::pk_runtime::op::Orphans::SetNull
            ))
        }
    };
    let columns = strs(columns);
    let ref_columns = strs(ref_columns);
    let on_delete = action(*on_delete);
    let on_update = action(*on_update);
    quote!(::pk_runtime::op::ForeignKey {
        table: #table, name: #name, columns: #columns, ref_table: #ref_table, ref_columns: #ref_columns,
        on_delete: #on_delete, on_update: #on_update, orphans: #orphans
    })
}

fn seed(s: &ir::Seed) -> TokenStream {
    let ir::Seed {
        table,
        conflict,
        columns,
        rows,
        on_conflict,
        update,
    } = s;
    let update = opt_sql(update);
    let conflict = strs(conflict);
    let columns = strs(columns);
    let rows = rows.iter().map(|row| {
        let values = row.iter().map(|v| match v {
            Value::Null => quote!(::pk_runtime::op::Value::Null),
            Value::Bool(b) => quote!(::pk_runtime::op::Value::Bool(#b)),
            Value::Int(i) => quote!(::pk_runtime::op::Value::Int(#i)),
            Value::Text(t) => quote!(::pk_runtime::op::Value::Text(#t)),
            Value::Expr(e) => {
                let e = sql(e);
                quote!(::pk_runtime::op::Value::Expr(#e))
            }
            Value::UuidV7 => quote!(::pk_runtime::op::Value::UuidV7),
        });
        quote!(&[#(#values),*])
    });
    quote!(::pk_runtime::op::Seed {
        table: #table, conflict: #conflict, columns: #columns, rows: &[#(#rows),*],
        on_conflict: #on_conflict, update: #update
    })
}
