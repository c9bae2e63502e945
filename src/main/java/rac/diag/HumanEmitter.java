package rac.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/**
 * Renders a {@link Diagnostic} as rustc's human-readable ({@code --error-format=human}) or short
 * ({@code --error-format=short}) text, without colour, byte for byte as rustc 1.95 does.
 * The layout follows rustc's {@code HumanEmitter}: a header, the location arrow, the code window
 * with underlines and labels, then the children.
 */
public final class HumanEmitter {
    /** rustc's default column width when stderr is not a terminal. */
    static final int DEFAULT_COLUMN_WIDTH = 140;

    private final SourceMap sourceMap;
    private final boolean shortMessage;

    public HumanEmitter(SourceMap sourceMap, boolean shortMessage) {
        this.sourceMap = Objects.requireNonNull(sourceMap);
        this.shortMessage = shortMessage;
    }

    /**
     * The full text rustc writes for this diagnostic, including the blank line after it (human
     * format) or the single line with its newline (short format).
     */
    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        List<Label> labels = new ArrayList<>(d.labels());
        List<Suggestion> suggestions = new ArrayList<>(d.suggestions());
        primarySpanFormatted(labels, suggestions);
        int maxLineNumLen = numDecimalDigits(Math.max(maxLineNum(labels, d.children()), suggestionMaxLine(suggestions)));
        List<String> main = renderInner(d.level(), d.code(), d.message(), labels, maxLineNumLen, false);
        write(out, main, d.level());
        boolean visibleSuggestions = suggestions.stream()
            .anyMatch(s -> s.style() != Suggestion.Style.COMPLETELY_HIDDEN);
        if ((!d.children().isEmpty() || visibleSuggestions) && !shortMessage) {
            TextBuffer sep = new TextBuffer();
            sep.putc(0, maxLineNumLen + 1, '|');
            write(out, sep.render(), d.level());
        }
        if (!shortMessage) {
            for (SubDiagnostic child : d.children()) {
                write(out, renderInner(child.level(), null, child.message(), child.labels(), maxLineNumLen, true),
                    child.level());
            }
            Span primary = firstPrimary(labels);
            for (Suggestion sugg : suggestions) {
                switch (sugg.style()) {
                    case COMPLETELY_HIDDEN -> {
                    }
                    case HIDE_CODE_ALWAYS -> write(out,
                        renderInner(Level.HELP, null, sugg.message(), List.of(), maxLineNumLen, true), Level.HELP);
                    default -> write(out, new SuggestionRenderer(sourceMap).render(primary, sugg, maxLineNumLen),
                        Level.HELP);
                }
            }
        }
        out.append('\n');
        return out.toString();
    }

    private static Span firstPrimary(List<Label> labels) {
        for (Label l : labels) {
            if (l.primary()) {
                return l.span();
            }
        }
        return null;
    }

    /**
     * rustc's {@code primary_span_formatted}: a lone, short, single-part suggestion becomes a
     * {@code help: MESSAGE: `SNIPPET`} label on its span instead of a separate block.
     */
    private void primarySpanFormatted(List<Label> labels, List<Suggestion> suggestions) {
        if (suggestions.size() != 1) {
            return;
        }
        Suggestion sugg = suggestions.get(0);
        if (sugg.substitutions().size() != 1 || sugg.substitutions().get(0).parts().size() != 1) {
            return;
        }
        Suggestion.Part part = sugg.substitutions().get(0).parts().get(0);
        String msg = sugg.message();
        String trimmed = msg.strip();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        if (words >= 10 || part.snippet().contains("\n")) {
            return;
        }
        Suggestion.Style st = sugg.style();
        if (st == Suggestion.Style.HIDE_CODE_ALWAYS || st == Suggestion.Style.COMPLETELY_HIDDEN
            || st == Suggestion.Style.SHOW_ALWAYS) {
            return;
        }
        String snippet = part.snippet().strip();
        String label;
        if (snippet.isEmpty() || st == Suggestion.Style.HIDE_CODE_INLINE) {
            label = "help: " + msg;
        } else {
            boolean caps = new SuggestionRenderer(sourceMap).isCaseDifference(snippet, part.span());
            label = "help: " + msg + (caps ? " (notice the capitalization)" : "") + ": `" + snippet + "`";
        }
        labels.add(new Label(part.span(), label, false));
        suggestions.clear();
    }

    /**
     * Renders a bare message with no span at the given level: {@code error: aborting ...} plus a
     * blank line; for {@code failureNote}, the text alone on one line (no level prefix, no blank).
     */
    public String renderPlain(Level level, String message, boolean failureNote) {
        if (failureNote) {
            StringBuilder sb = new StringBuilder();
            for (String l : TextWidth.normalize(message).split("\n", -1)) {
                sb.append(l).append('\n');
            }
            return sb.toString();
        }
        return render(new Diagnostic(level, null, message, List.of(), List.of()));
    }

    private void write(StringBuilder out, List<String> lines, Level level) {
        for (String line : lines) {
            out.append(line);
            if (!shortMessage) {
                out.append('\n');
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Span labels in rustc's order and line-number width

    /** Labelled spans in order, then primary spans without a label (their label is null). */
    static List<SpanLabelView> spanLabels(List<Label> labels) {
        List<SpanLabelView> out = new ArrayList<>();
        Set<Span> primarySpans = new LinkedHashSet<>();
        for (Label l : labels) {
            if (l.primary()) {
                primarySpans.add(l.span());
            }
        }
        for (Label l : labels) {
            if (!(l.primary() && l.message().isEmpty())) {
                out.add(new SpanLabelView(l.span(), primarySpans.contains(l.span()), l.message()));
            }
        }
        for (Span s : primarySpans) {
            boolean present = false;
            for (SpanLabelView v : out) {
                if (v.span().equals(s)) {
                    present = true;
                    break;
                }
            }
            if (!present) {
                out.add(new SpanLabelView(s, true, null));
            }
        }
        return out;
    }

    /** A span label as rustc sees it: label null for an unlabelled primary span. */
    record SpanLabelView(Span span, boolean primary, String label) {
    }

    private int maxLineNum(List<Label> labels, List<SubDiagnostic> children) {
        int max = multispanMaxLine(labels);
        for (SubDiagnostic c : children) {
            max = Math.max(max, multispanMaxLine(c.labels()));
        }
        return max;
    }

    /** The last line a suggestion shown as code prints (lines it inserts included), as rustc 1.95 counts it. */
    private int suggestionMaxLine(List<Suggestion> suggestions) {
        int max = 0;
        if (shortMessage) {
            return 0;
        }
        for (Suggestion sg : suggestions) {
            if (sg.style() == Suggestion.Style.COMPLETELY_HIDDEN) {
                continue;
            }
            for (Suggestion.Substitution sub : sg.substitutions()) {
                for (Suggestion.Part part : sub.parts()) {
                    SourceFile f = sourceMap.get(part.span().file());
                    if (f == null) {
                        continue;
                    }
                    int added = (int) part.snippet().chars().filter(c -> c == '\n').count();
                    if (added > 0) {
                        max = Math.max(max, Positions.line(f, part.span().end()) + added);
                    }
                }
            }
        }
        return max;
    }

    private int multispanMaxLine(List<Label> labels) {
        int max = 0;
        for (Label l : labels) {
            if (l.primary() || !shortMessage) {
                SourceFile f = sourceMap.get(l.span().file());
                max = Math.max(max, Positions.line(f, l.span().end()));
            }
        }
        return max;
    }

    static int numDecimalDigits(int n) {
        int digits = 1;
        while (n >= 10) {
            n /= 10;
            digits++;
        }
        return digits;
    }

    // ---------------------------------------------------------------------------------------------
    // One message (the main one or a child)

    private List<String> renderInner(Level level, String code, String message, List<Label> labels,
                                     int maxLineNumLen, boolean isSecondary) {
        TextBuffer buffer = new TextBuffer();
        boolean hasPrimary = labels.stream().anyMatch(Label::primary);
        if (labels.isEmpty() && isSecondary && !shortMessage) {
            for (int i = 0; i < maxLineNumLen; i++) {
                buffer.prepend(0, " ");
            }
            buffer.puts(0, maxLineNumLen + 1, "= ");
            buffer.append(0, level.text());
            buffer.append(0, ": ");
            String padding = " ".repeat(maxLineNumLen + "note".length() + 5);
            String[] lines = TextWidth.normalize(message).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i != 0) {
                    buffer.append(i, padding);
                }
                buffer.append(i, lines[i]);
            }
            return buffer.render();
        }

        int labelWidth = 0;
        buffer.append(0, level.text());
        labelWidth += level.text().length();
        if (code != null && Explanations.isWellFormed(code)) {
            buffer.append(0, "[" + code + "]");
            labelWidth += 2 + code.length();
        }
        buffer.append(0, ": ");
        labelWidth += 2;
        int line = 0;
        boolean pad = false;
        for (String text : TextWidth.normalize(message).split("\n", -1)) {
            buffer.append(line, (pad ? " ".repeat(labelWidth) : "") + text);
            line++;
            pad = true;
        }
        if (line > 0) {
            line--;
        }
        List<SpanLabelView> spanLabels = spanLabels(labels);
        if (shortMessage) {
            List<String> primaryLabels = new ArrayList<>();
            for (SpanLabelView sl : spanLabels) {
                if (sl.primary() && sl.label() != null && !sl.label().isBlank()) {
                    primaryLabels.add(sl.label());
                }
            }
            if (!primaryLabels.isEmpty()) {
                buffer.append(line, ": ");
                buffer.append(line, String.join(", ", primaryLabels));
            }
        }
        if (!hasPrimary) {
            return buffer.render();
        }

        Span primarySpan = null;
        for (Label l : labels) {
            if (l.primary()) {
                primarySpan = l.span();
                break;
            }
        }
        SourceFile primaryFile = sourceMap.get(primarySpan.file());
        Annotated annotated = collectAnnotations(spanLabels);
        List<FileLines> files = annotated.files;
        int pos = binarySearchByName(files, primaryFile.name());
        if (pos >= 0) {
            FileLines tmp = files.get(0);
            files.set(0, files.get(pos));
            files.set(pos, tmp);
        }

        for (FileLines af : files) {
            boolean isPrimaryFile = af.file.name().equals(primaryFile.name());
            if (isPrimaryFile) {
                String loc = primaryFile.name() + ":" + Positions.line(primaryFile, primarySpan.start()) + ":"
                    + (Positions.col(primaryFile, primarySpan.start()) + 1);
                if (!shortMessage) {
                    int at = buffer.numLines();
                    buffer.prepend(at, "--> ");
                    buffer.append(at, loc);
                    for (int i = 0; i < maxLineNumLen; i++) {
                        buffer.prepend(at, " ");
                    }
                } else {
                    buffer.prepend(0, loc + ": ");
                }
            } else if (!shortMessage) {
                int at = buffer.numLines();
                buffer.putc(at, maxLineNumLen + 1, '|');
                buffer.prepend(at + 1, "::: ");
                String loc;
                if (!af.lines.isEmpty()) {
                    Line first = af.lines.get(0);
                    String col = first.anns.isEmpty() ? "" : ":" + (first.anns.get(0).start.file() + 1);
                    loc = af.file.name() + ":" + first.lineIndex + col;
                } else {
                    loc = af.file.name();
                }
                buffer.append(at + 1, loc);
                for (int i = 0; i < maxLineNumLen; i++) {
                    buffer.prepend(at + 1, " ");
                }
            }
            if (!shortMessage) {
                renderFile(buffer, af, maxLineNumLen);
            }
        }
        return buffer.render();
    }

    /** Rust's {@code str::lines}: split on '\n', dropping one trailing empty piece. */
    static List<String> rustLines(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        String[] parts = s.split("\n", -1);
        int n = parts.length;
        if (parts[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (p.endsWith("\r")) {
                p = p.substring(0, p.length() - 1);
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Rust's {@code slice::binary_search_by} on file names, applied (as rustc does) to a list that
     * is not sorted; reproduced so that the primary file is moved first exactly when rustc does.
     */
    private static int binarySearchByName(List<FileLines> files, String name) {
        int size = files.size();
        if (size == 0) {
            return -1;
        }
        int base = 0;
        while (size > 1) {
            int half = size / 2;
            int mid = base + half;
            int cmp = compareBytes(files.get(mid).file.name(), name);
            base = cmp > 0 ? base : mid;
            size -= half;
        }
        return compareBytes(files.get(base).file.name(), name) == 0 ? base : -1;
    }

    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------
    // Annotation collection (rustc's FileWithAnnotatedLines::collect_annotations)

    /** A column: display width before it and character index, ordered as rustc orders them. */
    record Col(int display, int file) implements Comparable<Col> {
        @Override
        public int compareTo(Col o) {
            int c = Integer.compare(display, o.display);
            return c != 0 ? c : Integer.compare(file, o.file);
        }
    }

    enum AnnType { SINGLE, ML_START, ML_END, ML_LINE }

    /** One underline or multiline piece on one line. */
    record Ann(Col start, Col end, boolean primary, String label, AnnType type, int depth) {
        boolean isLine() {
            return type == AnnType.ML_LINE;
        }

        int len() {
            return Math.abs(end.display() - start.display());
        }

        boolean hasLabel() {
            return label != null && !label.isEmpty();
        }

        boolean takesSpace() {
            return type == AnnType.ML_START || type == AnnType.ML_END;
        }
    }

    /** A source line with its annotations. */
    static final class Line {
        final int lineIndex;
        final List<Ann> anns = new ArrayList<>();

        Line(int lineIndex) {
            this.lineIndex = lineIndex;
        }
    }

    /** A file with its annotated lines, sorted by line. */
    static final class FileLines {
        final SourceFile file;
        final List<Line> lines = new ArrayList<>();
        int multilineDepth;

        FileLines(SourceFile file) {
            this.file = file;
        }
    }

    /** A span across lines before it is cut into start, middle and end pieces. */
    static final class MlAnn {
        int depth = 1;
        final int lineStart;
        final int lineEnd;
        final Col startCol;
        final Col endCol;
        final boolean primary;
        final String label;
        boolean overlapsExactly;
        final SourceFile file;

        MlAnn(SourceFile file, int lineStart, int lineEnd, Col startCol, Col endCol, boolean primary, String label) {
            this.file = file;
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            this.startCol = startCol;
            this.endCol = endCol;
            this.primary = primary;
            this.label = label;
        }

        MlAnn copy() {
            MlAnn m = new MlAnn(file, lineStart, lineEnd, startCol, endCol, primary, label);
            m.depth = depth;
            m.overlapsExactly = overlapsExactly;
            return m;
        }

        boolean sameSpan(MlAnn o) {
            return lineStart == o.lineStart && lineEnd == o.lineEnd && startCol.equals(o.startCol)
                && endCol.equals(o.endCol);
        }

        boolean fullyEquals(MlAnn o) {
            return sameSpan(o) && depth == o.depth && primary == o.primary && Objects.equals(label, o.label)
                && overlapsExactly == o.overlapsExactly;
        }

        Ann asStart() {
            return new Ann(startCol, new Col(startCol.display() + 1, startCol.file() + 1), primary, null,
                AnnType.ML_START, depth);
        }

        Ann asEnd() {
            return new Ann(new Col(Math.max(0, endCol.display() - 1), Math.max(0, endCol.file() - 1)), endCol,
                primary, label, AnnType.ML_END, depth);
        }

        Ann asLine() {
            return new Ann(new Col(0, 0), new Col(0, 0), primary, null, AnnType.ML_LINE, depth);
        }
    }

    private static final class Annotated {
        final List<FileLines> files = new ArrayList<>();
    }

    /** Line (1-based), char column and display column of a byte offset. */
    private record Loc(int line, int col, int colDisplay) {
    }

    private static Loc lookup(SourceFile f, int offset) {
        return new Loc(Positions.line(f, offset), Positions.col(f, offset), Positions.colDisplay(f, offset));
    }

    private static void addAnnotation(List<FileLines> files, SourceFile file, int lineIndex, Ann ann) {
        for (FileLines fl : files) {
            if (fl.file.name().equals(file.name())) {
                for (Line l : fl.lines) {
                    if (l.lineIndex == lineIndex) {
                        l.anns.add(ann);
                        return;
                    }
                }
                Line l = new Line(lineIndex);
                l.anns.add(ann);
                fl.lines.add(l);
                fl.lines.sort(Comparator.comparingInt(x -> x.lineIndex));
                return;
            }
        }
        FileLines fl = new FileLines(file);
        Line l = new Line(lineIndex);
        l.anns.add(ann);
        fl.lines.add(l);
        files.add(fl);
    }

    private Annotated collectAnnotations(List<SpanLabelView> spanLabels) {
        Annotated out = new Annotated();
        List<MlAnn> multiline = new ArrayList<>();
        for (SpanLabelView sl : spanLabels) {
            SourceFile f = sourceMap.get(sl.span().file());
            Loc lo = lookup(f, sl.span().start());
            Loc hi = lookup(f, sl.span().end());
            int hiDisplay = hi.colDisplay();
            if (lo.colDisplay() == hi.colDisplay() && lo.line() == hi.line()) {
                hiDisplay++;
            }
            String label = sl.label() == null ? null : TextWidth.normalize(sl.label());
            Col startCol = new Col(lo.colDisplay(), lo.col());
            Col endCol = new Col(hiDisplay, hi.col());
            if (lo.line() != hi.line()) {
                multiline.add(new MlAnn(f, lo.line(), hi.line(), startCol, endCol, sl.primary(), label));
            } else {
                addAnnotation(out.files, f, lo.line(), new Ann(startCol, endCol, sl.primary(), label, AnnType.SINGLE, 0));
            }
        }
        // Overlapping multiline spans go to different depths (stable sort: start asc, end desc).
        multiline.sort(Comparator.<MlAnn>comparingInt(m -> m.lineStart).thenComparing(m -> -(long) m.lineEnd));
        List<MlAnn> snapshot = new ArrayList<>();
        for (MlAnn m : multiline) {
            snapshot.add(m.copy());
        }
        for (MlAnn ann : snapshot) {
            for (MlAnn a : multiline) {
                if (!ann.sameSpan(a) && numOverlap(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd, true)) {
                    a.depth++;
                } else if (ann.sameSpan(a) && !ann.fullyEquals(a)) {
                    a.overlapsExactly = true;
                } else {
                    break;
                }
            }
        }
        int maxDepth = 0;
        for (MlAnn m : multiline) {
            maxDepth = Math.max(maxDepth, m.depth);
        }
        for (MlAnn m : multiline) {
            m.depth = maxDepth - m.depth + 1;
        }
        for (MlAnn ann : multiline) {
            SourceFile file = ann.file;
            Ann endAnn = ann.asEnd();
            if (!ann.overlapsExactly) {
                addAnnotation(out.files, file, ann.lineStart, ann.asStart());
                int middle = Math.min(ann.lineStart + 4, ann.lineEnd);
                int until = ann.lineStart;
                for (int line = middle - 1; line >= ann.lineStart; line--) {
                    String s = getLine(file, line - 1);
                    if (s != null && notEmptyForElision(s)) {
                        until = line + 1;
                        break;
                    }
                }
                for (int line = ann.lineStart + 1; line < until; line++) {
                    addAnnotation(out.files, file, line, ann.asLine());
                }
                int lineEnd = ann.lineEnd - 1;
                String endLine = getLine(file, lineEnd - 1);
                boolean endIsEmpty = endLine != null && !notEmptyForElision(endLine);
                if (middle < lineEnd && !endIsEmpty) {
                    addAnnotation(out.files, file, lineEnd, ann.asLine());
                }
            } else {
                endAnn = new Ann(endAnn.start(), endAnn.end(), endAnn.primary(), endAnn.label(), AnnType.SINGLE,
                    endAnn.depth());
            }
            addAnnotation(out.files, file, ann.lineEnd, endAnn);
        }
        for (FileLines fl : out.files) {
            fl.multilineDepth = maxDepth;
        }
        return out;
    }

    /** rustc's filter for lines worth showing inside a multiline span. */
    private static boolean notEmptyForElision(String line) {
        String s = line.strip();
        boolean comment = s.startsWith("//") && !(s.startsWith("///") || s.startsWith("//!"));
        return !comment && !List.of("", "{", "}", "(", ")", "[", "]").contains(s);
    }

    /** The text of the zero-based line, or null past the end of the file. */
    private static String getLine(SourceFile f, int lineIndex0) {
        if (lineIndex0 < 0 || lineIndex0 >= f.lineCount()) {
            return null;
        }
        return Positions.lineText(f, lineIndex0);
    }

    static boolean numOverlap(int aStart, int aEnd, int bStart, int bEnd, boolean inclusive) {
        int extra = inclusive ? 1 : 0;
        return (bStart <= aStart && aStart < bEnd + extra) || (aStart <= bStart && bStart < aEnd + extra);
    }

    static boolean overlaps(Ann a1, Ann a2, int padding) {
        return numOverlap(a1.start().display(), a1.end().display() + padding, a2.start().display(),
            a2.end().display(), false);
    }

    // ---------------------------------------------------------------------------------------------
    // Drawing one file's code window

    private void renderFile(TextBuffer buffer, FileLines af, int maxLineNumLen) {
        int at = buffer.numLines();
        buffer.putc(at, maxLineNumLen + 1, '|');

        SourceFile file = af.file;
        int whitespaceMargin = Integer.MAX_VALUE;
        for (Line line : af.lines) {
            String s = getLine(file, line.lineIndex - 1);
            if (s != null) {
                int leading = 0;
                boolean any = false;
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    if (!isLexerWhitespace(cp)) {
                        any = true;
                        break;
                    }
                    leading++;
                    i += Character.charCount(cp);
                }
                if (any) {
                    whitespaceMargin = Math.min(whitespaceMargin, leading);
                }
            }
        }
        if (whitespaceMargin == Integer.MAX_VALUE) {
            whitespaceMargin = 0;
        }
        int spanLeftMargin = Integer.MAX_VALUE;
        for (Line line : af.lines) {
            for (Ann ann : line.anns) {
                spanLeftMargin = Math.min(spanLeftMargin, ann.start().file());
                spanLeftMargin = Math.min(spanLeftMargin, ann.end().file());
            }
        }
        if (spanLeftMargin == Integer.MAX_VALUE) {
            spanLeftMargin = 0;
        }
        int spanRightMargin = 0;
        int labelRightMargin = 0;
        int maxLineLen = 0;
        for (Line line : af.lines) {
            String s = getLine(file, line.lineIndex - 1);
            maxLineLen = Math.max(maxLineLen, s == null ? 0 : utf8Len(s));
            for (Ann ann : line.anns) {
                spanRightMargin = Math.max(spanRightMargin, ann.start().file());
                spanRightMargin = Math.max(spanRightMargin, ann.end().file());
                int labelRight = ann.label() == null ? 0 : utf8Len(ann.label()) + 1;
                labelRightMargin = Math.max(labelRightMargin, ann.end().file() + labelRight);
            }
        }
        int widthOffset = 3 + maxLineNumLen;
        int codeOffset = af.multilineDepth == 0 ? widthOffset : widthOffset + af.multilineDepth + 1;
        int columnWidth = Math.max(0, DEFAULT_COLUMN_WIDTH - codeOffset);
        Margin margin = new Margin(whitespaceMargin, spanLeftMargin, spanRightMargin, labelRightMargin,
            columnWidth, maxLineLen);

        Set<Integer> multilines = new LinkedHashSet<>();
        for (int lineIdx = 0; lineIdx < af.lines.size(); lineIdx++) {
            int previousBufferLine = buffer.numLines();
            List<Integer> depths = renderSourceLine(buffer, file, af.lines.get(lineIdx), widthOffset, codeOffset, margin);
            List<Integer> toAdd = new ArrayList<>();
            for (int depth : depths) {
                if (!multilines.remove(depth)) {
                    if (!toAdd.contains(depth)) {
                        toAdd.add(depth);
                    }
                }
            }
            for (int depth : multilines) {
                for (int l = previousBufferLine; l < buffer.numLines(); l++) {
                    buffer.putc(l, widthOffset + depth - 1, '|');
                }
            }
            if (lineIdx < af.lines.size() - 1) {
                Line cur = af.lines.get(lineIdx);
                int delta = af.lines.get(lineIdx + 1).lineIndex - cur.lineIndex;
                if (delta > 2) {
                    int last = buffer.numLines();
                    buffer.puts(last, 0, "...");
                    for (int depth : multilines) {
                        buffer.putc(last, widthOffset + depth - 1, '|');
                    }
                    for (Ann ann : cur.anns) {
                        if (ann.type() == AnnType.ML_START) {
                            buffer.putc(last, widthOffset + ann.depth() - 1, '|');
                        }
                    }
                } else if (delta == 2) {
                    String unannotated = getLine(file, cur.lineIndex);
                    if (unannotated == null) {
                        unannotated = "";
                    }
                    int last = buffer.numLines();
                    drawLine(buffer, TextWidth.normalize(unannotated), cur.lineIndex + 1, last, widthOffset, codeOffset, margin);
                    for (int depth : multilines) {
                        buffer.putc(last, widthOffset + depth - 1, '|');
                    }
                    for (Ann ann : cur.anns) {
                        if (ann.type() == AnnType.ML_START) {
                            buffer.putc(last, widthOffset + ann.depth() - 1, '|');
                        }
                    }
                }
            }
            multilines.addAll(toAdd);
        }
    }

    /** rustc_lexer's whitespace (Pattern_White_Space). */
    private static boolean isLexerWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == 0x0B || cp == 0x0C || cp == '\r' || cp == ' ' || cp == 0x85
            || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isRustWhitespace(int cp) {
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
            || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    static int utf8Len(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** rustc's {@code Margin}: which part of long lines to show. */
    static final class Margin {
        final int whitespaceLeft;
        final int spanLeft;
        final int spanRight;
        final int labelRight;
        int computedLeft;
        int computedRight;
        final int columnWidth;

        Margin(int whitespaceLeft, int spanLeft, int spanRight, int labelRight, int columnWidth, int maxLineLen) {
            this.whitespaceLeft = Math.max(0, whitespaceLeft - 6);
            this.spanLeft = Math.max(0, spanLeft - 6);
            this.spanRight = spanRight + 6;
            this.labelRight = labelRight + 6;
            this.columnWidth = columnWidth;
            compute(maxLineLen);
        }

        boolean wasCutLeft() {
            return computedLeft > 0;
        }

        private void compute(int maxLineLen) {
            computedLeft = whitespaceLeft > 20 ? whitespaceLeft - 16 : 0;
            computedRight = Math.max(maxLineLen, computedLeft);
            if (computedRight - computedLeft > columnWidth) {
                if (labelRight - whitespaceLeft <= columnWidth) {
                    computedLeft = whitespaceLeft;
                    computedRight = computedLeft + columnWidth;
                } else if (labelRight - spanLeft <= columnWidth) {
                    int paddingLeft = (columnWidth - (labelRight - spanLeft)) / 2;
                    computedLeft = Math.max(0, spanLeft - paddingLeft);
                    computedRight = computedLeft + columnWidth;
                } else if (spanRight - spanLeft <= columnWidth) {
                    int paddingLeft = (columnWidth - (spanRight - spanLeft)) / 5 * 2;
                    computedLeft = Math.max(0, spanLeft - paddingLeft);
                    computedRight = computedLeft + columnWidth;
                } else {
                    computedLeft = spanLeft;
                    computedRight = spanRight;
                }
            }
        }

        int left(int lineLen) {
            return Math.min(computedLeft, lineLen);
        }

        int right(int lineLen) {
            if (Math.max(0, lineLen - computedLeft) <= columnWidth) {
                return lineLen;
            }
            return Math.min(lineLen, computedRight);
        }
    }

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    /** Draws a source line with its number and separator; returns how many chars were cut left. */
    private int drawLine(TextBuffer buffer, String source, int lineIndex, int lineOffset, int widthOffset,
                         int codeOffset, Margin margin) {
        int lineLen = utf8Len(source);
        int left = margin.left(lineLen);
        int right = margin.right(lineLen);
        int[] chars = cps(source);
        StringBuilder sb = new StringBuilder();
        for (int i = left; i < Math.min(right, chars.length); i++) {
            sb.appendCodePoint(chars[i]);
        }
        String code = TextWidth.normalize(sb.toString());
        boolean wasCutRight = chars.length > right;
        buffer.puts(lineOffset, codeOffset, code);
        if (margin.wasCutLeft()) {
            buffer.puts(lineOffset, codeOffset, "...");
        }
        if (wasCutRight) {
            buffer.puts(lineOffset, codeOffset + TextWidth.width(code) - 3, "...");
        }
        String num = Integer.toString(lineIndex);
        buffer.puts(lineOffset, 0, " ".repeat(Math.max(0, widthOffset - 3 - num.length())) + num);
        buffer.putc(lineOffset, widthOffset - 2, '|');
        return left;
    }

    private static int widthOf(int[] chars, int from, int to) {
        int w = 0;
        for (int i = Math.max(0, from); i < Math.min(to, chars.length); i++) {
            w += TextWidth.charWidth(chars[i]);
        }
        return w;
    }

    private static final Comparator<Ann> BY_START_DESC = (a, b) -> b.start().compareTo(a.start());

    /** Returns the depths of multiline spans that start or end on this line. */
    private List<Integer> renderSourceLine(TextBuffer buffer, SourceFile file, Line line, int widthOffset,
                                           int codeOffset, Margin margin) {
        if (line.lineIndex == 0) {
            return List.of();
        }
        String sourceString = getLine(file, line.lineIndex - 1);
        if (sourceString == null) {
            return List.of();
        }
        int[] chars = cps(sourceString);
        int lineOffset = buffer.numLines();
        int left = drawLine(buffer, sourceString, line.lineIndex, lineOffset, widthOffset, codeOffset, margin);

        // A multiline span starting after only whitespace is drawn as `/` in the margin.
        List<int[]> bufferOps = new ArrayList<>();
        List<Integer> shortDepths = new ArrayList<>();
        boolean shortStart = true;
        for (Ann ann : line.anns) {
            if (ann.type() == AnnType.ML_START) {
                boolean allWs = true;
                for (int i = 0; i < Math.min(ann.start().file(), chars.length); i++) {
                    if (!Character.isWhitespace(chars[i]) && !isRustWhitespace(chars[i])) {
                        allWs = false;
                        break;
                    }
                }
                if (allWs) {
                    shortDepths.add(ann.depth());
                    bufferOps.add(new int[] {lineOffset, widthOffset + ann.depth() - 1, '/'});
                } else {
                    shortStart = false;
                    break;
                }
            } else if (ann.type() != AnnType.ML_LINE) {
                shortStart = false;
                break;
            }
        }
        if (shortStart) {
            for (int[] op : bufferOps) {
                buffer.putc(op[0], op[1], op[2]);
            }
            return shortDepths;
        }

        List<Ann> annotations = new ArrayList<>(line.anns);
        annotations.sort(BY_START_DESC);

        boolean[] overlap = new boolean[annotations.size()];
        List<int[]> positions = new ArrayList<>(); // {pos, index into annotations}
        int lineLen = 0;
        int p = 0;
        for (int i = 0; i < annotations.size(); i++) {
            Ann annotation = annotations.get(i);
            for (int j = 0; j < annotations.size(); j++) {
                Ann next = annotations.get(j);
                if (overlaps(next, annotation, 0) && j > i) {
                    overlap[i] = true;
                    overlap[j] = true;
                }
                if (overlaps(next, annotation, 0) && annotation.hasLabel() && j > i && p == 0) {
                    if (next.start().equals(annotation.start()) && next.end().equals(annotation.end())
                        && !next.hasLabel()) {
                        continue;
                    }
                    p++;
                    break;
                }
            }
            positions.add(new int[] {p, i});
            for (int j = 0; j < annotations.size(); j++) {
                if (j > i) {
                    Ann next = annotations.get(j);
                    int l = next.label() == null ? 0 : utf8Len(next.label()) + 2;
                    if ((overlaps(next, annotation, l) && annotation.hasLabel() && next.hasLabel())
                        || (annotation.takesSpace() && next.hasLabel())
                        || (annotation.hasLabel() && next.takesSpace())
                        || (annotation.takesSpace() && next.takesSpace())
                        || (overlaps(next, annotation, l) && next.end().compareTo(annotation.end()) <= 0
                            && next.hasLabel() && p == 0)) {
                        p++;
                        break;
                    }
                }
            }
            lineLen = Math.max(lineLen, p);
        }
        if (lineLen != 0) {
            lineLen++;
        }
        if (line.anns.stream().allMatch(Ann::isLine)) {
            return List.of();
        }
        boolean allStarts = positions.stream().allMatch(x -> annotations.get(x[1]).type() == AnnType.ML_START);
        if (allStarts && !positions.isEmpty()) {
            int maxPos = positions.stream().mapToInt(x -> x[0]).max().orElse(0);
            for (int[] x : positions) {
                x[0] = maxPos - x[0];
            }
            lineLen = Math.max(0, lineLen - 1);
        }

        for (int pos = 0; pos <= lineLen; pos++) {
            buffer.putc(lineOffset + pos + 1, widthOffset - 2, '|');
        }

        // Horizontal lines of multiline starts and ends.
        for (int[] x : positions) {
            Ann annotation = annotations.get(x[1]);
            int pos = x[0] + 1;
            if (annotation.type() == AnnType.ML_START || annotation.type() == AnnType.ML_END) {
                int pre = widthOf(chars, left, annotation.start().file());
                for (int col = widthOffset + annotation.depth(); col < codeOffset + pre; col++) {
                    buffer.putc(lineOffset + pos, col, '_');
                }
            }
        }

        // Vertical lines for labels below the underline line.
        for (int[] x : positions) {
            Ann annotation = annotations.get(x[1]);
            int pos = x[0] + 1;
            int off = codeOffset + widthOf(chars, left, annotation.start().file());
            if (pos > 1 && (annotation.hasLabel() || annotation.takesSpace())) {
                for (int q = lineOffset + 1; q <= lineOffset + pos; q++) {
                    buffer.putc(q, off, '|');
                }
                if (annotation.type() == AnnType.ML_START) {
                    buffer.putc(lineOffset + pos, off, '|');
                }
                if (annotation.type() == AnnType.ML_END && annotation.hasLabel()) {
                    buffer.putc(lineOffset + pos, off, '|');
                }
            }
            if (annotation.type() == AnnType.ML_START) {
                buffer.putc(lineOffset + pos, widthOffset + annotation.depth() - 1, ' ');
                for (int q = lineOffset + pos + 1; q < lineOffset + lineLen + 2; q++) {
                    buffer.putc(q, widthOffset + annotation.depth() - 1, '|');
                }
            } else if (annotation.type() == AnnType.ML_END) {
                for (int q = lineOffset; q < lineOffset + pos; q++) {
                    buffer.putc(q, widthOffset + annotation.depth() - 1, '|');
                }
                buffer.putc(lineOffset + pos, widthOffset + annotation.depth() - 1, '|');
            }
        }

        // Label texts.
        for (int[] x : positions) {
            Ann annotation = annotations.get(x[1]);
            int pos = x[0];
            int row;
            int col;
            if (pos == 0) {
                int pre = widthOf(chars, left, annotation.end().file());
                if (annotation.end().file() == 0) {
                    row = pos + 1;
                    col = pre + 2;
                } else {
                    int pad = annotation.end().file() - annotation.start().file() == 0 ? 2 : 1;
                    row = pos + 1;
                    col = pre + pad;
                }
            } else {
                row = pos + 2;
                col = widthOf(chars, left, annotation.start().file());
            }
            if (annotation.label() != null) {
                buffer.puts(lineOffset + row, codeOffset + col, annotation.label());
            }
        }

        // Underlines, biggest span first so that smaller ones stay visible.
        List<int[]> byLen = new ArrayList<>(positions);
        byLen.sort(Comparator.<int[]>comparingInt(x -> -annotations.get(x[1]).len())
            .thenComparing(x -> annotations.get(x[1]).primary()));
        for (int[] x : byLen) {
            Ann annotation = annotations.get(x[1]);
            int pos = x[0];
            boolean primary = annotation.primary();
            int underline = primary ? '^' : '-';
            int width = annotation.end().file() - annotation.start().file();
            int off = codeOffset + widthOf(chars, left, annotation.start().file());
            int annWidth = widthOf(chars, annotation.start().file(), annotation.start().file() + Math.max(0, width));
            if (annWidth == 0 && annotation.type() == AnnType.SINGLE) {
                annWidth = 1;
            }
            for (int q = 0; q < annWidth; q++) {
                buffer.putc(lineOffset + 1, off + q, underline);
            }
            boolean ml = annotation.type() == AnnType.ML_START || annotation.type() == AnnType.ML_END;
            if (ml) {
                buffer.putc(lineOffset + 1, off, underline);
            } else if (pos != 0 && annotation.hasLabel()) {
                buffer.putc(lineOffset + 1, off, underline);
            }
        }

        // Elide the middle of very long single spans.
        for (int i = 0; i < byLen.size(); i++) {
            int[] x = byLen.get(i);
            if (overlap[i]) {
                continue;
            }
            Ann annotation = annotations.get(x[1]);
            if (annotation.type() != AnnType.SINGLE) {
                continue;
            }
            int width = annotation.end().display() - annotation.start().display();
            if (width > margin.columnWidth * 2 && width > 10) {
                int pad = Math.max(margin.columnWidth / 3, 5);
                buffer.replace(lineOffset, annotation.start().file() + pad, annotation.end().file() - pad, "...");
                buffer.replace(lineOffset + 1, annotation.start().file() + pad, annotation.end().file() - pad, "...");
            }
        }

        List<Integer> depths = new ArrayList<>();
        for (int[] x : byLen) {
            Ann annotation = annotations.get(x[1]);
            if (annotation.type() == AnnType.ML_START || annotation.type() == AnnType.ML_END) {
                depths.add(annotation.depth());
            }
        }
        return depths;
    }
}
