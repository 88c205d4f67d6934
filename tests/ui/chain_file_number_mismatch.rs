// v02.rs of this chain declares `number = 3`: a version's number is its file name.
static CHAIN: pk_runtime::Chain = pk_runtime::chain!(
    "../../../../tests/ui/chains/mismatch",
    name = "Gadgets",
    tracking_table = "gadgets_version",
);

fn main() {
    let _ = &CHAIN;
}
