package io.fixtura.processor.model;

/** How generated code reads a field: a method ({@code email()}, {@code getEmail()}) or the field itself. */
public record Access(String name, boolean method) {

    /** The read expression on {@code target}. */
    public String on(String target) {
        return target + "." + name + (method ? "()" : "");
    }
}
