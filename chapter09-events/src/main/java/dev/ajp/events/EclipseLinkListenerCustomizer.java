package dev.ajp.events;

import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;

/**
 * Adds {@link EclipseLinkNormaliseAndAudit} to the descriptor of the shared {@code Student} while an EclipseLink
 * factory starts: a {@link DescriptorCustomizer} (in {@code org.eclipse.persistence.descriptors} since EclipseLink 5;
 * the one in {@code org.eclipse.persistence.config} is gone), named in the factory setting
 * {@code eclipselink.descriptor.customizer.<entity name>}.
 */
public final class EclipseLinkListenerCustomizer implements DescriptorCustomizer {

    /** The factory settings that install the listener on {@code Student}. */
    // tag::settings[]
    public static final Map<String, Object> SETTINGS =
            Map.of("eclipselink.descriptor.customizer.Student", EclipseLinkListenerCustomizer.class.getName());
    // end::settings[]

    // tag::customize[]
    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getEventManager().addListener(new EclipseLinkNormaliseAndAudit());
    }
    // end::customize[]
}
