package dev.ajp.inheritance;

import dev.ajp.inheritance.tableperclass.TablePerClassPerson;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * The order in which EclipseLink asks the subclass tables of the TABLE_PER_CLASS hierarchy. It is the order of the
 * root's child descriptors, which EclipseLink builds by walking its descriptors in a {@code HashMap} keyed by class:
 * the same for every factory of one JVM, but not from one JVM to the next (this repository's runs on H2 and on
 * PostgreSQL differed). The tests that depend on it read it from EclipseLink instead of assuming one.
 */
final class EclipseLinkOrder {

    private static List<Class<?>> subclasses;

    private EclipseLinkOrder() {}

    /** The subclasses of {@link TablePerClassPerson}, in the order EclipseLink queries their tables. */
    static synchronized List<Class<?>> tablePerClassSubclasses() {
        if (subclasses == null) {
            try (var db = ChapterDatabase.setup()
                    .then(new School(List.of(), List.of())::load)
                    .open()) {
                var eclipseLink = db.frameworks(JpaTablePerClass.ENTITIES.toArray(Class<?>[]::new))
                        .eclipseLink();
                subclasses = JpaHelper.getServerSession(eclipseLink)
                        .getDescriptor(TablePerClassPerson.class)
                        .getTablePerClassPolicy()
                        .getChildDescriptors()
                        .stream()
                        .<Class<?>>map(ClassDescriptor::getJavaClass)
                        .toList();
            }
        }
        return subclasses;
    }

    /** How many tables EclipseLink asks before this subclass's when it looks for one person by the root's type. */
    static int tablesAskedBefore(Class<?> subclass) {
        return tablePerClassSubclasses().indexOf(subclass);
    }
}
