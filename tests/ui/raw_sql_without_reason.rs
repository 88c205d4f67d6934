// Raw SQL must say why no typed operation fits.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Raw SQL";

    sql!(why = "", "SELECT 1") reverse {}
}

fn main() {}
