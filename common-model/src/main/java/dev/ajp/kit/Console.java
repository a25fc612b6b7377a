package dev.ajp.kit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
}
