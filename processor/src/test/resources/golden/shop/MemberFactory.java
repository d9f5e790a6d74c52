package shop;

import io.fixtura.runtime.EdgeCoverage;
import io.fixtura.runtime.Generator;
import io.fixtura.runtime.Invalid;
import io.fixtura.runtime.cases.EdgeCases;
import io.fixtura.runtime.cases.InvalidCases;
import io.fixtura.runtime.generate.Capacity;
import io.fixtura.runtime.generate.Defaults;
import io.fixtura.runtime.generate.Draw;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.generate.GenerationContext;
import io.fixtura.runtime.generate.RecordMaker;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.IntegralSpec;
import io.fixtura.runtime.values.StringSpec;
import io.fixtura.runtime.values.ValueSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Valid, reproducible {@link Member} instances: {@code MemberFactory.create()}, {@code list(n)},
 * {@code withSeed(42).list(n)}, {@code builder()}.
 */
@Generated("io.fixtura.processor.FixturaProcessor")
public final class MemberFactory {
    private static final Locale LOCALE = Defaults.locale();

    private static final long ENTITY_STREAM = Keys.of("shop.Member");

    private static final AtomicLong NEXT_INDEX = new AtomicLong();

    private static final long ID_KEY = Keys.of("id");

    private static final ValueSpec<Long> ID_SPEC = IntegralSpec.between(1L, 9223372036854775807L).sequence();

    private static final long EMAIL_KEY = Keys.of("email");

    private static final ValueSpec<String> EMAIL_SPEC = StringSpec.email().length(0, 255).unique();

    private static final long AGE_KEY = Keys.of("age");

    private static final ValueSpec<Integer> AGE_SPEC = IntegralSpec.between(18L, 67L).asInt();

    private static final long TEAM_ID_KEY = Keys.of("teamId");

    private static final ValueSpec<Long> TEAM_ID_SPEC = TeamFactory::relatedId;

    static final RecordMaker<Member> MAKER = new Maker();

    private MemberFactory() {
    }

    /**
     * A valid {@code Member} from the current seed ({@code -Dfixtura.seed}); each call gives the next record.
     */
    public static Member create() {
        return generator().at(Defaults.nextIndex(ENTITY_STREAM, NEXT_INDEX, 1));
    }

    /**
     * {@code count} valid, distinct records from the current seed.
     */
    public static List<Member> list(int count) {
        return generator().list(Defaults.nextIndex(ENTITY_STREAM, NEXT_INDEX, count), count);
    }

    /**
     * Records 0, 1, 2, … of the current seed, lazily; limit it.
     */
    public static Stream<Member> stream() {
        return generator().stream();
    }

    /**
     * A reproducible generator: {@code withSeed(42).list(100)} is the same on every run.
     */
    public static Generator<Member> withSeed(long seed) {
        return Generator.of(MAKER, seed, LOCALE);
    }

    /**
     * The generator of the current seed ({@code -Dfixtura.seed}, else one per JVM).
     */
    public static Generator<Member> generator() {
        return withSeed(Defaults.seed());
    }

    /**
     * A builder: set what matters to the test, the rest is generated valid.
     * {@code MemberFactory.builder().id(…).build()}
     */
    public static MemberBuilder builder() {
        return new MemberBuilder(contextFrom(null), Defaults.nextIndex(ENTITY_STREAM, NEXT_INDEX, 1));
    }

    /**
     * Valid instances that together carry every edge value of every field (boundaries, empty and maximal
     * lengths, awkward characters, calendar corners, null where nullable), each mixing edges of several fields.
     */
    public static List<Member> edgeCases() {
        return EdgeCases.values(MAKER, contextFrom(null));
    }

    /**
     * Which edge values of each field {@link #edgeCases()} carries.
     */
    public static EdgeCoverage edgeCaseCoverage() {
        return EdgeCoverage.of(MAKER, MemberModel.INSTANCE, contextFrom(null));
    }

    /**
     * For negative tests: for each constraint of each field, a {@code Member} that breaks exactly that constraint,
     * tagged with the field, the constraint and the value.
     */
    public static List<Invalid<Member>> invalidCases() {
        return InvalidCases.of(MAKER, MemberModel.INSTANCE, contextFrom(null));
    }

