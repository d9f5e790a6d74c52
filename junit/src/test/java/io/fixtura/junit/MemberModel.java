package io.fixtura.junit;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.IntegralSpec;
import io.fixtura.runtime.values.StringSpec;
import io.fixtura.runtime.values.UuidSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@link Member}'s model, as the processor would write it; listed in META-INF/services for the extension. */
public final class MemberModel extends HandMadeModel<Member> {

    public static final MemberModel INSTANCE = new MemberModel();

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public MemberModel() {
        super(Member.class, "members", List.of("id"),
                List.of(FieldModel.<Member>of("id", UUID.class, Member::id).notNull().key(),
                        FieldModel.<Member>of("email", String.class, Member::email).notNull().constraints(
                                Constraint.notBlank(), Constraint.size("Size", 0, 60), Constraint.email()),
                        FieldModel.<Member>of("age", int.class, Member::age).notNull().constraints(
                                Constraint.number("Range", new BigDecimal("18"), true, new BigDecimal("99"), true)),
                        FieldModel.<Member>of("nickname", String.class, Member::nickname)
                                .constraints(Constraint.size("Size", 0, 20))),
                List.of(new FieldSlot<>("id", Keys.of("id"), UuidSpec.unique(), false),
                        new FieldSlot<>("email", Keys.of("email"), StringSpec.email().length(1, 60).notBlank(), false),
                        new FieldSlot<>("age", Keys.of("age"), IntegralSpec.between(18, 99).asInt(), false),
                        new FieldSlot<>("nickname", Keys.of("nickname"), StringSpec.text().length(1, 20), true)),
                v -> new Member((UUID) v[0], (String) v[1], (Integer) v[2], (String) v[3]));
    }
}
