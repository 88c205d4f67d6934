//! The throwaway PostgreSQL the bench runs against, and its databases.

use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

use pk_devdb::LocalCluster;
use pk_runtime::quote_ident;
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, Executor, PgConnection};

use super::Context;
use super::proxy::Proxy;

/// The settings of PhoenixKit's reference timings (`timings.md`: durable commits, 1 GB of shared
/// buffers), given after devdb's throwaway defaults, which turn durability off, so they win.
pub const SETTINGS: &[&str] = &[
    "fsync=on",
    "synchronous_commit=on",
    "full_page_writes=on",
    "shared_buffers=1GB",
    "work_mem=64MB",
    "maintenance_work_mem=512MB",
    "max_wal_size=8GB",
];

/// A running server plus a relay in front of it that counts round trips.
#[derive(Debug)]
pub struct Server {
    cluster: LocalCluster,
    options: PgConnectOptions,
    proxy: Proxy,
    next_db: AtomicU32,
}

/// A database created for one run.
#[derive(Debug)]
pub struct Db {
    pub name: String,
}

impl Server {
    /// Starts the cluster (blocking: initdb and the server's start-up).
    pub fn start() -> Result<Server, String> {
        let cluster =
            LocalCluster::start_ephemeral_with(SETTINGS).context("cannot start PostgreSQL")?;
        let options =
            PgConnectOptions::from_str(&cluster.url("postgres")).context("bad cluster url")?;
        let socket = options
            .get_socket()
            .ok_or("the cluster has no socket directory")?
            .join(format!(".s.PGSQL.{}", options.get_port()));
        let proxy = Proxy::start(socket, options.get_port())?;
        Ok(Server {
            cluster,
            options,
            proxy,
            next_db: AtomicU32::new(1),
        })
    }

    /// A libpq/sqlx URL of `db`, straight to the server.
    pub fn url(&self, db: &Db) -> String {
        self.cluster.url(&db.name)
    }

    /// A libpq connection string of `db` through the counting relay.
    pub fn relayed_conninfo(&self, db: &Db) -> String {
        format!(
            "host={} port={} user=postgres dbname={}",
            self.proxy.dir().display(),
            self.options.get_port(),
            db.name
        )
    }

    pub fn proxy(&self) -> &Proxy {
        &self.proxy
    }

    pub async fn connect(&self, db: &Db) -> Result<PgConnection, String> {
        PgConnection::connect_with(&self.options.clone().database(&db.name))
            .await
            .context(format!("cannot connect to {}", db.name))
    }

    /// A connection to `db` through the counting relay.
    pub async fn connect_relayed(&self, db: &Db) -> Result<PgConnection, String> {
        let options = self
            .options
            .clone()
            .database(&db.name)
            .socket(self.proxy.dir());
        PgConnection::connect_with(&options)
            .await
            .context(format!("cannot connect to {} through the relay", db.name))
    }

    /// `version()` and the settings that matter here, as the server reports them.
    pub async fn describe(&self) -> Result<(String, String), String> {
        let mut conn = self.admin().await?;
        let version: String = sqlx::query_scalar("SELECT version()")
            .fetch_one(&mut conn)
            .await
            .context("cannot read the server version")?;
        let settings: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, setting || coalesce(unit, '') FROM pg_settings WHERE name = ANY($1) ORDER BY name",
        )
        .bind(
            [
                "fsync",
                "synchronous_commit",
                "full_page_writes",
                "shared_buffers",
                "work_mem",
                "maintenance_work_mem",
                "max_wal_size",
            ]
            .map(str::to_owned)
            .to_vec(),
        )
        .fetch_all(&mut conn)
        .await
        .context("cannot read the server settings")?;
        let settings = settings
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join(", ");
        Ok((version, settings))
    }

    /// A new empty database.
    pub async fn create_db(&self) -> Result<Db, String> {
        let db = self.new_name();
        self.admin_exec(&format!("CREATE DATABASE {}", quote_ident(&db.name)))
            .await?;
        Ok(db)
    }

    /// A new database copied file by file from `template` (which must have no connections).
    pub async fn copy_db(&self, template: &Db) -> Result<Db, String> {
        let db = self.new_name();
        self.admin_exec(&format!(
            "CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY",
            quote_ident(&db.name),
            quote_ident(&template.name)
        ))
        .await?;
        Ok(db)
    }

    pub async fn drop_db(&self, db: Db) -> Result<(), String> {
        self.admin_exec(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(&db.name)
        ))
        .await
    }

    async fn admin(&self) -> Result<PgConnection, String> {
        self.connect(&Db {
            name: "postgres".into(),
        })
        .await
    }

    async fn admin_exec(&self, sql: &str) -> Result<(), String> {
        let mut conn = self.admin().await?;
        conn.execute(sql).await.context(sql)?;
        conn.close().await.context("cannot close a connection")
    }

    fn new_name(&self) -> Db {
        Db {
            name: format!("bench_{}", self.next_db.fetch_add(1, Ordering::Relaxed)),
        }
    }
}
