// Cargo does not watch a directory for new files by itself: a new migrations/vNN.rs rebuilds the
// crate, so that `chain!` registers it.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
