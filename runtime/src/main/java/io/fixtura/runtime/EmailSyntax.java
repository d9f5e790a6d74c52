package io.fixtura.runtime;

import java.util.regex.Pattern;

/**
 * The email syntax Bean Validation's {@code @Email} accepts (as Hibernate Validator checks it):
 * a dot-separated local part of at most 64 characters, an {@code @}, and a domain of labels of at
 * most 63 characters that neither start nor end with a dash.
 */
final class EmailSyntax {

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*", Pattern.CASE_INSENSITIVE);
    private static final String LABEL_CHAR = "[a-z0-9\\u0080-\\uFFFF!#$%&'*+/=?^_`{|}~]";
    private static final Pattern LABEL = Pattern.compile(LABEL_CHAR + "(?:-*" + LABEL_CHAR + ")*", Pattern.CASE_INSENSITIVE);

    private EmailSyntax() {
    }

    static boolean isValid(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches() || domain.length() > 255) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || !LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
