package rac.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/**
 * Draws a {@link Suggestion} as rustc's human emitter does when it does not fit inline: a
 * {@code help:} header and the code as it would read after the change, with {@code +++} under
 * insertions, {@code ~~~} under replacements, or {@code -}/{@code +} diff lines for deletions.
 */
final class SuggestionRenderer {
    private static final int MAX_SUGGESTIONS = 4;

    private final SourceMap sourceMap;

    SuggestionRenderer(SourceMap sourceMap) {
        this.sourceMap = sourceMap;
    }

    /** A part after rustc's trimming of trivial replacements; {@code original} is its span before. */
    record TPart(Span span, String snippet, Span original) {
    }

    record Highlight(int start, int end) {
    }

    /** One substitution spliced into the source: the resulting text and what to highlight. */
    record Spliced(String complete, List<TPart> parts, List<List<Highlight>> highlights, boolean onlyCapitalization) {
    }

    private enum Display { UNDERLINE, DIFF, NONE, ADD }

    private SourceFile file(Span s) {
        return sourceMap.get(s.file());
    }

    private String text(Span s) {
        return file(s).slice(s.start(), s.end());
    }

    /** rustc's {@code is_different}: the snippet differs from the text it replaces. */
    boolean isDifferent(String snippet, Span span) {
        return !text(span).equals(snippet);
    }

    private static final String CONFUSABLES = "cfikosuvwxyz";

    /** rustc's case-difference check behind "(notice the capitalization)". */
    boolean isCaseDifference(String suggested, Span span) {
        String found = text(span);
        int[] f = found.codePoints().toArray();
        int[] s = suggested.codePoints().toArray();
        for (int i = 0; i < Math.min(f.length, s.length); i++) {
            if (f[i] != s[i] && !(f[i] < 128 && CONFUSABLES.indexOf(f[i]) >= 0)
                && !(s[i] < 128 && CONFUSABLES.indexOf(s[i]) >= 0)) {
                return false;
            }
        }
        return found.toLowerCase(java.util.Locale.ROOT).equals(suggested.toLowerCase(java.util.Locale.ROOT))
            && !found.equals(suggested);
    }

    private boolean replacesMeaningfulContent(TPart p) {
        return !text(p.span()).isBlank();
    }

    private boolean isAddition(TPart p) {
        return !p.snippet().isEmpty() && !replacesMeaningfulContent(p);
    }

    private boolean isDeletion(TPart p) {
        return p.snippet().isBlank() && replacesMeaningfulContent(p);
    }

    private boolean isDestructiveReplacement(TPart p) {
        boolean replacement = !p.snippet().isEmpty() && replacesMeaningfulContent(p);
        return replacement && asSubstr(text(p.span()).strip(), p.snippet().strip()) == null;
    }

    /** {prefix bytes, suffix bytes, middle} when the suggestion is the original with text inserted. */
    private static Object[] asSubstr(String original, String suggestion) {
        int[] o = original.codePoints().toArray();
        int[] s = suggestion.codePoints().toArray();
        int n = 0;
        while (n < o.length && n < s.length && o[n] == s[n]) {
            n++;
        }
        String oRest = new String(o, n, o.length - n);
        String sRest = new String(s, n, s.length - n);
        int prefixBytes = HumanEmitter.utf8Len(new String(o, 0, n));
        if (sRest.endsWith(oRest)) {
            return new Object[] {prefixBytes, HumanEmitter.utf8Len(oRest), sRest.substring(0, sRest.length() - oRest.length())};
        }
        return null;
    }

    private TPart trimTrivial(TPart p) {
        if (p.snippet().isEmpty()) {
            return p;
        }
        Object[] r = asSubstr(text(p.span()), p.snippet());
        if (r == null) {
            return p;
        }
        Span s = new Span(p.span().file(), p.span().start() + (int) r[0], p.span().end() - (int) r[1]);
        return new TPart(s, (String) r[2], p.original());
    }

