package dev.ajp.events;

import java.util.Locale;

/**
 * The rule every hook of the chapter applies before a student is inserted, in the application or in the database:
 * the name without its leading and trailing spaces, its first letter in upper case ({@code "  kevin "} becomes
 * {@code "Kevin"}); a blank name is refused.
 *
 * <p>The triggers apply the same rule in SQL ({@code btrim(name, ' ')}, {@code upper(left(name, 1))}), so it trims
 * spaces only, as they do, not tabs or other white space: the point is that both sides write the same rows.
 */
public final class StudentNames {

    /** The message of the refusal, the same in Java and in both triggers. */
    public static final String BLANK = "A student needs a name";

    private StudentNames() {}

    /**
     * The normalised name.
     *
     * @throws IllegalArgumentException for a name that is empty or only spaces
     */
    // tag::normalise[]
    public static String normalise(String name) {
        var trimmed = name.replaceAll("^ +| +$", "");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(BLANK + ", got '" + name + "'");
        }
        var firstLetter = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, firstLetter).toUpperCase(Locale.ROOT) + trimmed.substring(firstLetter);
    }
    // end::normalise[]
}
