package io.fixtura.processor.kinds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a field's {@link ValueKind} from its name at compile time, matching phrases of whole
 * words and keeping only kinds that fit the field's type.
 */
public final class KindRules {

    private KindRules() {
    }

    /** Where in the field name a phrase may stand. */
    private enum Place { ANYWHERE, LAST, WHOLE }

    /** A phrase of whole words and its kind; a null kind means the entity decides (bare "name"). */
    private record Rule(List<String> words, ValueKind kind, Place place) {
    }

    private record Match(Rule rule, int start, int end) {
        int length() {
            return end - start + 1;
        }

        boolean inside(Match other) {
            return other.length() > length() && other.start <= start && other.end >= end;
        }
    }

    /** Words that, after a kind's phrase, make the field a property of the thing, not the thing. */
    private static final Set<String> PROPERTY_WORDS = Set.of(
            "id", "ids", "uuid", "guid", "key", "ref", "code", "number", "num", "no",
            "count", "length", "len", "size", "index", "idx", "type", "kind",
            "hash", "hashed", "digest", "salt", "token", "encrypted", "mask", "format", "pattern", "regex",
            "template", "prefix", "suffix", "extension", "ext", "symbol", "version",
            "flag", "enabled", "verified", "confirmed", "valid", "status", "changed");

    /** What a bare {@code name} field holds, by a word of the entity's simple name. */
    private static final Map<String, ValueKind> ENTITY_NAME_KINDS = entityNameKinds();

    private static final List<Rule> RULES = rules();

    /**
     * The kind of a field named {@code fieldName} of type category {@code category}, in an entity
     * whose simple name is {@code entitySimpleName} (null when unknown); empty when the name names
     * no kind that fits the type.
     *
     * <p>The name's {@linkplain Words words} are matched against phrases of whole words, kinds that
     * do not fit the type are dropped, and the longest phrase wins, then the one ending later (the
     * head noun comes last in English: {@code companyCity} is a city). Three refinements keep the
     * guesses honest. A phrase inside a longer matched phrase does not count, even when the longer
     * one does not fit ({@code String lastLogin} is no username). A phrase followed anywhere by a
     * word naming a property of the thing does not count ({@code cityId}, {@code emailVerified},
     * {@code passwordHash}, {@code productCode}). And a few words count only in one place:
     * {@code total}, {@code rate}, {@code mobile}, {@code product} and {@code company} only as the
     * last word ({@code totalPages} is a count), bare {@code name} and {@code state} only as the
     * whole name ({@code fileName}, {@code orderState}). A bare {@code name} is a person's full name
     * unless the entity's name says it is a product, a company, a city, a country or a state.
     */
    public static Optional<ValueKind> detect(String fieldName, TypeCategory category, String entitySimpleName) {
        List<String> words = Words.split(fieldName);
        List<Match> found = new ArrayList<>();
        for (Rule rule : RULES) {
            for (int start = 0; start + rule.words().size() <= words.size(); start++) {
                if (matches(rule, words, start)) {
                    found.add(new Match(rule, start, start + rule.words().size() - 1));
                }
            }
        }
        Match best = null;
        ValueKind bestKind = null;
        for (Match m : found) {
            if (found.stream().anyMatch(m::inside) || propertyFollows(words, m.end())) {
                continue;
            }
            ValueKind kind = m.rule().kind() != null ? m.rule().kind() : nameKind(entitySimpleName);
            if (!kind.fits(category)) {
                continue;
            }
            if (best == null || m.length() > best.length() || (m.length() == best.length() && m.end() > best.end())) {
                best = m;
                bestKind = kind;
            }
        }
        return Optional.ofNullable(bestKind);
    }

    private static boolean matches(Rule rule, List<String> words, int start) {
        List<String> phrase = rule.words();
        int end = start + phrase.size() - 1;
        boolean placed = switch (rule.place()) {
            case ANYWHERE -> true;
            case LAST -> end == words.size() - 1;
            case WHOLE -> phrase.size() == words.size();
        };
        if (!placed) {
            return false;
        }
        for (int i = 0; i < phrase.size() - 1; i++) {
            if (!phrase.get(i).equals(words.get(start + i))) {
                return false;
            }
        }
        String last = phrase.get(phrase.size() - 1);
        String word = words.get(end);
        // text kinds also match a plural ("phoneNumbers"); numbers do not ("yearsOfService" is no year)
        boolean text = rule.kind() == null || rule.kind().group() == ValueKind.Group.STRING;
        return last.equals(word) || (text && plural(last).equals(word));
    }

