package io.chipwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;

/** Lists the cluster's topics next to their specs, changing nothing. */
public final class TopicCatalog {

    private final TopicInspector inspector;

    public TopicCatalog(Admin admin, Duration timeout) {
        this.inspector = new TopicInspector(admin, timeout);
    }

    /** Every topic that has a spec or exists on the cluster (Kafka's internal ones aside), by name. */
    public List<TopicListing> list(List<TopicSpec> specs) {
        Map<String, TopicSpec> byName = specs.stream().collect(Collectors.toMap(TopicSpec::name, Function.identity()));
        Set<String> names = new TreeSet<>(byName.keySet());
        names.addAll(inspector.names());
        Map<String, TopicState> states = inspector.describe(names);

        List<TopicListing> listings = new ArrayList<>();
        for (String name : names) {
            Optional<TopicSpec> spec = Optional.ofNullable(byName.get(name));
            Optional<TopicState> state = Optional.ofNullable(states.get(name));
            List<Drift> drift = spec.isPresent() && state.isPresent()
                    ? SpecComparison.drift(spec.get(), state.get())
                    : List.of();
            listings.add(new TopicListing(name, spec, state, drift));
        }
        return listings;
    }
}