    private static int tabWidth(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += cp == '\t' ? 4 : 1;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Appends line[lo..hi) (char columns; to the end and a newline when hi is absent). */
    private static void pushTrailing(StringBuilder buf, String line, int lo, Integer hi) {
        if (line == null) {
            return;
        }
        int count = line.codePointCount(0, line.length());
        if (lo < count) {
            int loIdx = line.offsetByCodePoints(0, lo);
            if (hi != null && hi < count) {
                int hiIdx = line.offsetByCodePoints(0, hi);
                if (hiIdx > loIdx) {
                    buf.append(line, loIdx, hiIdx);
                }
            } else {
                buf.append(line, loIdx, line.length());
            }
        }
        if (hi == null) {
            buf.append('\n');
        }
    }

    private String getLine(SourceFile f, int idx0) {
        if (idx0 < 0 || idx0 >= f.lineCount()) {
            return null;
        }
        return Positions.lineText(f, idx0);
    }

    /** rustc's {@code CodeSuggestion::splice_lines}. */
    List<Spliced> spliceLines(Suggestion sugg) {
        List<Spliced> out = new ArrayList<>();
        for (Suggestion.Substitution sub : sugg.substitutions()) {
            List<TPart> parts = new ArrayList<>();
            for (Suggestion.Part p : sub.parts()) {
                parts.add(new TPart(p.span(), p.snippet(), p.span()));
            }
            parts.sort(Comparator.comparingInt(p -> p.span().start()));
            int lo = parts.stream().mapToInt(p -> p.span().start()).min().orElseThrow();
            SourceFile sf = file(parts.get(0).span());
            int prevHiLine = Positions.line(sf, lo);
            int prevHiCol = 0;
            String prevLine = getLine(sf, prevHiLine - 1);
            StringBuilder buf = new StringBuilder();
            List<List<Highlight>> highlights = new ArrayList<>();
            List<Highlight> lineHighlight = new ArrayList<>();
            int acc = 0;
            boolean onlyCap = false;
            for (int i = 0; i < parts.size(); i++) {
                TPart part = trimTrivial(parts.get(i));
                parts.set(i, part);
                onlyCap |= isCaseDifference(part.snippet(), part.span());
                int curLoLine = Positions.line(sf, part.span().start());
                int curLoCol = Positions.col(sf, part.span().start());
                if (prevHiLine == curLoLine) {
                    pushTrailing(buf, prevLine, prevHiCol, curLoCol);
                } else {
                    acc = 0;
                    highlights.add(lineHighlight);
                    lineHighlight = new ArrayList<>();
                    pushTrailing(buf, prevLine, prevHiCol, null);
                    for (int idx = prevHiLine; idx < curLoLine - 1; idx++) {
                        String l = getLine(sf, idx);
                        if (l != null) {
                            buf.append(l).append('\n');
                            highlights.add(lineHighlight);
                            lineHighlight = new ArrayList<>();
                        }
                    }
                    String curLine = getLine(sf, curLoLine - 1);
                    if (curLine != null) {
                        int cnt = curLine.codePointCount(0, curLine.length());
                        int end = curLoCol < cnt ? curLine.offsetByCodePoints(0, curLoCol) : curLine.length();
                        buf.append(curLine, 0, end);
                    }
                }
                String firstSnippetLine = part.snippet().split("\n", -1)[0];
                int len = tabWidth(firstSnippetLine);
                if (isDifferent(part.snippet(), part.span())) {
                    lineHighlight.add(new Highlight(curLoCol + acc, curLoCol + acc + len));
                }
                buf.append(part.snippet());
                int curHiLine = Positions.line(sf, part.span().end());
                int curHiCol = Positions.col(sf, part.span().end());
                acc += len - (curHiCol - curLoCol);
                prevHiLine = curHiLine;
                prevHiCol = curHiCol;
                prevLine = getLine(sf, prevHiLine - 1);
                String[] snippetLines = part.snippet().split("\n", -1);
                for (int k = 1; k < snippetLines.length; k++) {
                    acc = 0;
                    highlights.add(lineHighlight);
                    lineHighlight = new ArrayList<>();
                    lineHighlight.add(new Highlight(0, tabWidth(snippetLines[k])));
                }
            }
            highlights.add(lineHighlight);
            if (buf.isEmpty() || buf.charAt(buf.length() - 1) != '\n') {
                pushTrailing(buf, prevLine, prevHiCol, null);
            }
            while (!buf.isEmpty() && buf.charAt(buf.length() - 1) == '\n') {
                buf.setLength(buf.length() - 1);
            }
            if (highlights.stream().allMatch(List::isEmpty)) {
                continue;
            }
            out.add(new Spliced(buf.toString(), parts, highlights, onlyCap));
        }
        return out;
    }

    private static void drawLineNum(TextBuffer buffer, int lineNum, int row, int maxLineNumLen) {
        String n = Integer.toString(lineNum);
        buffer.puts(row, Math.max(0, maxLineNumLen - n.length()), n);
    }

    /** rustc's {@code emit_suggestion_default}; returns the rendered lines (no newlines). */
    List<String> render(Span primarySpan, Suggestion suggestion, int maxLineNumLen) {
        List<Spliced> suggestions = spliceLines(suggestion);
        if (suggestions.isEmpty()) {
            return List.of();
        }
        TextBuffer buffer = new TextBuffer();
        buffer.append(0, Level.HELP.text());
        buffer.append(0, ": ");
        String msg = suggestion.message();
        for (int i = 0; i < Math.min(MAX_SUGGESTIONS, suggestions.size()); i++) {
            if (suggestions.get(i).onlyCapitalization()) {
                msg += " (notice the capitalization)";
                break;
            }
        }
        String padding = " ".repeat(maxLineNumLen + "suggestion".length() + 5);
        String[] msgLines = TextWidth.normalize(msg).split("\n", -1);
        for (int i = 0; i < msgLines.length; i++) {
            if (i != 0) {
                buffer.append(i, padding);
            }
            buffer.append(i, msgLines[i]);
        }
        int otherSuggestions = Math.max(0, suggestions.size() - MAX_SUGGESTIONS);
        int row = 2;
        for (int i = 0; i < Math.min(MAX_SUGGESTIONS, suggestions.size()); i++) {
            Spliced sp = suggestions.get(i);
            String complete = sp.complete();
            List<TPart> parts = sp.parts();
            boolean hasDeletion = parts.stream().anyMatch(p -> isDeletion(p) || isDestructiveReplacement(p));
            List<String> completeLines = HumanEmitter.rustLines(complete);
            boolean isMultiline = completeLines.size() > 1;
            buffer.putc(row - 1, maxLineNumLen + 1, '|');
            SourceFile partFile = file(parts.get(0).span());
            if (primarySpan != null) {
                SourceFile primaryFile = file(primarySpan);
                if (!partFile.name().equals(primaryFile.name())) {
                    int start = parts.get(0).span().start();
                    buffer.puts(row - 1, 0, "--> ");
                    String message = partFile.name() + ":" + Positions.line(partFile, start) + ":"
                        + (Positions.col(partFile, start) + 1);
                    if (row == 2) {
                        buffer.puts(1, Math.max(maxLineNumLen + 1, 4), message);
                    } else {
                        buffer.append(row - 1, message);
                    }
                    for (int k = 0; k < maxLineNumLen; k++) {
                        buffer.prepend(row - 1, " ");
                    }
                    buffer.putc(row, maxLineNumLen + 1, '|');
                    row++;
                }
            }
            Display show;
            if (hasDeletion && !isMultiline) {
                show = Display.DIFF;
            } else if (parts.size() == 1 && parts.get(0).snippet().endsWith("\n")
                && parts.get(0).snippet().strip().equals(complete.strip())) {
                show = Display.ADD;
            } else if ((parts.size() != 1 || !parts.get(0).snippet().strip().equals(complete.strip())) && !isMultiline) {
                show = Display.UNDERLINE;
            } else {
                show = Display.NONE;
            }
            if (show == Display.DIFF) {
                row++;
            }
            Span first = parts.get(0).span();
            int fileLineFirst = Positions.lineIndex(partFile, first.start());
            int fileLineLast = Positions.lineIndex(partFile, first.end());
            int lineStart = Positions.line(partFile, parts.get(0).original().start());
            int[] rowRef = {row};
            if (completeLines.isEmpty()) {
                int lineEnd = Positions.line(partFile, parts.get(0).original().end());
                for (int line = lineStart; line <= lineEnd; line++) {
                    drawLineNum(buffer, line, rowRef[0] - 1 + line - lineStart, maxLineNumLen);
                    buffer.puts(rowRef[0] - 1 + line - lineStart, maxLineNumLen + 1, "- ");
                    buffer.puts(rowRef[0] - 1 + line - lineStart, maxLineNumLen + 3,
                        TextWidth.normalize(getLine(partFile, line - 1)));
                }
                rowRef[0] += lineEnd - lineStart;
            }
            List<Object[]> unhighlighted = new ArrayList<>();
            int lastPos = 0;
            boolean isItemAttribute = false;
            List<List<Highlight>> hls = sp.highlights();
            int n = Math.min(completeLines.size(), hls.size());
            for (int linePos = 0; linePos < n; linePos++) {
                String line = completeLines.get(linePos);
                List<Highlight> hl = hls.get(linePos);
                lastPos = linePos;
                if (hl.isEmpty()) {
                    unhighlighted.add(new Object[] {linePos, line});
                    continue;
                }
                if (hl.size() == 1 && line.strip().startsWith("#[") && line.strip().endsWith("]")
                    && completeLines.size() == 1) {
                    isItemAttribute = true;
                }
                if (!unhighlighted.isEmpty()) {
                    if (unhighlighted.size() <= 3) {
                        for (Object[] u : unhighlighted) {
                            drawCodeLine(buffer, rowRef, List.of(), (int) u[0] + lineStart, (String) u[1], show,
                                maxLineNumLen, partFile, fileLineFirst, fileLineLast, isMultiline);
                        }
                    } else {
                        Object[] lastLine = unhighlighted.get(unhighlighted.size() - 1);
                        Object[] firstLine = unhighlighted.get(0);
                        drawCodeLine(buffer, rowRef, List.of(), (int) firstLine[0] + lineStart, (String) firstLine[1],
                            show, maxLineNumLen, partFile, fileLineFirst, fileLineLast, isMultiline);
                        buffer.puts(rowRef[0], Math.max(0, maxLineNumLen - 3), "...");
                        rowRef[0]++;
                        drawCodeLine(buffer, rowRef, List.of(), (int) lastLine[0] + lineStart, (String) lastLine[1],
                            show, maxLineNumLen, partFile, fileLineFirst, fileLineLast, isMultiline);
                    }
                    unhighlighted.clear();
                }
                drawCodeLine(buffer, rowRef, hl, linePos + lineStart, line, show, maxLineNumLen, partFile,
                    fileLineFirst, fileLineLast, isMultiline);
            }
            if (show == Display.ADD && isItemAttribute) {
                int lineNum = Positions.line(partFile, first.start());
                String l = getLine(partFile, lineNum - 1);
                if (l != null) {
                    drawCodeLine(buffer, rowRef, List.of(), lineNum + lastPos + 1, TextWidth.normalize(l), Display.NONE,
                        maxLineNumLen, partFile, fileLineFirst, fileLineLast, isMultiline);
                }
            }
            row = rowRef[0];
            if (show == Display.DIFF || show == Display.UNDERLINE || show == Display.ADD) {
                List<int[]> offsets = new ArrayList<>();
                for (TPart part : parts) {
                    int spanStartPos = Positions.colDisplay(partFile, part.span().start());
                    int spanEndPos = Positions.colDisplay(partFile, part.span().end());
                    boolean wsAddition = part.snippet().isBlank();
                    String snippet = part.snippet();
                    int start = wsAddition ? 0 : HumanEmitter.utf8Len(snippet) - HumanEmitter.utf8Len(snippet.stripLeading());
                    int subLen = TextWidth.width(wsAddition ? snippet : snippet.strip());
                    int offset = 0;
                    for (int[] o : offsets) {
                        if (spanStartPos >= o[0]) {
                            offset += o[1];
                        }
                    }
                    int underlineStart = spanStartPos + start + offset;
                    int underlineEnd = spanStartPos + start + subLen + offset;
                    int pad = maxLineNumLen + 3;
                    if (show == Display.UNDERLINE && isDifferent(part.snippet(), part.span())) {
                        for (int p = underlineStart; p < underlineEnd; p++) {
                            buffer.putc(row, pad + p, isAddition(part) ? '+' : '~');
                        }
                    }
                    int fullSubLen = TextWidth.width(snippet);
                    int snippetLen = spanEndPos - spanStartPos;
                    offsets.add(new int[] {spanEndPos, fullSubLen - snippetLen});
                }
                row++;
            }
            if (n < completeLines.size()) {
                buffer.puts(row, Math.max(0, maxLineNumLen - 3), "...");
            } else {
                int r = show == Display.NONE ? row : row - 1;
                buffer.putc(r, maxLineNumLen + 1, '|');
                row = r + 1;
            }
        }
        if (otherSuggestions > 0) {
            buffer.puts(row, maxLineNumLen + 1, "= ");
            buffer.append(row, "and " + otherSuggestions + " other candidate" + (otherSuggestions == 1 ? "" : "s"));
        }
        return buffer.render();
    }

    private void drawCodeLine(TextBuffer buffer, int[] rowRef, List<Highlight> hl, int lineNum, String lineToAdd,
                              Display show, int maxLineNumLen, SourceFile f, int fileLineFirst, int fileLineLast,
                              boolean isMultiline) {
        int row = rowRef[0];
        if (show == Display.DIFF) {
            int count = fileLineLast - fileLineFirst + 1;
            for (int index = 0; index < count - 1; index++) {
                drawLineNum(buffer, lineNum + index, row - 1, maxLineNumLen);
                buffer.puts(row - 1, maxLineNumLen + 1, "- ");
                buffer.puts(row - 1, maxLineNumLen + 3, TextWidth.normalize(getLine(f, fileLineFirst + index)));
                row++;
            }
            String lastLine = getLine(f, fileLineLast);
            if (!lastLine.equals(lineToAdd)) {
                drawLineNum(buffer, lineNum + count - 1, row - 1, maxLineNumLen);
                buffer.puts(row - 1, maxLineNumLen + 1, "- ");
                buffer.puts(row - 1, maxLineNumLen + 3, TextWidth.normalize(lastLine));
                if (!lineToAdd.isBlank()) {
                    drawLineNum(buffer, lineNum, row, maxLineNumLen);
                    buffer.puts(row, maxLineNumLen + 1, "+ ");
                    buffer.append(row, TextWidth.normalize(lineToAdd));
                } else {
                    row--;
                }
            } else {
                row -= 2;
            }
        } else if (isMultiline) {
            drawLineNum(buffer, lineNum, row, maxLineNumLen);
            if (hl.size() == 1 && hl.get(0).start() == 0 && hl.get(0).end() == HumanEmitter.utf8Len(lineToAdd)) {
                buffer.puts(row, maxLineNumLen + 1, "+ ");
            } else if (hl.isEmpty() || (hl.size() == 1 && hl.get(0).start() == 0 && hl.get(0).end() == 0)) {
                buffer.putc(row, maxLineNumLen + 1, '|');
            } else {
                buffer.puts(row, maxLineNumLen + 1, "~ ");
            }
            buffer.puts(row, maxLineNumLen + 3, TextWidth.normalize(lineToAdd));
        } else if (show == Display.ADD) {
            drawLineNum(buffer, lineNum, row, maxLineNumLen);
            buffer.puts(row, maxLineNumLen + 1, "+ ");
            buffer.append(row, TextWidth.normalize(lineToAdd));
        } else {
            drawLineNum(buffer, lineNum, row, maxLineNumLen);
            buffer.puts(row, maxLineNumLen + 1, "| ");
            buffer.append(row, TextWidth.normalize(lineToAdd));
        }
        rowRef[0] = row + 1;
    }
}
