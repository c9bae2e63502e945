fn f() {
    //! inner doc in the wrong place
}
