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
 * Keeps the Java in a README equal to real, compiled, tested source.
 *
 * <p>In the source, a region is marked with {@code // tag::name[]} and {@code // end::name[]}. In the README, a
 * fenced {@code java} block is preceded by a marker naming the file (relative to the README) and the region:
 *
 * <pre>
 * &lt;!-- snippet: src/main/java/dev/ajp/eagerloading/JdbiReduceRows.java#query --&gt;
 * ```java
 * ...the region, with its common indentation removed...
 * ```
 * </pre>
 *
 * {@link #problems(Path)} lists every block that differs from its region, every marker whose file or region is
 * missing, every {@code java} block without a marker, and a README without any snippet; each chapter's build has a test that asserts the list is
 * empty. {@link #main} with {@code --update} rewrites the blocks from the source instead.
 */
public final class ReadmeSnippets {

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)#(\\S+) -->$");
    private static final String FENCE = "```";

    private ReadmeSnippets() {}

    /**
     * The differences between a README's snippets and their source regions; empty when they agree. A README with no
     * checked snippet at all is a problem too: a chapter's lesson shows its code from tagged source, and a check that
     * finds nothing to compare must not pass (as it would if every marker and its block were deleted).
     */
    public static List<String> problems(Path readme) {
        var problems = new ArrayList<String>();
        render(readme, problems);
        if (read(readme).stream().noneMatch(line -> MARKER.matcher(line.strip()).matches())) {
            problems.add(
                    readme + ": no checked snippet (a '<!-- snippet: file#region -->' line before a ```java block)");
        }
        return problems;
    }

    /**
     * The problems of a chapter's two Markdown files: its {@code README.md} (see {@link #problems(Path)}) and, when the
     * chapter has one, its {@code REFERENCE.md} (which may hold no snippet at all).
     */
    public static List<String> chapterProblems(Path moduleDirectory) {
        var problems = new ArrayList<>(problems(moduleDirectory.resolve("README.md")));
        var reference = moduleDirectory.resolve("REFERENCE.md");
        if (Files.isRegularFile(reference)) {
            render(reference, problems);
        }
        return problems;
    }

    /** Rewrites every snippet of the README from its source region. */
    public static void update(Path readme) {
        var problems = new ArrayList<String>();
        var text = render(readme, problems);
        var unfixable =
                problems.stream().filter(p -> !p.contains("differs from")).toList();
        if (!unfixable.isEmpty()) {
            throw new IllegalStateException(String.join("\n", unfixable));
        }
        write(readme, text);
    }

    /**
     * Checks ({@code java ... ReadmeSnippets README.md}) or rewrites ({@code --update README.md}) the snippets of
     * the given READMEs.
     */
    public static void main(String[] args) {
        var doUpdate = args.length > 0 && args[0].equals("--update");
        var readmes = new ArrayList<Path>();
        for (var i = doUpdate ? 1 : 0; i < args.length; i++) {
            readmes.add(Path.of(args[i]));
        }
        if (readmes.isEmpty()) {
            readmes.add(Path.of("README.md"));
        }
        var failed = false;
        for (var readme : readmes) {
            if (doUpdate) {
                update(readme);
                System.out.println("updated " + readme);
            } else {
                for (var problem : problems(readme)) {
                    System.out.println(problem);
                    failed = true;
                }
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    /** The README with every snippet taken from its source; what differs or is missing goes to {@code problems}. */
    private static String render(Path readme, List<String> problems) {
        var lines = read(readme);
        var out = new ArrayList<String>();
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var marker = MARKER.matcher(line.strip());
            if (line.strip().equals(FENCE + "java")) {
                problems.add(readme + ":" + (i + 1) + ": a java block without a '<!-- snippet: file#region -->' line");
            }
            out.add(line);
            if (!marker.matches()) {
                continue;
            }
            var where = readme + ":" + (i + 1);
            if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals(FENCE + "java")) {
                problems.add(where + ": the snippet marker is not followed by a ```java line");
                continue;
            }
            var end = i + 2;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end >= lines.size()) {
                problems.add(where + ": the java block is not closed");
                continue;
            }
            var shown = lines.subList(i + 2, end);
            var source =
                    readme.toAbsolutePath().getParent().resolve(marker.group(1)).normalize();
            List<String> region;
            try {
                region = region(source, marker.group(2));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                out.addAll(lines.subList(i + 1, end + 1));
                i = end;
                continue;
            }
            if (!shown.equals(region)) {
                problems.add(where + ": the snippet differs from " + marker.group(1) + "#" + marker.group(2)
                        + " (update it with ReadmeSnippets --update)\n--- README\n" + String.join("\n", shown)
                        + "\n--- source\n" + String.join("\n", region));
            }
            out.add(lines.get(i + 1));
            out.addAll(region);
            out.add(lines.get(end));
            i = end;
        }
        return String.join("\n", out) + "\n";
    }

    /** The lines between {@code tag::name[]} and {@code end::name[]}, without tag lines and common indentation. */
    static List<String> region(Path source, String name) {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("no such file: " + source);
        }
        var lines = read(source);
        var start = -1;
        var end = -1;
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.equals("// tag::" + name + "[]")) {
                start = i;
            } else if (line.equals("// end::" + name + "[]") && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no region '" + name + "' (// tag::" + name + "[] ... // end::" + name
                    + "[]) in " + source.getFileName());
        }
        var body = lines.subList(start + 1, end).stream()
                .filter(l -> !l.strip().matches("// (tag|end)::\\S+\\[\\]"))
                .toList();
        var indent = body.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return body.stream()
                .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
