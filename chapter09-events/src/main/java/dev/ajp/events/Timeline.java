package dev.ajp.events;

import dev.ajp.kit.RecordedEntry;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.Recording;
import dev.ajp.kit.SqlRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * When each hook runs, shown against what reached the database: the application's calls ({@link #app}, such as
 * {@code persist() called}) and the hooks' own words ({@link #hook}, such as {@code About to insert Kevin}) merged
 * with the statements and connection events the kit's recorder saw, in the order they happened.
 *
 * <p>A note remembers how many entries the recorder held when it was made, which places it between two of them. Notes
 * are kept only while {@link #record} runs on this thread; anywhere else (a benchmark, a test that does not ask) a
 * note costs one thread-local look-up and is dropped.
 */
public final class Timeline {

    /** Who wrote a line of the timeline. */
    public enum Source {
        /** The application's code: the calls it makes on the framework. */
        APP,
        /** A hook: a callback, a listener, a trigger class running inside the JVM. */
        HOOK,
        /** A statement the recorder saw. */
        SQL,
        /** A connection event the recorder saw: commit, rollback, auto-commit. */
        JDBC
    }

    /**
     * One line of a timeline.
     *
     * @param text the note, or the statement or event in its compact form
     * @param outline the note, or the recorder's short form ({@code insert}, {@code commit}): what tests compare
     */
    public record Line(Source source, String text, String outline) {
        @Override
        public String toString() {
            return String.format("  %-5s %s", source.name().toLowerCase(), text);
        }
    }

    private record Note(int position, Source source, String text) {}

    private static final ThreadLocal<Timeline> CURRENT = new ThreadLocal<>();

    private final SqlRecorder recorder;
    private final List<Note> notes = new ArrayList<>();

    private Timeline(SqlRecorder recorder) {
        this.recorder = recorder;
    }

    /** A call the application makes, such as {@code persist() called}. */
    public static void app(String text) {
        note(Source.APP, text);
    }

    /** What a hook does, in its own words, such as {@code About to insert Kevin}. */
    public static void hook(String text) {
        note(Source.HOOK, text);
    }

    private static void note(Source source, String text) {
        var timeline = CURRENT.get();
        if (timeline != null) {
            timeline.notes.add(new Note(timeline.recorder.entries().size(), source, text));
        }
    }

    /** A result, and the timeline of the work that produced it. */
    public record Recorded<T>(T result, Recording<T> recording, List<Line> lines) {

        /** Each line's {@linkplain Line#outline() short form}, in order. */
        public List<String> outline() {
            return lines.stream().map(Line::outline).toList();
        }

        /** Every line, for a main's output. */
        public String describe() {
            return String.join("\n", lines.stream().map(Line::toString).toList());
        }
    }

    /** Runs {@code work} with the recorder ({@link SqlRecorder#record}) and keeps the notes made meanwhile. */
    public static <T> Recorded<T> record(SqlRecorder recorder, Supplier<T> work) {
        var timeline = new Timeline(recorder);
        var outer = CURRENT.get();
        CURRENT.set(timeline);
        Recording<T> recording;
        try {
            recording = recorder.record(work);
        } finally {
            CURRENT.set(outer);
        }
        return new Recorded<>(recording.result(), recording, timeline.merge(recording.entries()));
    }

    private List<Line> merge(List<RecordedEntry> entries) {
        var lines = new ArrayList<Line>();
        var next = 0;
        for (var i = 0; i <= entries.size(); i++) {
            while (next < notes.size() && notes.get(next).position() == i) {
                var note = notes.get(next++);
                lines.add(new Line(note.source(), note.text(), note.text()));
            }
            if (i < entries.size()) {
                var entry = entries.get(i);
                var source = entry instanceof RecordedStatement ? Source.SQL : Source.JDBC;
                lines.add(new Line(source, entry.compact(), entry.outline()));
            }
        }
        return lines;
    }
}