    /**
     * For generated code of entities that reference {@code Member}: the record a reference drawn from {@code d} points at (its parent as the context's links choose).
     */
    public static Member related(Draw d) {
        long parent = d.context().parentIndex(d, MAKER.capacity(d.context().referenceTime()).count());
        return newRecord(contextFrom(d.context()), parent);
    }

    /**
     * This entity's context with the seed, time and null rate of {@code other} (the defaults when null), one referenced-record step further.
     */
    static GenerationContext contextFrom(GenerationContext other) {
        if (other == null) {
            return new GenerationContext(Defaults.seed(), ENTITY_STREAM, Defaults.referenceTime(), LOCALE, Defaults.NULL_RATE);
        }
        return other.related(ENTITY_STREAM, other.locale());
    }

    /**
     * Record {@code index}: each field from its own stream.
     */
    static Member newRecord(GenerationContext ctx, long index) {
        long id = id(ctx, index);
        String email = email(ctx, index);
        int age = age(ctx, index);
        long teamId = teamId(ctx, index);
        return new Member(id, email, age, teamId);
    }

    static long id(GenerationContext ctx, long index) {
        Draw d = ctx.drawUnlessFixed(index, ID_KEY);
        if (d == null) {
            return ctx.fixed(index, ID_KEY);
        }
        try {
            return ID_SPEC.next(d);
        } catch (RuntimeException e) {
            throw Draw.failed("id", e);
        }
    }

    static String email(GenerationContext ctx, long index) {
        Draw d = ctx.drawUnlessFixed(index, EMAIL_KEY);
        if (d == null) {
            return ctx.fixed(index, EMAIL_KEY);
        }
        try {
            return d.nullable() ? null : EMAIL_SPEC.next(d);
        } catch (RuntimeException e) {
            throw Draw.failed("email", e);
        }
    }

    static int age(GenerationContext ctx, long index) {
        Draw d = ctx.drawUnlessFixed(index, AGE_KEY);
        if (d == null) {
            return ctx.fixed(index, AGE_KEY);
        }
        try {
            return AGE_SPEC.next(d);
        } catch (RuntimeException e) {
            throw Draw.failed("age", e);
        }
    }

    static long teamId(GenerationContext ctx, long index) {
        Draw d = ctx.drawUnlessFixed(index, TEAM_ID_KEY);
        if (d == null) {
            return ctx.fixed(index, TEAM_ID_KEY);
        }
        try {
            return TEAM_ID_SPEC.next(d);
        } catch (RuntimeException e) {
            throw Draw.failed("teamId", e);
        }
    }

    private static final class Maker implements RecordMaker<Member> {
        private static final List<FieldSlot<?>> SLOTS = List.of(
            new FieldSlot<Long>("id", ID_KEY, ID_SPEC, false),
            new FieldSlot<String>("email", EMAIL_KEY, EMAIL_SPEC, true),
            new FieldSlot<Integer>("age", AGE_KEY, AGE_SPEC, false),
            new FieldSlot<Long>("teamId", TEAM_ID_KEY, TEAM_ID_SPEC, false));

        private volatile Capacity.At capacity;

        @Override
        public List<FieldSlot<?>> slots() {
            return SLOTS;
        }

        @Override
        public Member assemble(Object[] values) {
            long id = (Long) values[0];
            String email = (String) values[1];
            int age = (Integer) values[2];
            long teamId = (Long) values[3];
            return new Member(id, email, age, teamId);
        }

        @Override
        public Class<Member> type() {
            return Member.class;
        }

        @Override
        public long entityKey() {
            return ENTITY_STREAM;
        }

        @Override
        public Member make(GenerationContext ctx, long index) {
            return MemberFactory.newRecord(ctx, index);
        }

        @Override
        public Capacity capacity(Instant referenceTime) {
            Capacity.At known = capacity;
            if (known == null || !known.referenceTime().equals(referenceTime)) {
                known = new Capacity.At(referenceTime, Capacity.UNBOUNDED
                                .limit("id", ID_SPEC.capacity(referenceTime))
                                .limit("email", EMAIL_SPEC.capacity(referenceTime)));
                capacity = known;
            }
            return known.capacity();
        }
    }
}
