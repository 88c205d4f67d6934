pk_macros::version! {
    number = 27;
    title = "Oban";

    // Oban 2.20.3's own migrations (its V01..V13) as a sub-chain, tracked by Oban's comment on
    // oban_jobs: an Oban the application installed already is continued or left alone. The down
    // removes Oban, as PhoenixKit's does (Oban.Migration.down(version: 1)).
    run_chain!(crate::OBAN, to = 13);
}
