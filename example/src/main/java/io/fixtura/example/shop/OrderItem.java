package io.fixtura.example.shop;

import io.fixtura.annotations.References;
import io.fixtura.annotations.TestEntity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One line of an order. */
@TestEntity
@Table(name = "order_items")
public record OrderItem(
        @Id Long id,
        @NotNull @References(Order.class) Long orderId,
        @NotNull @References(Product.class) Long productId,
        @Min(1) @Max(20) int quantity,
        @NotNull @DecimalMin("0.01") @Digits(integer = 6, fraction = 2) BigDecimal unitPrice) {
}
