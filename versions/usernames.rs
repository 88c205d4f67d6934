//! V08's data step: PhoenixKit generates a username for every existing user from the local part
//! of their email address, in application code. This is an exact port of that algorithm
//! (`PhoenixKit.Migrations.Postgres.V08`), run in one round trip for the reads and one for the
//! writes instead of one UPDATE per user.

use std::collections::HashSet;

use sqlx::PgConnection;

use std::future::Future;
use std::pin::Pin;

use pk_schema::Prefix;

/// What a `call!` step returns: the future of its work on the migrating connection.
type CallFuture<'c> = Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'c>>;

/// Fills `phoenix_kit_users.username` for users that have none, in id order, deduplicating with
/// `_1`, `_2`, … suffixes. Usernames already present count as taken, so a re-run changes nothing.
pub(crate) fn backfill<'c>(conn: &'c mut PgConnection, prefix: &'c Prefix) -> CallFuture<'c> {
    Box::pin(async move {
        let table = prefix.qualify("phoenix_kit_users");
        let taken: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT username FROM {table} WHERE username IS NOT NULL"
        ))
        .fetch_all(&mut *conn)
        .await?;
        let users: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id, email::text FROM {table} WHERE username IS NULL ORDER BY id"
        ))
        .fetch_all(&mut *conn)
        .await?;
        if users.is_empty() {
            return Ok(());
        }
        let (ids, names) = assign(taken, users.iter().map(|(id, email)| (*id, email.as_str())));
        sqlx::query(&format!(
            "UPDATE {table} AS u SET username = v.username \
             FROM unnest($1::bigint[], $2::text[]) AS v(id, username) WHERE u.id = v.id"
        ))
        .bind(ids)
        .bind(names)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}

/// Assigns usernames to `(id, email)` pairs in the given order, avoiding `taken`.
fn assign<'a>(
    taken: Vec<String>,
    users: impl Iterator<Item = (i64, &'a str)>,
) -> (Vec<i64>, Vec<String>) {
    let mut used: HashSet<String> = taken.into_iter().collect();
    let mut ids = Vec::new();
    let mut names = Vec::new();
    for (id, email) in users {
        let name = unique(&base_username(email), &used);
        used.insert(name.clone());
        ids.push(id);
        names.push(name);
    }
    (ids, names)
}

/// The username PhoenixKit derives from an email before deduplication.
pub(crate) fn base_username(email: &str) -> String {
    let local = email.split('@').next().unwrap_or_default();
    let cleaned: String = local
        .to_lowercase()
        .replace('.', "_")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(30)
        .collect();
    let name = if cleaned.starts_with(|c: char| c.is_ascii_alphabetic()) {
        cleaned
    } else {
        format!("user_{}", &cleaned[..cleaned.len().min(25)])
    };
    if name.len() >= 3 {
        name
    } else {
        format!("{name}_1")
    }
}

fn unique(base: &str, used: &HashSet<String>) -> String {
    if !used.contains(base) {
        return base.to_owned();
    }
    (1..)
        .map(|n| format!("{base}_{n}"))
        .find(|candidate| !used.contains(candidate))
        .expect("an unused suffix exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_like_phoenix_kit() {
        assert_eq!(base_username("John.Doe@example.com"), "john_doe");
        assert_eq!(base_username("ab@x.io"), "ab_1");
        assert_eq!(base_username("a@x.io"), "a_1");
        assert_eq!(base_username("42@x.io"), "user_42");
        assert_eq!(base_username("_x@x.io"), "user__x");
        assert_eq!(base_username("@x.io"), "user_");
        assert_eq!(base_username("zoë+tag@x.io"), "zotag");
        assert_eq!(
            base_username(&format!("{}@x.io", "a".repeat(40))),
            "a".repeat(30)
        );
        assert_eq!(
            base_username(&format!("9{}@x.io", "b".repeat(40))),
            format!("user_9{}", "b".repeat(24))
        );
    }

    #[test]
    fn deduplicates_in_order() {
        let users = [
            (1, "bob@a.io"),
            (2, "bob@b.io"),
            (3, "Bob@c.io"),
            (4, "bob_1@d.io"),
        ];
        let (ids, names) = assign(vec![], users.into_iter());
        assert_eq!(ids, vec![1, 2, 3, 4]);
        assert_eq!(names, vec!["bob", "bob_1", "bob_2", "bob_1_1"]);
        let (_, names) = assign(vec!["bob".into()], [(5, "bob@e.io")].into_iter());
        assert_eq!(names, vec!["bob_1"]);
    }
}
