//! `dev start|stop|status|url|psql`: the local development PostgreSQL under `./.pk/`.

use std::path::Path;

use pk_devdb::LocalCluster;

use sqlx::{Connection, PgConnection};

use super::{DevAction, Outcome, Target, bin_name};

/// Where the development cluster lives, relative to the current directory.
pub(super) const DEV_DIR: &str = ".pk";

pub(super) async fn run(action: &DevAction, target: &Target) -> Result<(), Outcome> {
    let dir = Path::new(DEV_DIR);
    match action {
        DevAction::Start | DevAction::Url => {
            let url = dev_database_url(target).await?;
            println!("{url}");
        }
        DevAction::Status => match LocalCluster::find_persistent(dir).map_err(|e| e.to_string())? {
            Some(cluster) => {
                println!("running: {}", cluster.url("pk"));
            }
            None => println!("not running ({} holds no running server)", dir.display()),
        },
        DevAction::Stop => {
            if LocalCluster::stop_persistent(dir).map_err(|e| e.to_string())? {
                println!("stopped the local development PostgreSQL in ./{DEV_DIR}");
            } else {
                println!("the local development PostgreSQL in ./{DEV_DIR} was not running");
            }
        }
        DevAction::Psql => {
            let url = dev_database_url(target).await?;
            let status = std::process::Command::new("psql")
                .arg(&url)
                .status()
                .map_err(|e| format!("cannot run psql: {e}"))?;
            if !status.success() {
                return Err(format!("psql exited with {status}").into());
            }
        }
    }
    Ok(())
}

/// The URL of the `pk` database of the local development cluster, which is started (and the
/// database created) if needed. Starting it is announced with how to stop it.
pub(super) async fn dev_database_url(target: &Target) -> Result<String, String> {
    let dir = Path::new(DEV_DIR);
    let was_running = LocalCluster::find_persistent(dir)
        .map_err(|e| e.to_string())?
        .is_some();
    let cluster = LocalCluster::start_persistent(dir).map_err(|e| e.to_string())?;
    let mut admin = PgConnection::connect(&cluster.url("postgres"))
        .await
        .map_err(|e| {
            format!(
                "cannot connect to the local development database: {}",
                crate::describe_sqlx(&e)
            )
        })?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'pk')")
            .fetch_one(&mut admin)
            .await
            .map_err(|e| crate::describe_sqlx(&e))?;
    if !exists {
        sqlx::raw_sql("CREATE DATABASE pk")
            .execute(&mut admin)
            .await
            .map_err(|e| crate::describe_sqlx(&e))?;
    }
    let url = cluster.url("pk");
    if !was_running && !target.quiet {
        eprintln!(
            "started the local development PostgreSQL in ./{DEV_DIR}: {url}\n\
             it keeps running after this command; `{bin} dev stop` stops it, `{bin} dev psql` opens psql on it",
            bin = bin_name()
        );
    }
    Ok(url)
}
