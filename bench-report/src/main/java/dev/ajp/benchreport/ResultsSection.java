package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated part of a chapter's {@code bench/RESULTS.md}: the lines between {@value #BEGIN} and {@value #END}.
 * Everything outside the two marker lines is kept byte for byte, line endings included, so a chapter may add its own
 * words around the tables. A chapter without the file gets one: a title, a sentence that links back to the chapter's
 * README, and the markers.
 */
final class ResultsSection {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    static final String FILE_NAME = "RESULTS.md";

    private final Path file;
    private final String text;
    private final int contentStart;
    private final int contentEnd;

    private ResultsSection(Path file, String text, int contentStart, int contentEnd) {
        this.file = file;
        this.text = text;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
    }

    /**
     * Finds the section of {@code bench/RESULTS.md}; when the file does not exist yet, of the one it will be (nothing
     * is written before {@link #replace}).
     *
     * @param title the file's title when it is new (the chapter's)
     * @throws ReportException when the file does not have each marker exactly once, on a line of its own, the begin
     *     marker first
     */
    static ResultsSection of(Path bench, String title) {
        var file = bench.resolve(FILE_NAME);
        String text;
        try {
            text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : newFile(title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(file, text);
    }

    /** A new results file: its title, a sentence that links back to the chapter, and the markers. */
    static String newFile(String title) {
        return "# " + title + ": every benchmark result\n\n"
                + "The tables and charts of every benchmark of the chapter, on each database it was measured on; the "
                + "lesson and what the figures mean are in the chapter's [README](../README.md).\n\n"
                + BEGIN + "\n" + END + "\n";
    }

    private static ResultsSection parse(Path file, String text) {
        var begin = markerLine(file, text, BEGIN);
        var end = markerLine(file, text, END);
        if (end < begin) {
            throw new ReportException(file + ": " + END + " comes before " + BEGIN);
        }
        var afterBegin = text.indexOf('\n', begin);
        return new ResultsSection(file, text, afterBegin + 1, end);
    }

    /** The start of the one line that holds the marker and nothing else. */
    private static int markerLine(Path file, String text, String marker) {
        var found = -1;
        var lineStart = 0;
        while (lineStart < text.length()) {
            var lineEnd = text.indexOf('\n', lineStart);
            var line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.strip().equals(marker)) {
                if (found >= 0) {
                    throw new ReportException(file + " has the line " + marker + " more than once");
                }
                found = lineStart;
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (found < 0) {
            throw new ReportException(file + " has no line " + marker + ": add the two lines " + BEGIN + " and " + END
                    + " where the generated tables belong");
        }
        if (marker.equals(BEGIN) && text.indexOf('\n', found) < 0) {
            throw new ReportException(file + ": " + BEGIN + " is its last line; " + END + " must follow it");
        }
        return found;
    }

    /** The file with the section replaced; {@code content} uses \n, converted to the README's line ending. */
    String replacedWith(String content) {
        var lineEnding = text.contains("\r\n") ? "\r\n" : "\n";
        var body = content.endsWith("\n") ? content : content + "\n";
        return text.substring(0, contentStart) + body.replace("\n", lineEnding) + text.substring(contentEnd);
    }

    /** Writes the file with the section replaced; returns whether that changed (or created) the file. */
    boolean replace(String content) throws IOException {
        var replaced = replacedWith(content);
        if (replaced.equals(text) && Files.exists(file)) {
            return false;
        }
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
        return true;
    }
}
