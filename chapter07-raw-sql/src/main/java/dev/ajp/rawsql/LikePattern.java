package dev.ajp.rawsql;

/**
 * A LIKE pattern from what a user typed. Binding the text keeps it out of the SQL, but inside a LIKE pattern
 * {@code %} and {@code _} are still wildcards: a search for {@code _} would match every name. Escaping them (and the
 * escape character itself) makes the user's text literal; the SQL names the escape character with
 * {@code like ? escape '\'}, which H2 and PostgreSQL both accept.
 */
public final class LikePattern {

    /** The escape character the SQL must name: {@code escape '\'}. */
    public static final char ESCAPE = '\\';

    private LikePattern() {}

    // tag::like-pattern[]
    /** {@code %text%}, with the wildcards of {@code text} escaped: matches names that contain it, literally. */
    public static String containing(String text) {
        var escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
    // end::like-pattern[]
}
