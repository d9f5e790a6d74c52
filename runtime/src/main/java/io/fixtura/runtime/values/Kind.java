package io.fixtura.runtime.values;

import java.util.Locale;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * The realistic string kinds Fixtura knows, each with the Datafaker call that draws one raw value
 * of it; {@link Pools} draws a few hundred of them once per locale. Emails are cleaned to the
 * lowercase ASCII form that Bean Validation's {@code @Email} accepts everywhere.
 *
 * <pre>{@code ValueSpec<String> city = StringSpec.kind(Kind.CITY);}</pre>
 */
public enum Kind {
    EMAIL(f -> Emails.clean(f.internet().emailAddress())),
    PHONE(f -> f.phoneNumber().phoneNumber()),
    FIRST_NAME(f -> f.name().firstName()),
    LAST_NAME(f -> f.name().lastName()),
    FULL_NAME(f -> f.name().fullName()),
    USERNAME(f -> f.credentials().username()),
    PASSWORD(f -> f.credentials().password()),
    STREET(f -> f.address().streetAddress()),
    CITY(f -> f.address().city()),
    STATE(f -> f.address().state()),
    COUNTRY(f -> f.address().country()),
    COUNTRY_CODE(f -> f.country().countryCode2().toUpperCase(Locale.ROOT)),
    ZIP(f -> f.address().zipCode()),
    URL(f -> f.internet().url()),
    DOMAIN(f -> f.internet().domainName()),
    IP(f -> f.internet().ipV4Address()),
    IPV6(f -> f.internet().ipV6Address()),
    MAC(f -> f.internet().macAddress()),
    USER_AGENT(f -> f.internet().userAgent()),
    COMPANY(f -> f.company().name()),
    JOB_TITLE(f -> f.job().title()),
    IBAN(f -> f.finance().iban()),
    CREDIT_CARD(f -> f.finance().creditCard()),
    CURRENCY(f -> f.money().currencyCode()),
    COLOR(f -> f.color().name()),
    DESCRIPTION(f -> f.lorem().sentence()),
    TITLE(f -> f.book().title()),
    PRODUCT_NAME(f -> f.commerce().productName()),
    WORD(f -> f.lorem().word());

    private final Function<Faker, String> source;

    Kind(Function<Faker, String> source) {
        this.source = source;
    }

    /** One raw value of this kind from {@code faker}; may be blank, never cleaned up. */
    public String draw(Faker faker) {
        return source.apply(faker);
    }
}
