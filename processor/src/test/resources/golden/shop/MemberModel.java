package shop;

import io.fixtura.runtime.Constraint;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.Reference;
import io.fixtura.runtime.SqlType;
import io.fixtura.runtime.generate.RecordMaker;
import java.math.BigDecimal;
import java.sql.JDBCType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * What the runtime knows of {@link Member}: table {@code member}, its columns, constraints and keys.
 * <pre>{@code List<Violation> problems = MemberModel.INSTANCE.validate(entity);}</pre>
 */
@Generated("io.fixtura.processor.FixturaProcessor")
public final class MemberModel implements EntityModel<Member> {
    public static final MemberModel INSTANCE = new MemberModel();

    private static final List<FieldModel<Member>> FIELDS = List.of(
        FieldModel.<Member>of("id", long.class, Member::id)
                .column("id").sqlType(SqlType.of(JDBCType.BIGINT)).notNull().key(),
        FieldModel.<Member>of("email", String.class, Member::email)
                .column("email").sqlType(SqlType.varchar(255)).unique()
                .constraints(Constraint.email(), Constraint.unique()),
        FieldModel.<Member>of("age", int.class, Member::age)
                .column("age").sqlType(SqlType.of(JDBCType.INTEGER)).notNull()
                .constraints(Constraint.number("Range", new BigDecimal("18"), true, new BigDecimal("67"), true)),
        FieldModel.<Member>of("teamId", long.class, Member::teamId)
                .column("team_id").sqlType(SqlType.of(JDBCType.BIGINT)).notNull()
                .references(new Reference("teamId", Team.class, "team", "id")));

    /**
     * For {@link java.util.ServiceLoader}; use {@link #INSTANCE}.
     */
    public MemberModel() {
    }

    @Override
    public Class<Member> type() {
        return Member.class;
    }

    @Override
    public String table() {
        return "member";
    }

    @Override
    public RecordMaker<Member> maker() {
        return MemberFactory.MAKER;
    }

    @Override
    public List<FieldModel<Member>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> key() {
        return List.of("id");
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("teamId", Team.class, "team", "id"));
    }

    @Override
    public String fingerprint() {
        return "e25bc8c885e0f07c";
    }
}