    private static boolean propertyFollows(List<String> words, int end) {
        for (int i = end + 1; i < words.size(); i++) {
            if (PROPERTY_WORDS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a bare {@code name}: the entity word standing last decides, else a person's name. */
    private static ValueKind nameKind(String entitySimpleName) {
        if (entitySimpleName == null) {
            return ValueKind.FULL_NAME;
        }
        List<String> words = Words.split(entitySimpleName);
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            ValueKind kind = ENTITY_NAME_KINDS.get(word);
            if (kind == null && word.endsWith("s")) {
                kind = ENTITY_NAME_KINDS.get(singular(word));
            }
            if (kind != null) {
                return kind;
            }
        }
        return ValueKind.FULL_NAME;
    }

    /** The regular English plural of a lower-case word: city, cities; address, addresses; url, urls. */
    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** Undoes {@link #plural} for the entity words, which all have regular plurals. */
    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("es") && plural(word.substring(0, word.length() - 2)).equals(word)) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static Map<String, ValueKind> entityNameKinds() {
        Map<String, ValueKind> kinds = new HashMap<>();
        for (String w : List.of("product", "item", "article", "sku", "good", "merchandise")) {
            kinds.put(w, ValueKind.PRODUCT_NAME);
        }
        for (String w : List.of("company", "organization", "organisation", "org", "supplier", "vendor", "employer",
                "manufacturer", "brand", "business", "firm", "corporation", "enterprise", "merchant", "agency",
                "publisher", "carrier", "retailer", "distributor")) {
            kinds.put(w, ValueKind.COMPANY);
        }
        kinds.put("city", ValueKind.CITY);
        kinds.put("town", ValueKind.CITY);
        kinds.put("country", ValueKind.COUNTRY);
        kinds.put("state", ValueKind.STATE);
        kinds.put("province", ValueKind.STATE);
        return Map.copyOf(kinds);
    }

    private static List<Rule> rules() {
        RuleTable t = new RuleTable();
        t.add(ValueKind.EMAIL, "email", "e-mail", "email address", "e-mail address", "mail address", "email addr",
                "emailaddress");
        t.add(ValueKind.PHONE, "phone", "phone number", "phone no", "phonenumber", "mobile number", "mobile phone",
                "mobile no", "cell phone", "cellphone", "cell number", "telephone", "telephone number", "tel",
                "tel no", "tel number", "fax", "fax number", "contact number", "msisdn");
        t.last(ValueKind.PHONE, "mobile");
        t.add(ValueKind.FIRST_NAME, "first name", "firstname", "given name", "givenname", "forename", "fore name",
                "middle name");
        t.add(ValueKind.LAST_NAME, "last name", "lastname", "surname", "sur name", "family name", "familyname",
                "maiden name");
        t.add(ValueKind.FULL_NAME, "full name", "fullname", "display name", "displayname", "real name",
                "cardholder", "card holder", "account holder", "contact person");
        for (String role : List.of("customer", "owner", "author", "contact", "person", "holder", "cardholder",
                "card holder", "account holder", "recipient", "sender", "employee", "manager", "patient", "student",
                "member", "guest", "passenger", "driver", "buyer", "beneficiary")) {
            t.add(ValueKind.FULL_NAME, role + " name");
        }
        t.whole(null, "name");
        t.add(ValueKind.USERNAME, "username", "user name", "login", "login name", "handle", "user handle",
                "nickname", "nick name", "nick", "screen name", "account name");
        t.add(ValueKind.PASSWORD, "password", "passcode", "passwd", "pwd");
        t.add(ValueKind.STREET, "street", "street address", "streetaddress", "street name", "street line", "address",
                "address line", "addr");
        t.add(ValueKind.CITY, "city", "city name", "town", "town name", "municipality");
        t.whole(ValueKind.STATE, "state");
        t.add(ValueKind.STATE, "state code", "state name", "state province", "state or province", "billing state",
                "shipping state", "home state", "address state", "mailing state", "province", "region", "county",
                "prefecture");
        t.add(ValueKind.COUNTRY, "country", "country name");
        t.add(ValueKind.COUNTRY_CODE, "country code", "countrycode", "country iso", "country iso code", "iso country",
                "iso country code");
        t.add(ValueKind.ZIP, "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "postalcode",
                "postal");
        t.add(ValueKind.URL, "url", "uri", "href", "website", "web site", "homepage", "home page", "link",
                "web address", "web url");
        t.add(ValueKind.DOMAIN, "domain", "domain name", "hostname", "host name", "host");
        t.add(ValueKind.IP, "ip", "ipv4", "ip v4", "ip address", "ipv4 address", "ip v4 address", "ip addr",
                "ipaddress", "remote address", "remote addr");
        t.add(ValueKind.IPV6, "ipv6", "ip v6", "ip6", "ipv6 address", "ip v6 address", "ip6 address");
        t.add(ValueKind.MAC, "mac", "mac address", "mac addr", "macaddress", "hardware address");
        t.add(ValueKind.USER_AGENT, "user agent", "useragent");
        t.last(ValueKind.COMPANY, "company", "employer", "organization", "organisation", "vendor", "supplier",
                "manufacturer", "brand", "firm", "corporation", "business");
        t.add(ValueKind.COMPANY, "company name", "employer name", "organization name", "organisation name",
                "org name", "business name", "vendor name", "supplier name", "manufacturer name", "brand name",
                "firm name");
        t.add(ValueKind.JOB_TITLE, "job title", "jobtitle", "job", "occupation", "profession", "role title",
                "position title", "job position");
        t.add(ValueKind.IBAN, "iban", "iban number", "iban code");
        t.add(ValueKind.CREDIT_CARD, "credit card", "creditcard", "debit card", "card number", "card no",
                "credit card number", "cc number");
        t.add(ValueKind.CURRENCY, "currency", "currency code", "currency iso", "currency name", "ccy");
        t.add(ValueKind.COLOR, "color", "colour", "color code", "colour code", "color name", "colour name",
                "hex color", "hex colour");
        t.add(ValueKind.DESCRIPTION, "description", "desc", "bio", "biography", "summary", "note", "notes", "comment",
                "about", "about me", "details", "remark", "remarks");
        t.add(ValueKind.TITLE, "title", "subject", "headline", "caption");
        t.last(ValueKind.PRODUCT_NAME, "product");
        t.add(ValueKind.PRODUCT_NAME, "product name", "product title", "item name", "article name");

        t.add(ValueKind.LATITUDE, "latitude", "lat");
        t.add(ValueKind.LONGITUDE, "longitude", "lng", "lon");
        t.add(ValueKind.PRICE, "price", "amount", "cost", "balance", "salary", "wage", "fee", "subtotal", "sub total",
                "grand total");
        t.last(ValueKind.PRICE, "total");
        t.add(ValueKind.QUANTITY, "quantity", "qty");
        t.add(ValueKind.AGE, "age");
        t.add(ValueKind.PERCENT, "percent", "percentage", "pct");
        t.last(ValueKind.PERCENT, "rate");
        t.add(ValueKind.YEAR, "year");

        t.add(ValueKind.BIRTH_DATE, "birth", "birthday", "birthdate", "birth date", "date of birth", "dob", "born");
        t.add(ValueKind.PAST_TIME, "created", "create", "creation", "updated", "update", "last update",
                "last updated", "modified", "modify", "modification", "last modified", "changed", "registered",
                "registration", "joined", "join date", "signed up", "sign up", "signup", "login", "last login",
                "last seen", "last active", "last activity", "published", "posted", "submitted", "purchased",
                "ordered", "order date", "paid", "shipped", "delivered", "completed", "approved", "verified",
                "confirmed", "deleted", "archived", "issued", "sent", "received", "occurred", "visited", "hired",
                "hire date", "enrolled", "since");
        t.add(ValueKind.FUTURE_TIME, "expires", "expire", "expiry", "expiration", "due", "due date", "deadline",
                "valid until", "valid to", "valid till", "valid through", "valid thru", "scheduled", "renewal",
                "renews");
        checkNoConflicts(t.rules);
        return List.copyOf(t.rules);
    }

    /** One phrase may name several kinds only for disjoint types ("login": a username, or a time). */
    private static void checkNoConflicts(List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                Rule a = rules.get(i);
                Rule b = rules.get(j);
                if (a.words().equals(b.words()) && !Collections.disjoint(categories(a), categories(b))) {
                    throw new IllegalStateException("phrase '" + String.join(" ", a.words()) + "' is both "
                            + a.kind() + " and " + b.kind());
                }
            }
        }
    }

    private static Set<TypeCategory> categories(Rule rule) {
        return rule.kind() == null ? Set.of(TypeCategory.STRING) : rule.kind().categories();
    }

    /** Collects rules; phrases are written as people write them and split like field names. */
    private static final class RuleTable {
        final List<Rule> rules = new ArrayList<>();

        void add(ValueKind kind, String... phrases) {
            put(Place.ANYWHERE, kind, phrases);
        }

        void last(ValueKind kind, String... phrases) {
            put(Place.LAST, kind, phrases);
        }

        void whole(ValueKind kind, String... phrases) {
            put(Place.WHOLE, kind, phrases);
        }

        private void put(Place place, ValueKind kind, String... phrases) {
            for (String phrase : phrases) {
                rules.add(new Rule(Words.split(phrase), kind, place));
            }
        }
    }
}
