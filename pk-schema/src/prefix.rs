//! The schema prefix a chain is installed in, validated once and quoted by one function.

use std::fmt;

/// PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1).
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// A validated schema name. Every SQL statement takes the schema from here, quoted by [`quote_ident`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Prefix(String);

/// Why a prefix was rejected. Checked before any SQL runs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PrefixError {
    /// The name is the empty string.
    #[error("invalid prefix: the schema name is empty")]
    Empty,
    /// The rejected name contains a NUL character.
    #[error("invalid prefix {0:?}: schema names cannot contain a NUL character")]
    Nul(String),
    /// The name is longer than [`MAX_IDENTIFIER_BYTES`].
    #[error(
        "invalid prefix {name:?}: {len} bytes, PostgreSQL identifiers are limited to {MAX_IDENTIFIER_BYTES} bytes"
    )]
    TooLong {
        /// The rejected name.
        name: String,
        /// Its length in bytes.
        len: usize,
    },
    /// An identifier built from the name (see [`Prefix::check_derived`]) would be longer than
    /// [`MAX_IDENTIFIER_BYTES`], so PostgreSQL would truncate it.
    #[error(
        "invalid prefix {name:?}: derived identifier {derived:?} would be {len} bytes, over PostgreSQL's limit of {MAX_IDENTIFIER_BYTES}"
    )]
    DerivedTooLong {
        /// The rejected name.
        name: String,
        /// The identifier built from it.
        derived: String,
        /// That identifier's length in bytes.
        len: usize,
    },
    /// The rejected name is a system schema's: it starts with `pg_` or is `information_schema`.
    #[error("invalid prefix {0:?}: system schemas (pg_*, information_schema) cannot hold a chain")]
    Reserved(String),
    /// The rejected name contains a control character other than NUL (newline, tab, …).
    #[error(
        "invalid prefix {0:?}: schema names with a control character (newline, tab, …) are not accepted"
    )]
    Control(String),
}

impl Prefix {
    /// Validates a schema name. Names that need quoting (upper case, `-`, spaces, `"`, `'`, `\`,
    /// unicode) are accepted and used verbatim, case-sensitively: every statement quotes them.
    /// Rejected: the empty name, NUL and other control characters, names over 63 bytes, and the
    /// system schemas (`pg_*`, `information_schema`). `pk_runtime::Migrator::new` also rejects
    /// names whose derived identifiers would pass 63 bytes (see [`Prefix::check_derived`]).
    pub fn new(name: &str) -> Result<Self, PrefixError> {
        if name.is_empty() {
            return Err(PrefixError::Empty);
        }
        if name.contains('\0') {
            return Err(PrefixError::Nul(name.to_owned()));
        }
        if name.chars().any(char::is_control) {
            return Err(PrefixError::Control(name.to_owned()));
        }
        if name.len() > MAX_IDENTIFIER_BYTES {
            return Err(PrefixError::TooLong {
                name: name.to_owned(),
                len: name.len(),
            });
        }
        if name.starts_with("pg_") || name == "information_schema" {
            return Err(PrefixError::Reserved(name.to_owned()));
        }
        Ok(Prefix(name.to_owned()))
    }

    /// The default schema, `public` (also [`Prefix::default`]).
    pub fn public() -> Self {
        Prefix("public".to_owned())
    }

    /// The schema name as given, unquoted.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The schema name quoted as an identifier by [`quote_ident`], e.g. `"tenant_a"`.
    pub fn quoted(&self) -> String {
        quote_ident(&self.0)
    }

    /// The schema name as a SQL string literal by [`quote_literal`], e.g. `'tenant_a'`.
    pub fn literal(&self) -> String {
        quote_literal(&self.0)
    }

    /// `name` qualified with the schema, both quoted: `"prefix"."name"`.
    pub fn qualify(&self, name: &str) -> String {
        format!("{}.{}", self.quoted(), quote_ident(name))
    }

    /// Checks that a name derived from this prefix fits PostgreSQL's limit: `template` with
    /// `{prefix}` replaced by the schema name, as for an index name PhoenixKit builds from it.
    /// Fails with [`PrefixError::DerivedTooLong`] over [`MAX_IDENTIFIER_BYTES`].
    pub fn check_derived(&self, template: &str) -> Result<(), PrefixError> {
        let derived = template.replace("{prefix}", &self.0);
        if derived.len() > MAX_IDENTIFIER_BYTES {
            return Err(PrefixError::DerivedTooLong {
                name: self.0.clone(),
                len: derived.len(),
                derived,
            });
        }
        Ok(())
    }
}

impl Default for Prefix {
    fn default() -> Self {
        Prefix::public()
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Prefix {
    type Err = PrefixError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Prefix::new(s)
    }
}

/// Quotes an identifier the way PostgreSQL's `quote_ident` does when quoting is forced:
/// wrapped in `"` with embedded `"` doubled. Used for every identifier pk renders.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for ch in name.chars() {
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
    }
    out.push('"');
    out
}

/// Quotes a string literal with standard SQL escaping (`'` doubled; backslashes are literal under
/// `standard_conforming_strings`, which pk checks is on).
pub fn quote_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for ch in value.chars() {
        if ch == '\'' {
            out.push('\'');
        }
        out.push(ch);
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_doubles_embedded_quotes() {
        assert_eq!(quote_ident(r#"a"b"#), r#""a""b""#);
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(
            Prefix::new("Tenant-1").unwrap().qualify("t"),
            r#""Tenant-1"."t""#
        );
    }

    #[test]
    fn rejects_bad_names() {
        assert_eq!(Prefix::new(""), Err(PrefixError::Empty));
        assert!(matches!(
            Prefix::new(&"x".repeat(64)),
            Err(PrefixError::TooLong { len: 64, .. })
        ));
        assert!(Prefix::new(&"x".repeat(63)).is_ok());
        assert!(matches!(
            Prefix::new("pg_catalog"),
            Err(PrefixError::Reserved(_))
        ));
        assert!(matches!(
            Prefix::new("information_schema"),
            Err(PrefixError::Reserved(_))
        ));
        assert!(matches!(Prefix::new("a\0b"), Err(PrefixError::Nul(_))));
        assert!(matches!(Prefix::new("a\nb"), Err(PrefixError::Control(_))));
        let p = Prefix::new(&"x".repeat(21)).unwrap();
        assert!(
            Prefix::new(&"x".repeat(20))
                .unwrap()
                .check_derived("{prefix}_phoenix_kit_files_user_file_checksum_index")
                .is_ok()
        );
        assert!(
            p.check_derived("{prefix}_phoenix_kit_files_user_file_checksum_index")
                .is_err()
        );
    }
}
