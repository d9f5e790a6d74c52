package io.fixtura.example.shop;

/** What kind of product it is. */
public enum Category {
    BOOKS, ELECTRONICS, GARDEN, TOYS, FOOD
}
