package io.fixtura.junit;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.generate.FieldSlot;
import io.fixtura.runtime.random.Keys;
import io.fixtura.runtime.values.StringSpec;
import io.fixtura.runtime.values.UuidSpec;
import java.util.List;
import java.util.UUID;

/** {@link Team}'s model, as the processor would write it; listed in META-INF/services for the extension. */
public final class TeamModel extends HandMadeModel<Team> {

    public static final TeamModel INSTANCE = new TeamModel();

    /** For {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public TeamModel() {
        super(Team.class, "teams", List.of("id"),
                List.of(FieldModel.<Team>of("id", UUID.class, Team::id).notNull().key(),
                        FieldModel.<Team>of("name", String.class, Team::name).notNull()
                                .constraints(Constraint.notBlank(), Constraint.size("Size", 0, 40))),
                List.of(new FieldSlot<>("id", Keys.of("id"), UuidSpec.unique(), false),
                        new FieldSlot<>("name", Keys.of("name"), StringSpec.text().length(1, 40).notBlank(), false)),
                v -> new Team((UUID) v[0], (String) v[1]));
    }
}
