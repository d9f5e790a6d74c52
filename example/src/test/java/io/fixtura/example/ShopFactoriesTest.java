package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.EmployeeFactory;
import io.fixtura.example.shop.EmployeeModel;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderFactory;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.OrderItemFactory;
import io.fixtura.example.shop.OrderItemModel;
import io.fixtura.example.shop.OrderModel;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.ProductFactory;
import io.fixtura.example.shop.ProductModel;
import io.fixtura.example.shop.Status;
import io.fixtura.example.shop.User;
import io.fixtura.example.shop.UserFactory;
import io.fixtura.example.shop.UserModel;
import io.fixtura.runtime.EntityModel;
import io.fixtura.runtime.Generator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example used the way a test author would: factories and builders of the generated code,
 * judged by Hibernate Validator (not by Fixtura's own checks alone).
 */
class ShopFactoriesTest {

    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validation.close();
    }

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("User", UserFactory.withSeed(1), UserModel.INSTANCE),
                Arguments.of("Product", ProductFactory.withSeed(2), ProductModel.INSTANCE),
                Arguments.of("Order", OrderFactory.withSeed(3), OrderModel.INSTANCE),
                Arguments.of("OrderItem", OrderItemFactory.withSeed(4), OrderItemModel.INSTANCE),
                Arguments.of("Employee", EmployeeFactory.withSeed(5), EmployeeModel.INSTANCE));
    }

    @ParameterizedTest(name = "{0}: 10,000 instances, zero Hibernate Validator violations")
    @MethodSource("entities")
    <T> void tenThousandInstancesAreValid(String name, Generator<T> generator, EntityModel<T> model) {
        List<T> records = generator.list(10_000);
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (ConstraintViolation<T> v : validator.validate(records.get(i))) {
                problems.add("#" + i + " " + v.getPropertyPath() + " = '" + v.getInvalidValue() + "': " + v.getMessage());
            }
            model.validate(records.get(i)).forEach(v -> problems.add("model: " + v));
        }
        assertThat(problems).as(name).isEmpty();
        assertThat(records).hasSize(10_000);
    }

    @Test
    void builderKeepsWhatIsSetAndGeneratesTheRest() {
        User user = UserFactory.builder().email("a@b.io").age(30).build();

        assertThat(user.email()).isEqualTo("a@b.io");
        assertThat(user.age()).isEqualTo(30);
        assertThat(user.id()).isNotNull();
        assertThat(user.fullName()).isNotBlank();
        assertThat(validator.validate(user)).isEmpty();
    }

    @Test
    void builderLinksAReferenceToTheGivenEntity() {
        User user = UserFactory.create();
        Order order = OrderFactory.builder().user(user).build();
        Product product = ProductFactory.create();
        OrderItem item = OrderItemFactory.builder().order(order).product(product).quantity(3).build();

        assertThat(order.getUserId()).isEqualTo(user.id());
        assertThat(item.orderId()).isEqualTo(order.getId());
        assertThat(item.productId()).isEqualTo(product.getId());
        assertThat(item.quantity()).isEqualTo(3);
    }

    @Test
    void sameSeedSameRecordsAndAtMatchesList() {
        List<User> first = UserFactory.withSeed(42).list(200);
        List<User> again = UserFactory.withSeed(42).list(200);

        assertThat(again).isEqualTo(first);
        assertThat(UserFactory.withSeed(42).at(9)).isEqualTo(first.get(9));
        assertThat(UserFactory.withSeed(42).stream().limit(5).toList()).isEqualTo(first.subList(0, 5));
        assertThat(UserFactory.withSeed(43).list(200)).isNotEqualTo(first);
    }

    @Test
    void classEntitiesAreReproducibleFieldByField() {
        List<Object> first = values(EmployeeModel.INSTANCE, EmployeeFactory.withSeed(7).list(100));
        List<Object> again = values(EmployeeModel.INSTANCE, EmployeeFactory.withSeed(7).list(100));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void uniqueFieldsAreUniqueAndKeysAreSequences() {
        List<User> users = UserFactory.withSeed(9).list(10_000);
        Set<String> emails = new HashSet<>();
        users.forEach(u -> emails.add(u.email()));
        List<Product> products = ProductFactory.withSeed(9).list(10_000);
        Set<String> skus = new HashSet<>();
        products.forEach(p -> skus.add(p.getSku()));

        assertThat(emails).hasSize(10_000);
        assertThat(skus).hasSize(10_000);
        assertThat(products.get(0).getId()).isEqualTo(1L);
        assertThat(products.get(9_999).getId()).isEqualTo(10_000L);
    }

    @Test
    void realisticValuesByKind() {
        User user = UserFactory.withSeed(3).at(0);
        Employee employee = EmployeeFactory.withSeed(3).at(0);

        assertThat(user.fullName()).contains(" ");
        assertThat(user.email()).contains("@");
        assertThat(employee.getFirstName()).doesNotContain(" ");
        assertThat(user.status()).isIn((Object[]) Status.values());
        assertThat(user.address().zip()).matches("\\d{5}");
    }

    @Test
    void createGivesANewRecordEachCall() {
        User a = UserFactory.create();
        User b = UserFactory.create();
        List<User> more = UserFactory.list(3);

        assertThat(a).isNotEqualTo(b);
        assertThat(more).hasSize(3).doesNotContain(a, b);
    }

    private static <T> List<Object> values(EntityModel<T> model, List<T> records) {
        List<Object> out = new java.util.ArrayList<>();
        for (T r : records) {
            model.fields().forEach(f -> out.add(f.get(r)));
        }
        return out;
    }
}
