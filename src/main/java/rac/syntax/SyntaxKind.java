package rac.syntax;

/**
 * Every kind of token and node in the syntax tree, named as rust-analyzer names them.
 * Token kinds come first, then keywords, then node kinds.
 */
public enum SyntaxKind {
    // ---- special
    TOMBSTONE(null), EOF(null),
    // ---- punctuation (single characters as lexed)
    SEMICOLON(";"), COMMA(","), L_PAREN("("), R_PAREN(")"), L_CURLY("{"), R_CURLY("}"),
    L_BRACK("["), R_BRACK("]"), L_ANGLE("<"), R_ANGLE(">"), AT("@"), POUND("#"), TILDE("~"),
    QUESTION("?"), DOLLAR("$"), AMP("&"), PIPE("|"), PLUS("+"), STAR("*"), SLASH("/"), CARET("^"),
    PERCENT("%"), UNDERSCORE("_"), DOT("."), COLON(":"), EQ("="), BANG("!"), MINUS("-"),
    // ---- composite punctuation (glued by the parser from joint single characters)
    DOT2(".."), DOT3("..."), DOT2EQ("..="), COLON2("::"), EQ2("=="), FAT_ARROW("=>"), NEQ("!="),
    THIN_ARROW("->"), LTEQ("<="), GTEQ(">="), PLUSEQ("+="), MINUSEQ("-="), PIPEEQ("|="),
    AMPEQ("&="), CARETEQ("^="), SLASHEQ("/="), STAREQ("*="), PERCENTEQ("%="), AMP2("&&"),
    PIPE2("||"), SHL("<<"), SHR(">>"), SHLEQ("<<="), SHREQ(">>="), LARROW("<-"),
    // ---- strict and reserved keywords
    ABSTRACT_KW("abstract"), AS_KW("as"), ASYNC_KW("async"), AWAIT_KW("await"), BECOME_KW("become"),
    BOX_KW("box"), BREAK_KW("break"), CONST_KW("const"), CONTINUE_KW("continue"), CRATE_KW("crate"),
    DO_KW("do"), DYN_KW("dyn"), ELSE_KW("else"), ENUM_KW("enum"), EXTERN_KW("extern"),
    FALSE_KW("false"), FINAL_KW("final"), FN_KW("fn"), FOR_KW("for"), GEN_KW("gen"), IF_KW("if"),
    IMPL_KW("impl"), IN_KW("in"), LET_KW("let"), LOOP_KW("loop"), MACRO_KW("macro"),
    MATCH_KW("match"), MOD_KW("mod"), MOVE_KW("move"), MUT_KW("mut"), OVERRIDE_KW("override"),
    PRIV_KW("priv"), PUB_KW("pub"), REF_KW("ref"), RETURN_KW("return"), SELF_KW("self"),
    SELF_TYPE_KW("Self"), STATIC_KW("static"), STRUCT_KW("struct"), SUPER_KW("super"),
    TRAIT_KW("trait"), TRUE_KW("true"), TRY_KW("try"), TYPE_KW("type"), TYPEOF_KW("typeof"),
    UNSAFE_KW("unsafe"), UNSIZED_KW("unsized"), USE_KW("use"), VIRTUAL_KW("virtual"),
    WHERE_KW("where"), WHILE_KW("while"), YIELD_KW("yield"),
    // ---- contextual keywords (lexed as IDENT, remapped by the parser)
    AUTO_KW("auto"), BUILTIN_KW("builtin"), DEFAULT_KW("default"), MACRO_RULES_KW("macro_rules"),
    RAW_KW("raw"), SAFE_KW("safe"), UNION_KW("union"), YEET_KW("yeet"),
    // ---- literals and other tokens
    INT_NUMBER(null), FLOAT_NUMBER(null), CHAR(null), BYTE(null), STRING(null), BYTE_STRING(null),
    C_STRING(null), ERROR(null), IDENT(null), WHITESPACE(null), LIFETIME_IDENT(null), COMMENT(null),
    SHEBANG(null), FRONTMATTER(null),
    // ---- nodes
    SOURCE_FILE(null),
    // items
    STRUCT(null), UNION(null), ENUM(null), FN(null), RET_TYPE(null), EXTERN_CRATE(null), MODULE(null),
    USE(null), STATIC(null), CONST(null), TRAIT(null), TRAIT_ALIAS(null), IMPL(null), TYPE_ALIAS(null),
    MACRO_CALL(null), MACRO_RULES(null), MACRO_DEF(null), EXTERN_BLOCK(null), EXTERN_ITEM_LIST(null),
    ASSOC_ITEM_LIST(null), ITEM_LIST(null), ABI(null), VISIBILITY(null), RENAME(null),
    USE_TREE(null), USE_TREE_LIST(null), RECORD_FIELD_LIST(null), RECORD_FIELD(null),
    TUPLE_FIELD_LIST(null), TUPLE_FIELD(null), VARIANT_LIST(null), VARIANT(null),
    // types
    PAREN_TYPE(null), TUPLE_TYPE(null), MACRO_TYPE(null), NEVER_TYPE(null), PATH_TYPE(null),
    PTR_TYPE(null), ARRAY_TYPE(null), SLICE_TYPE(null), REF_TYPE(null), INFER_TYPE(null),
    FN_PTR_TYPE(null), FOR_TYPE(null), IMPL_TRAIT_TYPE(null), DYN_TRAIT_TYPE(null),
    // patterns
    OR_PAT(null), PAREN_PAT(null), REF_PAT(null), BOX_PAT(null), IDENT_PAT(null), WILDCARD_PAT(null),
    REST_PAT(null), PATH_PAT(null), RECORD_PAT(null), RECORD_PAT_FIELD_LIST(null),
    RECORD_PAT_FIELD(null), TUPLE_STRUCT_PAT(null), TUPLE_PAT(null), SLICE_PAT(null), RANGE_PAT(null),
    LITERAL_PAT(null), MACRO_PAT(null), CONST_BLOCK_PAT(null), DEREF_PAT(null),
    // expressions
    TUPLE_EXPR(null), ARRAY_EXPR(null), PAREN_EXPR(null), PATH_EXPR(null), CLOSURE_EXPR(null),
    IF_EXPR(null), WHILE_EXPR(null), LOOP_EXPR(null), FOR_EXPR(null), CONTINUE_EXPR(null),
    BREAK_EXPR(null), LABEL(null), BLOCK_EXPR(null), STMT_LIST(null), RETURN_EXPR(null),
    BECOME_EXPR(null), YIELD_EXPR(null), YEET_EXPR(null), LET_EXPR(null), UNDERSCORE_EXPR(null),
    MACRO_EXPR(null), MATCH_EXPR(null), MATCH_ARM_LIST(null), MATCH_ARM(null), MATCH_GUARD(null),
    RECORD_EXPR(null), RECORD_EXPR_FIELD_LIST(null), RECORD_EXPR_FIELD(null), OFFSET_OF_EXPR(null),
    ASM_EXPR(null), FORMAT_ARGS_EXPR(null), BOX_EXPR(null), CALL_EXPR(null), INDEX_EXPR(null),
    METHOD_CALL_EXPR(null), FIELD_EXPR(null), AWAIT_EXPR(null), TRY_EXPR(null), CAST_EXPR(null),
    REF_EXPR(null), PREFIX_EXPR(null), RANGE_EXPR(null), BIN_EXPR(null),
    ARG_LIST(null), LITERAL(null), NAME(null), NAME_REF(null), LIFETIME(null),
    // statements
    LET_STMT(null), LET_ELSE(null), EXPR_STMT(null),
    // generics
    GENERIC_PARAM_LIST(null), GENERIC_PARAM(null), LIFETIME_PARAM(null), TYPE_PARAM(null),
    CONST_PARAM(null), GENERIC_ARG_LIST(null), LIFETIME_ARG(null), TYPE_ARG(null), ASSOC_TYPE_ARG(null),
    CONST_ARG(null), PARAM_LIST(null), PARAM(null), SELF_PARAM(null), TYPE_BOUND(null),
    TYPE_BOUND_LIST(null), WHERE_CLAUSE(null), WHERE_PRED(null), RETURN_TYPE_SYNTAX(null),
    USE_BOUND_GENERIC_ARGS(null), CLOSURE_BINDER(null), PARENTHESIZED_ARG_LIST(null),
    // paths
    PATH(null), PATH_SEGMENT(null), TYPE_ANCHOR(null),
    // attributes and macros
    ATTR(null), META(null), TOKEN_TREE(null), MACRO_ITEMS(null), MACRO_STMTS(null),
    MACRO_EATEN_ITEM(null),
    ERROR_NODE(null);

    private final String text;

    SyntaxKind(String text) {
        this.text = text;
    }

    private static final SyntaxKind[] VALUES = values();

    /** The kind with the given ordinal. */
    public static SyntaxKind of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The fixed text of a punctuation or keyword token, or null. */
    public String fixedText() {
        return text;
    }

    /** Whitespace and comments (and shebang / front matter), which the parser skips. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == COMMENT || this == SHEBANG || this == FRONTMATTER;
    }

    /** Strict, reserved and contextual keywords. */
    public boolean isKeyword() {
        return ordinal() >= ABSTRACT_KW.ordinal() && ordinal() <= YEET_KW.ordinal();
    }

    /** Punctuation, single or composite. */
    public boolean isPunct() {
        return ordinal() >= SEMICOLON.ordinal() && ordinal() <= LARROW.ordinal();
    }

    /** Literal tokens (numbers, chars, strings; not true/false). */
    public boolean isLiteral() {
        return ordinal() >= INT_NUMBER.ordinal() && ordinal() <= C_STRING.ordinal();
    }

    /** Whether this is a token kind rather than a node kind. */
    public boolean isToken() {
        return ordinal() < SOURCE_FILE.ordinal();
    }
}
