package rac.mir;

import rac.ty.Ty;

/** A MIR local: its type, mutability, and the user variable name if it is one (else null). */
public record LocalDecl(Ty ty, boolean mutable, String name) { }
