package shop;

import io.fixtura.runtime.generate.GenerationContext;
import javax.annotation.processing.Generated;

/**
 * Builds a {@link Member}: set what the test cares about; every field left unset is generated valid.
 * <pre>{@code MemberFactory.builder().teamId(…).build()}</pre>
 */
@Generated("io.fixtura.processor.FixturaProcessor")
public final class MemberBuilder {
    private final GenerationContext fixturaContext;

    private final long fixturaIndex;

    private long id;

    private boolean idSet;

    private String email;

    private boolean emailSet;

    private int age;

    private boolean ageSet;

    private long teamId;

    private boolean teamIdSet;

    MemberBuilder(GenerationContext context, long index) {
        this.fixturaContext = context;
        this.fixturaIndex = index;
    }

    /**
     * Sets {@code id}.
     */
    public MemberBuilder id(long id) {
        this.id = id;
        this.idSet = true;
        return this;
    }

    /**
     * Sets {@code email} (may be null).
     */
    public MemberBuilder email(String email) {
        this.email = email;
        this.emailSet = true;
        return this;
    }

    /**
     * Sets {@code age}.
     */
    public MemberBuilder age(int age) {
        this.age = age;
        this.ageSet = true;
        return this;
    }

    /**
     * Sets {@code teamId}.
     */
    public MemberBuilder teamId(long teamId) {
        this.teamId = teamId;
        this.teamIdSet = true;
        return this;
    }

    /**
     * Makes {@code teamId} reference {@code referenced}: sets it to its {@code id}.
     */
    public MemberBuilder team(Team referenced) {
        return teamId(referenced.id());
    }

    /**
     * The instance: the fields set here, and generated values for the rest.
     */
    public Member build() {
        long id = idSet ? this.id : MemberFactory.id(fixturaContext, fixturaIndex);
        String email = emailSet ? this.email : MemberFactory.email(fixturaContext, fixturaIndex);
        int age = ageSet ? this.age : MemberFactory.age(fixturaContext, fixturaIndex);
        long teamId = teamIdSet ? this.teamId : MemberFactory.teamId(fixturaContext, fixturaIndex);
        return new Member(id, email, age, teamId);
    }
}
