package dev.ajp.benchreport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Takes the database password out of JMH's JSON before the results are committed.
 *
 * <p>The bench profile hands the connection settings to the benchmark JVM as {@code -Ddb.url=...},
 * {@code -Ddb.user=...} and {@code -Ddb.password=...}, and JMH records every argument of that JVM in each
 * result's {@code jvmArgs}. A non-empty {@code -Ddb.password=<value>} there becomes
 * {@value #REDACTED}; an empty one says only that the kit's default was used, and stays.
 *
 * <p>Only those strings change: every other byte stays as JMH wrote it, so that the copy still reads like JMH's
 * output and importing the same run again gives the same bytes. The JSON is scanned with a streaming parser, so a
 * password with quotes or backslashes (escaped in the JSON) is found whole, and a string that merely looks like
 * the argument outside {@code jvmArgs} is left alone.
 */
final class PasswordRedaction {

    static final String ARGUMENT = "-Ddb.password=";
    static final String REDACTED = ARGUMENT + "<redacted>";

    private static final JsonFactory JSON = new JsonFactory();

    private PasswordRedaction() {}

    /**
     * The JSON with each password in a {@code jvmArgs} redacted; the very same array when there was none.
     *
     * @param json a JMH result file, UTF-8, already known to parse
     */
    static byte[] redact(byte[] json) {
        var text = new String(json, StandardCharsets.UTF_8);
        var redacted = new StringBuilder();
        var copied = 0;
        var found = false;
        try (var parser = JSON.createParser(text)) {
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING || !inJvmArgs(parser)) {
                    continue;
                }
                var value = parser.getText(); // reads the string to its closing quote, where currentLocation is
                if (value.startsWith(ARGUMENT) && value.length() > ARGUMENT.length()) {
                    var start = (int) parser.currentTokenLocation().getCharOffset();
                    var end = (int) parser.currentLocation().getCharOffset();
                    if (text.charAt(start) != '"' || text.charAt(end - 1) != '"') {
                        throw new IllegalStateException("the JSON parser located a string at [" + start + ", " + end
                                + ") that is not one; nothing is imported rather than a password");
                    }
                    redacted.append(text, copied, start)
                            .append('"')
                            .append(REDACTED)
                            .append('"');
                    copied = end;
                    found = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            return json;
        }
        return redacted.append(text, copied, text.length()).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the parser is at an element of an array that is the value of a field {@code jvmArgs}. */
    private static boolean inJvmArgs(JsonParser parser) {
        var array = parser.getParsingContext();
        var owner = array.getParent();
        return array.inArray() && owner != null && owner.inObject() && "jvmArgs".equals(owner.getCurrentName());
    }
}
