package io.fixtura.example.shop;

/** Where a user's account stands. */
public enum Status {
    ACTIVE, SUSPENDED, CLOSED
}
