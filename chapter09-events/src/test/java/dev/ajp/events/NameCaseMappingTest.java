package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Why the rule names its case mapping: Java's upper case depends on the locale it is given, PostgreSQL's on the
 * collation. The rule is Unicode's full mapping without a language's rules, on both sides.
 */
class NameCaseMappingTest {

    @Test
    void javasRuleIsTheFullMappingWithoutALanguagesRules() {
        assertThat(StudentNames.normalise("ßtefan")).isEqualTo("SStefan"); // one letter, two in upper case
        assertThat(StudentNames.normalise("ısmail")).isEqualTo("Ismail");
        assertThat(StudentNames.normalise("ismail")).isEqualTo("Ismail");
        // What the rule avoids: a language's rules (Turkish dots the capital I), a one-letter mapping (keeps ß)
        assertThat("ismail".toUpperCase(Locale.forLanguageTag("tr"))).startsWith("İ");
        assertThat(Character.toUpperCase('ß')).isEqualTo('ß');
    }

    @Test
    void onPostgresUpperFollowsTheCollationAndTheIcuRootOneMapsAsJavaDoes() {
        try (var db = Database.setup().open()) {
            assumeTrue(
                    db.settings().kind() == DatabaseSettings.Kind.POSTGRES,
                    "PostgreSQL's collations; H2's trigger calls StudentNames itself");
            // The trigger's collation: ICU's root, the full mapping
            assertThat(upper(db, "und-x-icu", "ß")).isEqualTo("SS");
            assertThat(upper(db, "und-x-icu", "ı")).isEqualTo("I");
            assertThat(upper(db, "und-x-icu", "i")).isEqualTo("I");
            assertThat(upper(db, "und-x-icu", "é")).isEqualTo("É");
            assertThat(upper(db, "und-x-icu", "İ")).isEqualTo("İ");
            // The C collation: ASCII letters only
            assertThat(upper(db, "C", "é")).isEqualTo("é");
            assertThat(upper(db, "C", "i")).isEqualTo("I");
            // libc's C.UTF-8 (the default of the server the tests ran on here), where it exists: one letter for one
            assumeTrue(collationExists(db, "C.utf8"), "the server has no libc C.utf8 collation");
            assertThat(upper(db, "C.utf8", "ß")).isEqualTo("ß");
            assertThat(upper(db, "C.utf8", "é")).isEqualTo("É");
        }
    }

    private static String upper(Database db, String collation, String letter) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select upper(cast(:letter as text) collate \"" + collation + "\")")
                        .bind("letter", letter)
                        .mapTo(String.class)
                        .one());
    }

    private static boolean collationExists(Database db, String collation) {
        return db.frameworks()
                        .jdbi()
                        .withHandle(h -> h.createQuery("select count(*) from pg_collation where collname = :name")
                                .bind("name", collation)
                                .mapTo(Integer.class)
                                .one())
                > 0;
    }
}
