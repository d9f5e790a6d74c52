package io.fixtura.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.Constraint.CheckClock;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Shared checks of edge catalogs: every value valid, labels unique, values distinct, roles findable. */
final class EdgeAssertions {

    static final Instant REFERENCE = Instant.parse("2026-01-01T00:00:00Z");
    static final GenerationContext CONTEXT = new GenerationContext(42, 0xE17L, REFERENCE, Locale.ENGLISH, 0.1);

    /**
     * The clocks a value is checked with: "now" from the reference time to a day after it, in the
     * zones furthest apart, as Hibernate Validator's past and future checks may see it.
     */
    private static final List<CheckClock> CLOCKS = List.of(
            new CheckClock(REFERENCE, REFERENCE, ZoneOffset.UTC),
            new CheckClock(REFERENCE, REFERENCE, ZoneOffset.ofHours(14)),
            new CheckClock(REFERENCE, REFERENCE, ZoneOffset.ofHours(-14)),
            new CheckClock(REFERENCE, REFERENCE.plus(23, ChronoUnit.HOURS), ZoneOffset.ofHours(14)),
            new CheckClock(REFERENCE, REFERENCE.plus(23, ChronoUnit.HOURS), ZoneOffset.ofHours(-14)));

    private EdgeAssertions() {
    }

    static <T> List<Edge<T>> edges(ValueSpec<T> spec) {
        return spec.edges(CONTEXT);
    }

    /** The edges of {@code spec}, after checking each against the constraints and the catalog's own rules. */
    static <T> List<Edge<T>> validEdges(ValueSpec<T> spec, Constraint... constraints) {
        List<Edge<T>> edges = edges(spec);
        assertValid(spec, edges, constraints);
        return edges;
    }

    static <T> void assertValid(Object spec, List<Edge<T>> edges, Constraint... constraints) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Edge<T> edge = edges.get(i);
            labels.add(edge.label());
            for (Constraint constraint : constraints) {
                for (CheckClock clock : CLOCKS) {
                    assertThat(constraint.check(edge.value(), clock))
                            .as("%s: edge '%s' = %s under @%s, now %s in %s", spec, edge, show(edge.value()),
                                    constraint.name(), clock.now(), clock.zone())
                            .isNull();
                }
            }
            for (int j = 0; j < i; j++) {
                assertThat(Objects.deepEquals(edges.get(j).value(), edge.value()))
                        .as("%s: edges '%s' and '%s' have the same value", spec, edges.get(j), edge).isFalse();
            }
            if (!edge.label().startsWith("NUL") && !edge.label().contains("NUL character")) {
                assertThat(edge.unstorableIn()).as("%s: %s", spec, edge).isEmpty();
            }
        }
        assertThat(labels).as("labels of %s", spec).doesNotHaveDuplicates();
    }

    /** The edge whose label names {@code role} among its roles ("min, zero = 0" names min and zero). */
    static <T> Edge<T> role(List<Edge<T>> edges, String role) {
        List<Edge<T>> found = edges.stream().filter(e -> hasRole(e, role)).toList();
        assertThat(found).as("edges with role '%s' in %s", role, edges).hasSize(1);
        return found.get(0);
    }

    static boolean hasRole(Edge<?> edge, String role) {
        for (String part : edge.label().split(", ")) {
            if (part.equals(role) || part.startsWith(role + " ")) {
                return true;
            }
        }
        return false;
    }

    static boolean anyRole(List<? extends Edge<?>> edges, String role) {
        return edges.stream().anyMatch(e -> hasRole(e, role));
    }

    static <T> T value(List<Edge<T>> edges, String role) {
        return role(edges, role).value();
    }

    static String show(Object value) {
        return value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(value);
    }
}
