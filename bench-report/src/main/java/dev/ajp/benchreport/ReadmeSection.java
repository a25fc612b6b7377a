package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated part of a chapter's README: the lines between {@value #BEGIN} and {@value #END}. Everything
 * outside the two marker lines is kept byte for byte, line endings included.
 */
final class ReadmeSection {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private final Path readme;
    private final String text;
    private final int contentStart;
    private final int contentEnd;

    private ReadmeSection(Path readme, String text, int contentStart, int contentEnd) {
        this.readme = readme;
        this.text = text;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
    }

    /**
     * Finds the section of a README.
     *
     * @throws ReportException when the README is missing, or does not have each marker exactly once, on a line of
     *     its own, the begin marker first
     */
    static ReadmeSection of(Path readme) {
        if (!Files.isRegularFile(readme)) {
            throw new ReportException(readme + " does not exist; the measured results go into the chapter's README, "
                    + "between the lines " + BEGIN + " and " + END);
        }
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var begin = markerLine(readme, text, BEGIN);
        var end = markerLine(readme, text, END);
        if (end < begin) {
            throw new ReportException(readme + ": " + END + " comes before " + BEGIN);
        }
        var afterBegin = text.indexOf('\n', begin);
        return new ReadmeSection(readme, text, afterBegin + 1, end);
    }

    /** The start of the one line that holds the marker and nothing else. */
    private static int markerLine(Path readme, String text, String marker) {
        var found = -1;
        var lineStart = 0;
        while (lineStart < text.length()) {
            var lineEnd = text.indexOf('\n', lineStart);
            var line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.strip().equals(marker)) {
                if (found >= 0) {
                    throw new ReportException(readme + " has the line " + marker + " more than once");
                }
                found = lineStart;
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (found < 0) {
            throw new ReportException(readme + " has no line " + marker + ": add the two lines " + BEGIN + " and " + END
                    + " where the measured results belong (a \"Measured\" section)");
        }
        if (marker.equals(BEGIN) && text.indexOf('\n', found) < 0) {
            throw new ReportException(readme + ": " + BEGIN + " is its last line; " + END + " must follow it");
        }
        return found;
    }

    /** The README with the section replaced; {@code content} uses \n, converted to the README's line ending. */
    String replacedWith(String content) {
        var lineEnding = text.contains("\r\n") ? "\r\n" : "\n";
        var body = content.endsWith("\n") ? content : content + "\n";
        return text.substring(0, contentStart) + body.replace("\n", lineEnding) + text.substring(contentEnd);
    }

    /** Writes the README with the section replaced; returns whether that changed the file. */
    boolean replace(String content) throws IOException {
        var replaced = replacedWith(content);
        if (replaced.equals(text)) {
            return false;
        }
        Files.writeString(readme, replaced, StandardCharsets.UTF_8);
        return true;
    }
}
