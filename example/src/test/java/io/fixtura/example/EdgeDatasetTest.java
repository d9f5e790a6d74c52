package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.LoadReport;
import io.fixtura.runtime.SqlDialect;
import io.fixtura.runtime.sql.Databases;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Datasets that start with every entity's edge cases load into H2 and PostgreSQL with all their
 * constraints in force; values a database cannot store (NUL in PostgreSQL text) are left out for it.
 */
class EdgeDatasetTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Dataset shop(SqlDialect dialect) {
        return Dataset.builder().seed(5).referenceTime(Instant.parse("2026-01-01T00:00:00Z"))
                .count(User.class, 200).count(Product.class, 100).count(Order.class, 300)
                .perParent(OrderItem.class, "orderId", 1, 3).count(Employee.class, 80)
                .withEdgeCases(dialect)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SqlDialect.class)
    void edgeCaseDatasetsLoadWithEveryConstraintInForce(SqlDialect dialect) throws Exception {
        Dataset shop = shop(dialect);
        DataSource db = Databases.fresh(dialect);
        try (var c = db.getConnection(); var s = c.createStatement()) {
            for (String statement : shop.ddl(dialect).split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }

        LoadReport load = shop.loadInto(db);

        assertThat(shop.validate().isValid()).as(shop.validate().toString()).isTrue();
        assertThat(load.rows("users")).isEqualTo(200);
        List<User> users = shop.all(User.class);
        assertThat(users.subList(0, 5)).allMatch(u -> VALIDATOR.validate(u).isEmpty());
        assertThat(users).extracting(User::age).contains(18, 99);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SqlDialect.class)
    void theFirstRecordsCarryTheEdgeValues(SqlDialect dialect) {
        List<User> first = shop(dialect).all(User.class).subList(0, UserFactory.edgeCases().size());

        assertThat(first).extracting(User::age).contains(18, 19, 98, 99);
        assertThat(first).extracting(User::email).anyMatch(e -> e != null && e.length() == 120);
        assertThat(first).extracting(User::status).contains(io.fixtura.example.shop.Status.values());
        assertThat(first).extracting(User::fullName)
                .noneMatch(n -> dialect == SqlDialect.POSTGRESQL && n.contains("\u0000"));
    }
}
