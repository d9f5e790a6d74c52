package io.fixtura.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fixtura.example.shop.Employee;
import io.fixtura.example.shop.Order;
import io.fixtura.example.shop.OrderItem;
import io.fixtura.example.shop.Product;
import io.fixtura.example.shop.User;
import io.fixtura.runtime.Dataset;
import io.fixtura.runtime.DatasetViolation;
import io.fixtura.runtime.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shop as a dataset, through the generated models found on the class path. */
class ShopDatasetTest {

    private static Dataset shop() {
        return Dataset.builder().seed(7).count(User.class, 300).count(Product.class, 150)
                .perParent(Order.class, "userId", 0, 4).perParent(OrderItem.class, "orderId", 1, 5)
                .count(Employee.class, 80).build();
    }

    @Test
    void theGeneratedShopIsValid() {
        Dataset ds = shop();

        ValidationReport report = ds.validate();

        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(report.checked()).containsOnlyKeys("User", "Product", "Order", "OrderItem", "Employee");
        assertThat(ds.entities().indexOf(User.class)).isLessThan(ds.entities().indexOf(Order.class));
        assertThat(ds.entities().indexOf(Order.class)).isLessThan(ds.entities().indexOf(OrderItem.class));
    }

    @Test
    void referencesHoldKeysTheirParentsReallyHave() {
        Dataset ds = shop();
        Set<UUID> users = ds.stream(User.class).map(User::id).collect(Collectors.toSet());
        Set<Long> orders = ds.stream(Order.class).map(Order::getId).collect(Collectors.toSet());
        Set<Long> employees = ds.stream(Employee.class).map(Employee::getId).collect(Collectors.toSet());

        assertThat(ds.all(Order.class)).extracting(Order::getUserId).allMatch(users::contains);
        assertThat(ds.all(OrderItem.class)).extracting(OrderItem::orderId).allMatch(orders::contains)
                .as("every order has an item").containsAll(orders);
        assertThat(ds.all(Employee.class)).extracting(Employee::getManagerId).filteredOn(id -> id != null)
                .isNotEmpty().allMatch(employees::contains);
    }

    @Test
    void aShardEqualsTheSameRangeOfTheFullStream() {
        Dataset ds = shop();
        List<OrderItem> items = ds.all(OrderItem.class);
        List<Order> orders = ds.all(Order.class);

        assertThat(shop().stream(OrderItem.class, 100, 200).toList()).isEqualTo(items.subList(100, 200));
        assertThat(shop().stream(Order.class, 50, 60).toList()).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(orders.subList(50, 60));
    }

    @Test
    void perParentOnTwoReferencesOfOneChildIsAnError() {
        assertThatThrownBy(() -> Dataset.builder().count(User.class, 10).count(Product.class, 10)
                .count(Order.class, 10).perParent(OrderItem.class, "orderId", 1, 3)
                .perParent(OrderItem.class, "productId", 1, 3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OrderItem")
                .hasMessageContaining("orderId").hasMessageContaining("productId");
    }

    @Test
    void aCorruptedShopIsReported() {
        Dataset clean = shop();
        List<User> users = new ArrayList<>(clean.all(User.class));
        User u = users.get(4);
        users.set(9, new User(users.get(9).id(), u.email(), "Ann", 17, u.createdAt(), u.status(), u.address(),
                u.tags()));
        List<Order> orders = clean.all(Order.class);
        UUID stranger = new UUID(1, 2);
        orders.get(3).setUserId(stranger);
        List<OrderItem> items = new ArrayList<>(clean.all(OrderItem.class));
        OrderItem i = items.get(5);
        items.set(5, new OrderItem(i.id(), i.orderId(), i.productId(), 0, i.unitPrice()));
        Dataset corrupted = Dataset.builder().seed(7).records(User.class, users)
                .records(Product.class, clean.all(Product.class)).records(Order.class, orders)
                .records(OrderItem.class, items).records(Employee.class, clean.all(Employee.class)).build();

        ValidationReport report = corrupted.validate();

        assertThat(report.violations())
                .extracting(DatasetViolation::entity, DatasetViolation::index, DatasetViolation::field,
                        DatasetViolation::constraint, DatasetViolation::value)
                .containsExactlyInAnyOrder(
                        tuple("User", 9L, "email", "Unique", u.email()),
                        tuple("User", 9L, "age", "Range", 17),
                        tuple("Order", 3L, "userId", "ForeignKey", stranger),
                        tuple("OrderItem", 5L, "quantity", "Min", 0));
        assertThat(report.total()).isEqualTo(4);
    }
}
