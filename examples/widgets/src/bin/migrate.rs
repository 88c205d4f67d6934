//! `migrate up|down|status|verify|repair|plan|list|new …` for the widgets chain.

fn main() -> std::process::ExitCode {
    pk_runtime::cli::main(&widgets_example::CHAIN)
}
