package io.fixtura.runtime.values;

import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.GenerationContext;
import java.time.Instant;
import java.util.Locale;

/** Draws for value spec tests: a fixed entity and reference time, a chosen seed, index and field. */
final class SpecDraws {

    static final Instant REFERENCE = Instant.parse("2026-01-01T00:00:00Z");
    static final long ENTITY = 0xE17L;
    static final long FIELD = 0xF1E1DL;

    private SpecDraws() {
    }

    static Draw draw(long seed, long index, long field) {
        return context(seed).draw(index, field);
    }

    static Draw draw(long index) {
        return draw(42, index, FIELD);
    }

    static GenerationContext context(long seed) {
        return new GenerationContext(seed, ENTITY, REFERENCE, Locale.ENGLISH, 0.1);
    }

    static GenerationContext context(Instant reference) {
        return new GenerationContext(42, ENTITY, reference, Locale.ENGLISH, 0.1);
    }
}
