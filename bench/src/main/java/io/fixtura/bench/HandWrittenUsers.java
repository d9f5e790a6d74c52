package io.fixtura.bench;

import io.fixtura.example.shop.Address;
import io.fixtura.example.shop.Status;
import io.fixtura.example.shop.User;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The practical limit: the {@link User} factory a careful engineer would write by hand for the
 * same constraints, with one {@link SplittableRandom} per record (so record {@code i} stands alone,
 * as a generated factory's does) and static arrays for the realistic parts.
 */
final class HandWrittenUsers {

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Charles", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra",
        "Donald", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Paul", "Michelle", "Joshua", "Carol"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
        "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
        "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen"};
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.test",
        "shop.test", "inbox.test"};
    private static final String[] STREETS = {"Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane",
        "Pine Road", "Elm Street", "Washington Avenue", "Lake View", "Hill Road", "Park Place", "Church Street",
        "Mill Lane", "River Road", "Sunset Boulevard", "High Street", "Station Road"};
    private static final String[] CITIES = {"Springfield", "Riverside", "Franklin", "Greenville", "Bristol",
        "Clinton", "Fairview", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Dover", "Oxford",
        "Jackson", "Burlington", "Manchester", "Milton", "Newport", "Auburn"};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "CA", "AU", "JP",
        "BR", "MX", "IN", "PL", "AT", "CH", "BE", "DK", "NO"};
    private static final String[] TAGS = {"vip", "newsletter", "beta", "wholesale", "returning", "mobile",
        "gift", "b2b", "early-adopter", "student", "loyalty", "promo"};
    private static final String[] FIRST_LOWER = lower(FIRST);
    private static final String[] LAST_LOWER = lower(LAST);
    private static final Status[] STATUSES = Status.values();
    private static final long CREATED_FROM = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();

    private final long seed;
    private final long createdSpan;

    /** Users of {@code seed} created before {@code now} (the @Past bound), from 2015 on. */
    HandWrittenUsers(long seed, Instant now) {
        this.seed = seed;
        this.createdSpan = now.getEpochSecond() - CREATED_FROM;
    }

    /** Record {@code index}: its email carries the index, so emails are unique. */
    User at(long index) {
        SplittableRandom random = new SplittableRandom(seed ^ index * 0x9E3779B97F4A7C15L);
        int first = random.nextInt(FIRST.length);
        int last = random.nextInt(LAST.length);
        // version 4, IETF variant: the bits java.util.UUID.randomUUID() sets
        UUID id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | 1L << 63);
        String email = FIRST_LOWER[first] + '.' + LAST_LOWER[last] + index + '@'
                + DOMAINS[random.nextInt(DOMAINS.length)];
        String fullName = FIRST[first] + ' ' + LAST[last];
        int age = 18 + random.nextInt(82);
        Instant createdAt = Instant.ofEpochSecond(CREATED_FROM + random.nextLong(createdSpan));
        Status status = STATUSES[random.nextInt(STATUSES.length)];
        Address address = new Address((1 + random.nextInt(999)) + " " + STREETS[random.nextInt(STREETS.length)],
                CITIES[random.nextInt(CITIES.length)], zip(random.nextInt(100_000)),
                COUNTRIES[random.nextInt(COUNTRIES.length)]);
        String[] tags = new String[1 + random.nextInt(5)];
        for (int t = 0; t < tags.length; t++) {
            tags[t] = TAGS[random.nextInt(TAGS.length)];
        }
        return new User(id, email, fullName, age, createdAt, status, address, List.of(tags));
    }

    /** Five digits, with leading zeros. */
    private static String zip(int value) {
        char[] digits = new char[5];
        for (int i = 4; i >= 0; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(digits);
    }

    private static String[] lower(String[] names) {
        String[] lower = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            lower[i] = names[i].toLowerCase(Locale.ROOT);
        }
        return lower;
    }
}
