package io.fixtura.example.shop;

import io.fixtura.annotations.Range;
import io.fixtura.annotations.TestEntity;
import io.fixtura.annotations.Unique;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Something the shop sells; built through its all-fields constructor. */
@TestEntity
@Table(name = "products")
public class Product {

    @Id
    private final Long id;

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}-\\d{4}")
    @Unique
    private final String sku;

    @NotBlank
    @Column(length = 100)
    private final String name;

    @NotNull
    @Digits(integer = 6, fraction = 2)
    @Range(min = "0.50", max = "9999.99")
    private final BigDecimal price;

    @PositiveOrZero
    private final int stock;

    @NotNull
    private final Category category;

    @Size(max = 500)
    private final String description;

    public Product(Long id, String sku, String name, BigDecimal price, int stock, Category category,
            String description) {
        this.id = id;
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.stock = stock;
        this.category = category;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getStock() {
        return stock;
    }

    public Category getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }
}
