package dev.ajp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape every chapter's lesson ({@code README.md}) keeps: one {@code #} title first, then exactly the level-2
 * headings of {@link #HEADINGS}, in that order (level-3 headings and below are free), and at most {@link #MAX_WORDS}
 * words. A word is any whitespace-separated token of the file, code blocks, diagrams and comments included: the
 * budget is what the reader scrolls through, and it is the count {@code wc -w} gives.
 */
public final class LessonShape {

    /** The level-2 headings of a lesson, in order. */
    public static final List<String> HEADINGS = List.of(
            "In one minute",
            "The tutorial's code",
            "Run it",
            "The approaches",
            "How it works",
            "Pitfalls",
            "What to use",
            "Measured",
            "Further");

    /** The most words a lesson holds. */
    public static final int MAX_WORDS = 3_000;

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private LessonShape() {}

    /** What differs from the lesson's shape; empty when the README keeps it. */
    public static List<String> problems(Path readme) {
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + readme, e);
        }
        var problems = new ArrayList<String>();
        var headings = headings(text);
        if (headings.isEmpty() || !headings.get(0).startsWith("# ")) {
            problems.add(readme + ": the first heading is not the '# ' title");
        }
        var titles = headings.stream().filter(h -> h.startsWith("# ")).count();
        if (titles != 1) {
            problems.add(readme + ": " + titles + " level-1 headings, expected one title");
        }
        var second = headings.stream()
                .filter(h -> h.startsWith("## "))
                .map(h -> h.substring(3))
                .toList();
        if (!second.equals(HEADINGS)) {
            problems.add(readme + ": the level-2 headings are " + second + ", expected " + HEADINGS);
        }
        var words = words(text);
        if (words > MAX_WORDS) {
            problems.add(readme + ": " + words + " words, at most " + MAX_WORDS);
        }
        return problems;
    }

    /** The words of a Markdown text: every whitespace-separated token, code and comments included. */
    public static int words(String markdown) {
        var stripped = markdown.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** The headings ({@code "## Run it"}), outside fenced code blocks and HTML comments, in order. */
    static List<String> headings(String markdown) {
        var headings = new ArrayList<String>();
        for (var line : prose(markdown)) {
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(heading.group(1) + " " + heading.group(2));
            }
        }
        return headings;
    }

    /** The lines outside fenced code blocks, HTML comments removed first. */
    private static List<String> prose(String markdown) {
        var text = COMMENT.matcher(markdown).replaceAll(" ");
        var lines = new ArrayList<String>();
        var fenced = false;
        for (var line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }
}
