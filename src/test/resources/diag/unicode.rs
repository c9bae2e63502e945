fn main() {
    let s: i32 = "héllo wörld";
    let 变量 = 未定义的值;
    let t: u8 = "日本語🎉";
}
