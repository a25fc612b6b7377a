package dev.ajp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The relative links of Markdown files resolve: {@code [text](target)}, {@code ![alt](target)} and {@code [name]:
 * target} outside fenced code blocks, inline code and HTML comments. A target with a scheme ({@code https:}, {@code
 * mailto:}) is not followed. The file or folder a relative target names must exist (relative to the Markdown file; a
 * target starting with {@code /} is relative to the repository root); its {@code #anchor}, when it names a Markdown
 * file (or the file itself, for {@code #anchor} alone), must be one of that file's heading anchors as GitHub makes them:
 * the heading's text in lower case, every character but letters, digits, spaces, {@code -} and {@code _} left out,
 * spaces made {@code -}, and {@code -1}, {@code -2}, ... added to repeated ones; an HTML {@code id} or {@code name}
 * attribute is an anchor too.
 */
public final class MarkdownLinks {

    private static final Pattern INLINE =
            Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+(\\S+)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("\\b(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private MarkdownLinks() {}

    /** Every Markdown file below {@code root}, leaving out build output ({@code target}) and hidden folders. */
    public static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> {
                        for (var part : root.relativize(p)) {
                            var name = part.toString();
                            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root, e);
        }
    }

    /** The broken relative links of the Markdown files below {@code root}; empty when every one resolves. */
    public static List<String> problems(Path root) {
        var anchors = new HashMap<Path, Set<String>>();
        var problems = new ArrayList<String>();
        for (var file : markdownFiles(root)) {
            problems.addAll(problems(root, file, anchors));
        }
        return problems;
    }

    /** The broken relative links of one Markdown file; {@code root} is the repository's root. */
    public static List<String> problems(Path root, Path file) {
        return problems(root, file, new HashMap<>());
    }

    private static List<String> problems(Path root, Path file, HashMap<Path, Set<String>> anchors) {
        var problems = new ArrayList<String>();
        var lines = prose(read(file), true);
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var targets = new ArrayList<String>();
            var inline = INLINE.matcher(line);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            var definition = DEFINITION.matcher(line);
            if (definition.find()) {
                targets.add(definition.group(1));
            }
            for (var target : targets) {
                var problem = problem(root, file, unbracket(target), anchors);
                if (problem != null) {
                    problems.add(root.relativize(file) + ":" + (i + 1) + ": " + target + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static String unbracket(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    private static String problem(Path root, Path file, String target, HashMap<Path, Set<String>> anchors) {
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        var hash = target.indexOf('#');
        var path = URLDecoder.decode(
                (hash < 0 ? target : target.substring(0, hash)).replace("+", "%2B"), StandardCharsets.UTF_8);
        var anchor = hash < 0
                ? null
                : URLDecoder.decode(target.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        var query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path resolved;
        if (path.isEmpty()) {
            resolved = file;
        } else if (path.startsWith("/")) {
            resolved = root.resolve(path.substring(1)).normalize();
        } else {
            resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) {
            return null;
        }
        var known = anchors.computeIfAbsent(resolved, f -> anchors(read(f)));
        return known.contains(anchor.toLowerCase(Locale.ROOT)) ? null : "no heading with the anchor #" + anchor;
    }

    /** The anchors GitHub gives the headings of a Markdown text, and its HTML {@code id}/{@code name} anchors. */
    static Set<String> anchors(String markdown) {
        var anchors = new HashSet<String>();
        var seen = new HashMap<String, Integer>();
        for (var line : prose(markdown, false)) {
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                var slug = slug(heading.group(1));
                var times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        var html = HTML_ANCHOR.matcher(markdown);
        while (html.find()) {
            anchors.add(html.group(1).toLowerCase(Locale.ROOT));
        }
        return anchors;
    }

    /** GitHub's anchor of a heading's text. */
    static String slug(String heading) {
        var text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link: its text
                .replaceAll("<[^>]+>", "") // HTML tags
                .replace("`", "")
                .toLowerCase(Locale.ROOT);
        var slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** The lines outside fenced code blocks, with inline code and HTML comments blanked (lines keep their numbers). */
    private static List<String> prose(String markdown, boolean withoutCode) {
        var text = COMMENT.matcher(markdown).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        var lines = new ArrayList<String>();
        var fenced = false;
        for (var line : text.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                lines.add("");
                continue;
            }
            lines.add(fenced ? "" : withoutCode ? CODE_SPAN.matcher(line).replaceAll("") : line);
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
