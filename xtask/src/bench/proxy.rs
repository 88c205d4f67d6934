//! A Unix-socket relay in front of the server that counts what clients send, so round trips are
//! measured on the wire for pk (sqlx) and psql alike. pg_stat_statements would need
//! `shared_preload_libraries` and would not see protocol-level round trips such as sqlx's
//! Parse/Describe before a statement's first execution.
//!
//! A round trip is counted each time a client sends again after the server has answered it; the
//! frontend messages are counted by kind as well.

use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

/// Protocol codes of the untyped requests a client may send before its startup message.
const SSL_REQUEST: u32 = 80_877_103;
const GSSENC_REQUEST: u32 = 80_877_104;

/// What clients sent through the relay so far (all connections together).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Times a client spoke again after the server had answered.
    pub round_trips: u64,
    /// Simple-protocol `Query` messages (psql, and sqlx for statements without arguments).
    pub queries: u64,
    /// Extended-protocol `Parse` messages (a statement prepared).
    pub parses: u64,
    /// Extended-protocol `Execute` messages (a prepared statement run).
    pub executes: u64,
}

impl std::ops::Sub for Counts {
    type Output = Counts;

    fn sub(self, earlier: Counts) -> Counts {
        Counts {
            round_trips: self.round_trips - earlier.round_trips,
            queries: self.queries - earlier.queries,
            parses: self.parses - earlier.parses,
            executes: self.executes - earlier.executes,
        }
    }
}

#[derive(Debug, Default)]
struct Counters {
    round_trips: AtomicU64,
    queries: AtomicU64,
    parses: AtomicU64,
    executes: AtomicU64,
}

/// The relay: a socket directory clients connect to as if it were the server's.
#[derive(Debug)]
pub struct Proxy {
    dir: PathBuf,
    counters: Arc<Counters>,
}

impl Proxy {
    /// Listens on `.s.PGSQL.<port>` in a fresh directory and relays every connection to the
    /// server socket `upstream`.
    pub fn start(upstream: PathBuf, port: u16) -> Result<Proxy, String> {
        let dir = std::env::temp_dir().join(format!("pk-bench-relay-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let socket = dir.join(format!(".s.PGSQL.{port}"));
        let listener = UnixListener::bind(&socket)
            .map_err(|e| format!("cannot listen on {}: {e}", socket.display()))?;
        let counters = Arc::new(Counters::default());
        let shared = Arc::clone(&counters);
        thread::Builder::new()
            .name("bench-relay".into())
            .spawn(move || {
                for client in listener.incoming().flatten() {
                    let upstream = upstream.clone();
                    let counters = Arc::clone(&shared);
                    // A connection that fails is the client's to report; the relay just ends it.
                    thread::spawn(move || relay(client, &upstream, &counters));
                }
            })
            .map_err(|e| format!("cannot start the relay thread: {e}"))?;
        Ok(Proxy { dir, counters })
    }

    /// The socket directory to give clients instead of the server's.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn counts(&self) -> Counts {
        let c = &self.counters;
        Counts {
            round_trips: c.round_trips.load(Ordering::SeqCst),
            queries: c.queries.load(Ordering::SeqCst),
            parses: c.parses.load(Ordering::SeqCst),
            executes: c.executes.load(Ordering::SeqCst),
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Copies both directions of one connection, counting the client's side.
fn relay(client: UnixStream, upstream: &Path, counters: &Counters) -> io::Result<()> {
    let server = UnixStream::connect(upstream)?;
    let answered = Arc::new(AtomicBool::new(false));
    let mut from_server = server.try_clone()?;
    let mut to_client = client.try_clone()?;
    let answer_flag = Arc::clone(&answered);
    thread::spawn(move || -> io::Result<()> {
        let mut buf = vec![0; 64 * 1024];
        loop {
            let n = from_server.read(&mut buf)?;
            if n == 0 {
                return to_client.shutdown(Shutdown::Write);
            }
            // Set before forwarding, so the client cannot reply before the answer is noted.
            answer_flag.store(true, Ordering::SeqCst);
            to_client.write_all(&buf[..n])?;
        }
    });

    let (mut from_client, mut to_server) = (client, server);
    let mut messages = MessageCounter::default();
    let mut buf = vec![0; 64 * 1024];
    loop {
        let n = from_client.read(&mut buf)?;
        if n == 0 {
            return to_server.shutdown(Shutdown::Write);
        }
        if answered.swap(false, Ordering::SeqCst) {
            counters.round_trips.fetch_add(1, Ordering::SeqCst);
        }
        messages.feed(&buf[..n], counters);
        to_server.write_all(&buf[..n])?;
    }
}

/// Splits the client's byte stream into protocol messages.
#[derive(Debug, Default)]
struct MessageCounter {
    started: bool,
    pending: Vec<u8>,
}

impl MessageCounter {
    fn feed(&mut self, bytes: &[u8], counters: &Counters) {
        self.pending.extend_from_slice(bytes);
        let mut at = 0;
        loop {
            let rest = &self.pending[at..];
            // Before the startup message, requests have no type byte: length, then a code.
            let header = if self.started { 5 } else { 8 };
            if rest.len() < header {
                break;
            }
            let offset = usize::from(self.started);
            let len = u32::from_be_bytes([
                rest[offset],
                rest[offset + 1],
                rest[offset + 2],
                rest[offset + 3],
            ]);
            let total = offset + len as usize;
            if rest.len() < total {
                break;
            }
            if self.started {
                let counter = match rest[0] {
                    b'Q' => Some(&counters.queries),
                    b'P' => Some(&counters.parses),
                    b'E' => Some(&counters.executes),
                    _ => None,
                };
                if let Some(counter) = counter {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            } else {
                let code = u32::from_be_bytes([rest[4], rest[5], rest[6], rest[7]]);
                self.started = code != SSL_REQUEST && code != GSSENC_REQUEST;
            }
            at += total;
        }
        self.pending.drain(..at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![kind];
        out.extend_from_slice(&(body.len() as u32 + 4).to_be_bytes());
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn messages_are_counted_across_reads() {
        let mut stream = Vec::new();
        stream.extend_from_slice(&8u32.to_be_bytes());
        stream.extend_from_slice(&SSL_REQUEST.to_be_bytes());
        stream.extend_from_slice(&12u32.to_be_bytes());
        stream.extend_from_slice(&196_608u32.to_be_bytes());
        stream.extend_from_slice(b"user");
        stream.extend(message(b'Q', b"SELECT 1\0"));
        stream.extend(message(b'P', b"\0SELECT $1\0\0\0"));
        stream.extend(message(b'B', b""));
        stream.extend(message(b'E', b"\0\0\0\0\0"));
        stream.extend(message(b'S', b""));
        let counters = Counters::default();
        let mut counter = MessageCounter::default();
        for chunk in stream.chunks(3) {
            counter.feed(chunk, &counters);
        }
        assert_eq!(counters.queries.load(Ordering::SeqCst), 1);
        assert_eq!(counters.parses.load(Ordering::SeqCst), 1);
        assert_eq!(counters.executes.load(Ordering::SeqCst), 1);
        assert!(counter.pending.is_empty());
    }
}
