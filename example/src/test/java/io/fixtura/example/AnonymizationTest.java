package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.EmployeeAnonymizer;
import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.EmployeeModel;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderAnonymizer;
import io.fixtura.example.shop.OrderModel;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserAnonymizer;
import io.fixtura.example.shop.UserModel;
import io.fixtura.runtime.AnonymizationKey;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.FieldModel;
import io.fixtura.runtime.LeakReport;
import io.fixtura.runtime.dataset.Columns;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated anonymizers on the shop's people: outputs pass Hibernate Validator, keep what is
 * not sensitive, keep unique fields unique and joins joined, depend only on the key, and leak no
 * original value.
 */
class AnonymizationTest {

    private static final AnonymizationKey KEY = AnonymizationKey.of("example-key-0123456789abcdef");
    private static final AnonymizationKey OTHER_KEY = AnonymizationKey.of("another-key-0123456789abcdef");

    private static ValidatorFactory validation;
    private static Validator validator;
    private static List<Employee> employees;
    private static Dataset shop;

    @BeforeAll
    static void setUp() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
        employees = EmployeeFactory.withSeed(11).list(5_000);
        shop = Dataset.builder().seed(11).count(User.class, 2_000).count(Order.class, 8_000).build();
    }

    @AfterAll
    static void closeValidator() {
        validation.close();
    }

    @Test
    void anonymizedEmployeesPassBeanValidationAndKeepWhatIsNotSensitive() {
        List<Employee> masked = EmployeeAnonymizer.with(KEY).anonymize(employees);

        assertThat(masked).hasSameSizeAs(employees);
        for (int i = 0; i < masked.size(); i++) {
            Employee before = employees.get(i);
            Employee after = masked.get(i);
            assertThat(validator.validate(after)).as("employee %d", i).isEmpty();
            assertThat(EmployeeModel.INSTANCE.validate(after)).as("employee %d", i).isEmpty();
            assertThat(after).isNotSameAs(before);
            assertThat(List.of(after.getId(), after.getHiredOn(), after.getSalary(), after.getSkills()))
                    .isEqualTo(List.of(before.getId(), before.getHiredOn(), before.getSalary(), before.getSkills()));
            assertThat(after.getManagerId()).isEqualTo(before.getManagerId());
        }
    }

    @Test
    void eachStrategyDoesWhatItSays() {
        List<Employee> masked = EmployeeAnonymizer.with(KEY).anonymize(employees);
        for (int i = 0; i < masked.size(); i++) {
            Employee before = employees.get(i);
            Employee after = masked.get(i);
            // MASK on a unique email: first and last of the local part and the domain survive
            String email = before.getWorkEmail();
            String local = email.substring(0, email.indexOf('@'));
            assertThat(after.getWorkEmail()).hasSameSizeAs(email)
                    .startsWith(local.substring(0, 1))
                    .endsWith(local.charAt(local.length() - 1) + email.substring(email.indexOf('@')));
            // MASK on a patterned phone: the pattern's literals and the last four digits survive
            if (before.getPhone() == null) {
                assertThat(after.getPhone()).isNull();
            } else {
                assertThat(after.getPhone()).matches("\\+49 \\d{3} \\d{6,8}")
                        .endsWith(before.getPhone().substring(before.getPhone().length() - 4));
            }
            // GENERALIZE: the first of the month, unless that falls below the declared minimum
            assertThat(after.getBirthDate().getDayOfMonth() == 1
                    || after.getBirthDate().isAfter(before.getBirthDate().withDayOfMonth(1))).isTrue();
            assertThat(after.getBirthDate()).isBeforeOrEqualTo(before.getBirthDate());
        }
    }

    @Test
    void uniqueFieldsStayUnique() {
        List<Employee> masked = EmployeeAnonymizer.with(KEY).anonymize(employees);
        assertThat(masked.stream().map(Employee::getWorkEmail).distinct().count()).isEqualTo(employees.size());

        List<User> users = UserAnonymizer.with(KEY).anonymize(shop.all(User.class));
        assertThat(users.stream().map(User::email).distinct().count()).isEqualTo(users.size());
        assertThat(users.stream().map(User::id).distinct().count()).isEqualTo(users.size());
    }

    @Test
    void sameKeyGivesTheSameOutputAndAnotherKeyAnother() {
        List<List<Object>> first = rows(EmployeeModel.INSTANCE, EmployeeAnonymizer.with(KEY).anonymize(employees));
        List<List<Object>> again = rows(EmployeeModel.INSTANCE, EmployeeAnonymizer.with(KEY).anonymize(employees));
        List<List<Object>> other = rows(EmployeeModel.INSTANCE,
                EmployeeAnonymizer.with(OTHER_KEY).anonymize(employees));

        assertThat(again).isEqualTo(first);
        int differentEmails = 0;
        for (int i = 0; i < first.size(); i++) {
            differentEmails += first.get(i).get(3).equals(other.get(i).get(3)) ? 0 : 1;
        }
        // a masked email keeps its two ends and domain, so short local parts may agree by chance
        assertThat(differentEmails).isGreaterThan(first.size() * 9 / 10);

        List<User> users = shop.all(User.class);
        List<User> a = UserAnonymizer.with(KEY).anonymize(users);
        List<User> b = UserAnonymizer.with(OTHER_KEY).anonymize(users);
        for (int i = 0; i < users.size(); i++) {
            assertThat(a.get(i).id()).isNotEqualTo(b.get(i).id());
            assertThat(a.get(i).email()).isNotEqualTo(b.get(i).email());
        }
    }

    @Test
    void ordersStillJoinTheirAnonymizedUsers() {
        List<User> users = shop.all(User.class);
        List<Order> orders = shop.all(Order.class);
        UserAnonymizer userAnonymizer = UserAnonymizer.with(KEY);
        Map<UUID, UUID> anonymizedId = new HashMap<>();
        for (User user : users) {
            User after = userAnonymizer.anonymize(user);
            anonymizedId.put(user.id(), after.id());
            assertThat(validator.validate(after)).isEmpty();
            assertThat(UserModel.INSTANCE.validate(after)).isEmpty();
        }
        Set<UUID> newIds = new HashSet<>(anonymizedId.values());
        OrderAnonymizer orderAnonymizer = OrderAnonymizer.with(KEY);
        for (Order order : orders) {
            Order after = orderAnonymizer.anonymize(order);
            assertThat(newIds).contains(after.getUserId());
            assertThat(after.getUserId()).isEqualTo(anonymizedId.get(order.getUserId()))
                    .isEqualTo(orderAnonymizer.userId(order.getUserId()))
                    .isNotEqualTo(order.getUserId());
            assertThat(List.of(after.getId(), after.getStatus(), after.getPlacedAt(), after.getTotal()))
                    .isEqualTo(List.of(order.getId(), order.getStatus(), order.getPlacedAt(), order.getTotal()));
            assertThat(OrderModel.INSTANCE.validate(after)).isEmpty();
        }
    }

    @Test
    void noOriginalValueLeaks() {
        List<Employee> masked = EmployeeAnonymizer.with(KEY).anonymize(employees);
        List<String> texts = new ArrayList<>();
        rows(EmployeeModel.INSTANCE, masked).forEach(row -> row.forEach(v -> texts.add(String.valueOf(v))));
        // identifying values are searched for in every output value
        List<String> identifying = new ArrayList<>();
        employees.forEach(e -> {
            identifying.add(e.getWorkEmail());
            identifying.add(e.getPhone());
        });
        assertThat(LeakReport.scan(identifying, texts).isClean()).isTrue();
        // names come from the same pools as the generated originals: no record may keep its own
        LeakReport names = LeakReport.scanRecords(
                employees.stream().map(e -> List.of(e.getFirstName(), e.getLastName())).toList(),
                rows(EmployeeModel.INSTANCE, masked).stream().map(AnonymizationTest::texts).toList());
        assertThat(names.isClean()).as("%s", names).isTrue();

        List<User> users = shop.all(User.class);
        List<User> anonymized = UserAnonymizer.with(KEY).anonymize(users);
        List<String> userTexts = new ArrayList<>();
        rows(UserModel.INSTANCE, anonymized).forEach(row -> userTexts.addAll(texts(row)));
        List<String> userOriginals = new ArrayList<>();
        users.forEach(u -> {
            userOriginals.add(u.id().toString());
            userOriginals.add(u.email());
        });
        LeakReport global = LeakReport.scan(userOriginals, userTexts);
        assertThat(global.isClean()).as("%s", global).isTrue();
        LeakReport own = LeakReport.scanRecords(
                users.stream().map(u -> List.of(u.fullName(), u.address().street(), u.address().zip())).toList(),
                rows(UserModel.INSTANCE, anonymized).stream().map(AnonymizationTest::texts).toList());
        assertThat(own.isClean()).as("%s", own).isTrue();
    }

    @Test
    void singleValuesAnonymizeAsTheirFieldsDo() {
        EmployeeAnonymizer anonymizer = EmployeeAnonymizer.with(KEY);
        Employee first = employees.get(0);
        Employee masked = anonymizer.anonymize(first);
        assertThat(anonymizer.workEmail(first.getWorkEmail())).isEqualTo(masked.getWorkEmail());
        assertThat(anonymizer.firstName(first.getFirstName())).isEqualTo(masked.getFirstName());
        assertThat(anonymizer.birthDate(first.getBirthDate())).isEqualTo(masked.getBirthDate());
        assertThat(anonymizer.firstName(null)).isNull();
    }

    @Test
    void thereIsNoDefaultKey() {
        assertThatThrownBy(() -> EmployeeAnonymizer.with(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("no default anonymization key");
        assertThatThrownBy(() -> AnonymizationKey.fromEnvironment(Map.of()))
                .hasMessageContaining("FIXTURA_ANONYMIZATION_KEY");
    }

    private static <T> List<List<Object>> rows(EntityModel<T> model, List<T> records) {
        List<Function<T, Object>> columns = new ArrayList<>();
        for (FieldModel<T> field : model.fields()) {
            columns.add(record -> Columns.value(field, record));
        }
        return records.stream().map(r -> columns.stream().map(c -> c.apply(r)).toList()).toList();
    }

    private static List<String> texts(List<Object> row) {
        return row.stream().map(v -> v == null ? null : String.valueOf(v)).toList();
    }
}
