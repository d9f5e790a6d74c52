package io.fixtura.runtime.io;

import io.fixtura.runtime.dataset.EntityRows;

/** Lets tests in other packages use the failing rows of {@link JsonFilesTest}. */
public final class JsonFilesTestAccess {

    private JsonFilesTestAccess() {
    }

    /** Customers whose stream breaks after {@code good} records. */
    public static EntityRows<Customers.Customer> failingAfter(int good) {
        return JsonFilesTest.failingAfter(good);
    }
}
