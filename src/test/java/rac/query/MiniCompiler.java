package rac.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A toy compiler pipeline for the engine's tests. A file is lines of the form {@code fn NAME BODY};
 * {@code parse} splits lines, {@code itemNames} lists function names (positions dropped, like an item
 * tree), {@code body} gives one function's body text, {@code infer} "type checks" one function.
 */
final class MiniCompiler {
    /** A function in a file. */
    record FnKey(String file, String name) {
        @Override
        public String toString() {
            return file + "::" + name;
        }
    }

    final InputQuery<String, String> fileText = InputQuery.named("fileText");
    final InputQuery<String, List<String>> crateFiles = InputQuery.named("crateFiles");

    final DerivedQuery<String, List<String>> parse = DerivedQuery.named("parse",
            (ctx, file) -> List.of(ctx.get(fileText, file).split("\n")));

    final DerivedQuery<String, List<String>> itemNames = DerivedQuery.named("itemNames", (ctx, file) -> {
        List<String> out = new ArrayList<>();
        for (String line : ctx.get(parse, file)) {
            String[] parts = line.trim().split(" ", 3);
            if (parts.length >= 2 && parts[0].equals("fn")) {
                out.add(parts[1]);
            }
        }
        return out;
    });

    final DerivedQuery<String, Integer> itemCount = DerivedQuery.named("itemCount",
            (ctx, file) -> ctx.get(itemNames, file).size());

    final DerivedQuery<FnKey, String> body = DerivedQuery.named("body", (ctx, fn) -> {
        for (String line : ctx.get(parse, fn.file())) {
            String[] parts = line.trim().split(" ", 3);
            if (parts.length == 3 && parts[0].equals("fn") && parts[1].equals(fn.name())) {
                return parts[2];
            }
        }
        throw new IllegalArgumentException("no function " + fn);
    });

    /** "Type inference": the body's length. */
    final DerivedQuery<FnKey, Integer> infer = DerivedQuery.named("infer", (ctx, fn) -> ctx.get(body, fn).length());

    /** Every function of the crate, in file order. */
    final DerivedQuery<String, List<FnKey>> allFns = DerivedQuery.named("allFns", (ctx, crate) -> {
        List<FnKey> out = new ArrayList<>();
        for (String file : ctx.get(crateFiles, crate)) {
            for (String name : ctx.get(itemNames, file)) {
                out.add(new FnKey(file, name));
            }
        }
        return out;
    });

    /** Infers every function of the crate in parallel and sums the results. */
    final DerivedQuery<String, Integer> checkCrate = DerivedQuery.named("checkCrate", (ctx, crate) -> {
        int sum = 0;
        for (int n : ctx.getAll(infer, ctx.get(allFns, crate))) {
            sum += n;
        }
        return sum;
    });
}
