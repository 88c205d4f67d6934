// `chain!` registers v01.rs, v02.rs, … of a directory; v02.rs is missing from this one. (The
// path is relative to the crate trybuild builds, target/tests/trybuild/pk-tests.)
static CHAIN: pk_runtime::Chain = pk_runtime::chain!(
    "../../../../tests/ui/chains/gap",
    name = "Gadgets",
    tracking_table = "gadgets_version",
);

fn main() {
    let _ = &CHAIN;
}
