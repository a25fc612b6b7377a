package dev.ajp.events;

import java.util.Locale;

/**
 * The rule every hook of the chapter applies before a student is inserted, in the application or in the database:
 * the name without its leading and trailing spaces, its first letter in upper case ({@code "  kevin "} becomes
 * {@code "Kevin"}); a blank name is refused.
 *
 * <p>The triggers apply the same rule in SQL ({@code btrim(name, ' ')}, {@code upper(left(name, 1))}), so it trims
 * spaces only, as they do, not tabs or other white space: the point is that both sides write the same rows.
 *
 * <p>Upper case is Unicode's full mapping with no language's rules ({@link Locale#ROOT}): {@code "élodie"} becomes
 * {@code "Élodie"}, {@code "ismail"} and {@code "ısmail"} (dotless i) become {@code "Ismail"} (Turkish rules would give
 * {@code "İsmail"}), {@code "İsmail"} stays, and a leading {@code "ß"} becomes the two letters {@code "SS"}.
 * PostgreSQL's trigger names the ICU root collation ({@code und-x-icu}) for its {@code upper}, which maps the same way
 * whatever the database's own collation is; H2's trigger calls this method.
 */
public final class StudentNames {

    /** The message of the refusal, the same in Java and in both triggers. */
    public static final String BLANK = "A student needs a name";

    private StudentNames() {}

    /**
     * The normalised name.
     *
     * @throws IllegalArgumentException for a name that is null, empty or only spaces
     */
    // tag::normalise[]
    public static String normalise(String name) {
        if (name == null) {
            throw new IllegalArgumentException(BLANK + ", got null");
        }
        var trimmed = name.replaceAll("^ +| +$", "");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(BLANK + ", got '" + name + "'");
        }
        var firstLetter = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, firstLetter).toUpperCase(Locale.ROOT) + trimmed.substring(firstLetter);
    }
    // end::normalise[]
}
