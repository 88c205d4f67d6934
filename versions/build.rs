//! Cargo does not watch a directory for new files by itself: this makes a new `vNN.rs` (here or
//! in `oban/`) rebuild the crate, so that `chain!` in lib.rs registers it.

fn main() {
    println!("cargo:rerun-if-changed=.");
    println!("cargo:rerun-if-changed=oban");
}
