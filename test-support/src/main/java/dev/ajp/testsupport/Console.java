package dev.ajp.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a main prints, for the test that runs it and checks the tutorial's result in its output. */
public final class Console {

    /** Something that prints, such as {@code () -> ChapterMain.main(new String[0])}. */
    @FunctionalInterface
    public interface Printing {
        void run() throws Exception;
    }

    private Console() {}

    /**
     * Runs {@code printing} with {@code System.out} captured, and returns what it printed (UTF-8, line ends as
     * printed). {@code System.out} is restored afterwards, also when it throws.
     */
    public static synchronized String capture(Printing printing) {
        var out = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            printing.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The block of {@code printed} that starts with the one line beginning with {@code firstLine}, up to the next
     * empty line (or the end): how a main prints one approach's result and SQL. Line ends may be {@code \n} or
     * {@code \r\n}.
     *
     * @throws IllegalArgumentException when no line, or more than one, starts with {@code firstLine}
     */
    public static List<String> block(String printed, String firstLine) {
        var lines = List.of(printed.split("\\R", -1));
        var starts = lines.stream().filter(l -> l.startsWith(firstLine)).toList();
        if (starts.size() != 1) {
            throw new IllegalArgumentException(
                    starts.size() + " lines start with '" + firstLine + "', expected exactly one:\n" + printed);
        }
        var from = lines.indexOf(starts.get(0));
        var to = from;
        while (to < lines.size() && !lines.get(to).isEmpty()) {
            to++;
        }
        return lines.subList(from, to);
    }
}
