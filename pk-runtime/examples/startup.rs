//! An application installing or upgrading PhoenixKit's schema at start-up.
//!
//! `DATABASE_URL=postgres://… cargo run -p pk-runtime --example startup`

use pk_runtime::phoenix_kit;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("DATABASE_URL").map_err(|_| "set DATABASE_URL")?;
    let pool = sqlx::PgPool::connect(&url).await?;

    // Brings `public` to the latest version; a no-op when it is already there.
    let applied = phoenix_kit::up(&pool, "public").await?;
    println!(
        "PhoenixKit {} → {} (applied {:?})",
        applied.from, applied.to, applied.versions
    );

    // A tenant schema works the same way; it is created if missing.
    phoenix_kit::up(&pool, "tenant_a").await?;
    println!(
        "tenant_a is at version {}",
        phoenix_kit::migrated_version(&pool, "tenant_a").await?
    );
    Ok(())
}
