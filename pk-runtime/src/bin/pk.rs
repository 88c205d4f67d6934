//! `pk`: install, upgrade, roll back and inspect PhoenixKit's schema in a PostgreSQL database.

fn main() -> std::process::ExitCode {
    pk_runtime::cli::main(&pk_runtime::phoenix_kit::CHAIN)
}
