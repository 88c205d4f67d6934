//! The lexer: SQL expression text to tokens.

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    /// An identifier, folded to lower case unless quoted; `quoted` keeps keywords apart.
    Ident {
        name: String,
        quoted: bool,
    },
    /// `{prefix}` (or `<prefix>` followed by a dot).
    Schema,
    Str(String),
    Num(String),
    Op(String),
    Cast,
    LParen,
    RParen,
    LBrack,
    RBrack,
    Comma,
    Dot,
}

pub(super) fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let starts = |i: usize, s: &str| {
        chars[i..]
            .iter()
            .take(s.chars().count())
            .copied()
            .eq(s.chars())
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '-' && chars.get(i + 1) == Some(&'-') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if starts(i, "{prefix}") || starts(i, "<prefix>.") {
            toks.push(Tok::Schema);
            i += 8;
        } else if c == '\'' {
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated string literal".into()),
                    Some('\'') if chars.get(i + 1) == Some(&'\'') => {
                        s.push('\'');
                        i += 2;
                    }
                    Some('\'') => {
                        i += 1;
                        break;
                    }
                    Some(&ch) => {
                        s.push(ch);
                        i += 1;
                    }
                }
            }
            toks.push(Tok::Str(s));
        } else if c == '"' {
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated quoted identifier".into()),
                    Some('"') if chars.get(i + 1) == Some(&'"') => {
                        s.push('"');
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(&ch) => {
                        s.push(ch);
                        i += 1;
                    }
                }
            }
            if s.is_empty() {
                return Err("zero-length quoted identifier".into());
            }
            toks.push(Tok::Ident {
                name: s,
                quoted: true,
            });
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i < chars.len() && chars[i] == '.' && chars.get(i + 1) != Some(&'.') {
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            if i < chars.len() && (chars[i] == 'e' || chars[i] == 'E') {
                let mut j = i + 1;
                if j < chars.len() && (chars[j] == '+' || chars[j] == '-') {
                    j += 1;
                }
                if j < chars.len() && chars[j].is_ascii_digit() {
                    i = j;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                }
            }
            if i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '_') {
                return Err(format!(
                    "trailing junk after numeric literal at offset {start}"
                ));
            }
            toks.push(Tok::Num(chars[start..i].iter().collect()));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$')
            {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect::<String>().to_lowercase();
            toks.push(Tok::Ident {
                name,
                quoted: false,
            });
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            toks.push(Tok::Cast);
            i += 2;
        } else if c == '(' {
            toks.push(Tok::LParen);
            i += 1;
        } else if c == ')' {
            toks.push(Tok::RParen);
            i += 1;
        } else if c == '[' {
            toks.push(Tok::LBrack);
            i += 1;
        } else if c == ']' {
            toks.push(Tok::RBrack);
            i += 1;
        } else if c == ',' {
            toks.push(Tok::Comma);
            i += 1;
        } else if c == '.' {
            toks.push(Tok::Dot);
            i += 1;
        } else if "+-*/<>=~!@#%^&|`?".contains(c) {
            let start = i;
            while i < chars.len() && "+-*/<>=~!@#%^&|`?".contains(chars[i]) {
                if i > start && chars[i] == '-' && chars.get(i + 1) == Some(&'-') {
                    break;
                }
                i += 1;
            }
            let mut op: String = chars[start..i].iter().collect();
            // PostgreSQL's rule: a multi-character operator ending in + or - is split unless it
            // contains one of ~ ! @ # % ^ & | ` ?.
            while op.len() > 1
                && (op.ends_with('+') || op.ends_with('-'))
                && !op.contains(['~', '!', '@', '#', '%', '^', '&', '|', '`', '?'])
            {
                op.pop();
                i -= 1;
            }
            toks.push(Tok::Op(op));
        } else {
            return Err(format!("unexpected character {c:?}"));
        }
    }
    Ok(toks)
}
