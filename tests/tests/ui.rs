//! DSL misuse fails the build with an error at the offending token. Each `ui/*.rs` case is one
//! misuse, checked against PhoenixKit's real chain in `versions/` (`chain = "../../versions"`),
//! with the expected compiler output beside it in `ui/*.stderr`.
//!
//! After a deliberate change to the macro's messages, regenerate the expectations with
//! `TRYBUILD=overwrite cargo test -p pk-tests --test ui` and review the diff.

#[test]
fn dsl_misuse_is_rejected() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
