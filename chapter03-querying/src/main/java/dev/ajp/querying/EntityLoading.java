package dev.ajp.querying;

import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The join answered with whole entities instead of a DTO projection ({@link PairsFromEntities}), on each provider:
 * lazily (1 + N SELECTs) or with {@code join fetch} (1 SELECT of every column).
 */
public enum EntityLoading implements JoinApproach {
    HIBERNATE_JOIN_FETCH(JpaProvider.HIBERNATE, "join fetch", PairsFromEntities::byJoinFetch),
    ECLIPSELINK_JOIN_FETCH(JpaProvider.ECLIPSELINK, "join fetch", PairsFromEntities::byJoinFetch),
    HIBERNATE_LAZY(JpaProvider.HIBERNATE, "lazy", PairsFromEntities::byLazyNavigation),
    ECLIPSELINK_LAZY(JpaProvider.ECLIPSELINK, "lazy", PairsFromEntities::byLazyNavigation);

    private final JpaProvider provider;
    private final String how;
    private final Function<PairsFromEntities, List<StudentCoursePair>> load;

    EntityLoading(JpaProvider provider, String how, Function<PairsFromEntities, List<StudentCoursePair>> load) {
        this.provider = provider;
        this.how = how;
        this.load = load;
    }

    /** The provider that loads the entities. */
    public JpaProvider provider() {
        return provider;
    }

    @Override
    public String label() {
        return provider + " entities (" + how + ")";
    }

    @Override
    public Supplier<List<StudentCoursePair>> join(Frameworks frameworks) {
        var entities = new PairsFromEntities(frameworks.jpa(provider));
        return () -> load.apply(entities);
    }

    @Override
    public String toString() {
        return label();
    }
}
