//! `dev start|stop|status|url|psql`: the local development PostgreSQL under `./.pk/`.

use std::path::Path;

use pk_devdb::LocalCluster;

use super::connect::dev_database_url;
use super::{DevAction, Outcome, Target};

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
