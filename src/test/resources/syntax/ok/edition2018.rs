// edition:2018
async fn f() { g().await; let gen = 1; }
