package io.fixtura.example.shop;

import io.fixtura.annotations.Range;
import io.fixtura.annotations.References;
import io.fixtura.annotations.TestEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** A user's order, JPA style: a no-arg constructor and setters. */
@TestEntity
@Table(name = "orders")
public class Order {

    @Id
    private Long id;

    @NotNull
    @References(User.class)
    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @NotNull
    private OrderStatus status;

    @NotNull
    @PastOrPresent
    private LocalDateTime placedAt;

    @NotNull
    @Digits(integer = 8, fraction = 2)
    @Range(min = "0.00", max = "100000.00")
    private BigDecimal total;

    public Order() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UUID getUserId() {
        return userId;
    }

    public void setUserId(UUID userId) {
        this.userId = userId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(LocalDateTime placedAt) {
        this.placedAt = placedAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }
}
