package io.fixtura.bench;

import static org.instancio.Select.field;

import io.fixtura.example.shop.Address;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.runtime.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.instancio.Instancio;
import org.instancio.Model;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The example's {@link User} made three ways: by the generated {@code UserFactory}, by a
 * hand-written factory, and by Instancio (plain and in its Bean Validation mode). Every score is
 * in records per second: list benchmarks count each of their records as one operation.
 *
 * <p>Instancio 6.0.0's Bean Validation mode fails on {@code @Email @Size(max = 120)} ("email
 * length must be at least 3 characters long": it takes {@code @Size}'s default min of 0 as the
 * email's length) and ignores {@code @Pattern}, so its Bean Validation model names Instancio's own
 * generators for those two fields; its users then pass Hibernate Validator, as Fixtura's do.
 * (Fixtura's own {@code @Range} on age is unknown to Instancio either way.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserBenchmarks {

    static final int LIST = 1000;

    private Generator<User> fixtura;
    private HandWrittenUsers hand;
    private Model<User> beanValidation;
    private long index;

    @Setup
    public void setUp() {
        fixtura = UserFactory.withSeed(42);
        hand = new HandWrittenUsers(42, fixtura.referenceTime());
        beanValidation = Instancio.of(User.class)
                .withSettings(Settings.create().set(Keys.BEAN_VALIDATION_ENABLED, true))
                .generate(field(User::email), gen -> gen.net().email())
                .generate(field(Address::zip), gen -> gen.string().digits().length(5))
                .toModel();
    }

    /** One record at a time, each a new index, as a test asking for "the next user" gets it. */
    @Benchmark
    public User fixturaAt() {
        return fixtura.at(index++);
    }

    @Benchmark
    @OperationsPerInvocation(LIST)
    public List<User> fixturaList() {
        return fixtura.list(LIST);
    }

    @Benchmark
    public User handWrittenAt() {
        return hand.at(index++);
    }

    @Benchmark
    @OperationsPerInvocation(LIST)
    public List<User> handWrittenList() {
        List<User> users = new ArrayList<>(LIST);
        for (int i = 0; i < LIST; i++) {
            users.add(hand.at(i));
        }
        return users;
    }

    @Benchmark
    public User instancioCreate() {
        return Instancio.create(User.class);
    }

    @Benchmark
    @OperationsPerInvocation(LIST)
    public List<User> instancioList() {
        return Instancio.ofList(User.class).size(LIST).create();
    }

    @Benchmark
    public User instancioBeanValidationCreate() {
        return Instancio.create(beanValidation);
    }

    @Benchmark
    @OperationsPerInvocation(LIST)
    public List<User> instancioBeanValidationList() {
        return Instancio.ofList(beanValidation).size(LIST).create();
    }
}
