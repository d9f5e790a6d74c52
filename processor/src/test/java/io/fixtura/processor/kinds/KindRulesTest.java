package io.fixtura.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KindRulesTest {

    /** field name | type category | entity simple name ("-": none) | expected kind ("-": none). */
    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # strings, with synonyms and spellings
            email              | STRING   | User      | EMAIL
            emailAddress       | STRING   | User      | EMAIL
            e_mail             | STRING   | User      | EMAIL
            eMail              | STRING   | User      | EMAIL
            mailAddress        | STRING   | User      | EMAIL
            EMAIL_ADDRESS      | STRING   | -         | EMAIL
            contactEmail       | STRING   | -         | EMAIL
            phone              | STRING   | -         | PHONE
            phoneNumber        | STRING   | -         | PHONE
            mobile             | STRING   | -         | PHONE
            mobileNumber       | STRING   | -         | PHONE
            telephone          | STRING   | -         | PHONE
            tel                | STRING   | -         | PHONE
            fax                | STRING   | -         | PHONE
            contactNumber      | STRING   | -         | PHONE
            firstName          | STRING   | -         | FIRST_NAME
            first_name         | STRING   | -         | FIRST_NAME
            firstname          | STRING   | -         | FIRST_NAME
            givenName          | STRING   | -         | FIRST_NAME
            forename           | STRING   | -         | FIRST_NAME
            lastName           | STRING   | -         | LAST_NAME
            surname            | STRING   | -         | LAST_NAME
            familyName         | STRING   | -         | LAST_NAME
            fullName           | STRING   | -         | FULL_NAME
            displayName        | STRING   | -         | FULL_NAME
            customerName       | STRING   | Order     | FULL_NAME
            cardHolderName     | STRING   | Payment   | FULL_NAME
            username           | STRING   | -         | USERNAME
            userName           | STRING   | -         | USERNAME
            login              | STRING   | -         | USERNAME
            handle             | STRING   | -         | USERNAME
            nickname           | STRING   | -         | USERNAME
            password           | STRING   | -         | PASSWORD
            passcode           | STRING   | -         | PASSWORD
            street             | STRING   | -         | STREET
            address            | STRING   | -         | STREET
            streetAddress      | STRING   | -         | STREET
            addressLine1       | STRING   | -         | STREET
            address_line2      | STRING   | -         | STREET
            billingAddress     | STRING   | -         | STREET
            city               | STRING   | -         | CITY
            town               | STRING   | -         | CITY
            shippingCity       | STRING   | -         | CITY
            state              | STRING   | -         | STATE
            province           | STRING   | -         | STATE
            region             | STRING   | -         | STATE
            billingState       | STRING   | -         | STATE
            country            | STRING   | -         | COUNTRY
            countryOfOrigin    | STRING   | -         | COUNTRY
            countryCode        | STRING   | -         | COUNTRY_CODE
            zip                | STRING   | -         | ZIP
            zipCode            | STRING   | -         | ZIP
            postcode           | STRING   | -         | ZIP
            postalCode         | STRING   | -         | ZIP
            url                | STRING   | -         | URL
            website            | STRING   | -         | URL
            homepage           | STRING   | -         | URL
            profileLink        | STRING   | -         | URL
            avatarUri          | STRING   | -         | URL
            domain             | STRING   | -         | DOMAIN
            hostname           | STRING   | -         | DOMAIN
            ip                 | STRING   | -         | IP
            ipv4               | STRING   | -         | IP
            ipAddress          | STRING   | -         | IP
            IPAddress          | STRING   | -         | IP
            remoteAddr         | STRING   | -         | IP
            ipv6               | STRING   | -         | IPV6
            ipV6Address        | STRING   | -         | IPV6
            IPv6Address        | STRING   | -         | IPV6
            mac                | STRING   | -         | MAC
            macAddress         | STRING   | -         | MAC
            userAgent          | STRING   | -         | USER_AGENT
            user_agent         | STRING   | -         | USER_AGENT
            company            | STRING   | -         | COMPANY
            companyName        | STRING   | -         | COMPANY
            employer           | STRING   | -         | COMPANY
            organization       | STRING   | -         | COMPANY
            jobTitle           | STRING   | -         | JOB_TITLE
            job                | STRING   | -         | JOB_TITLE
            occupation         | STRING   | -         | JOB_TITLE
            roleTitle          | STRING   | -         | JOB_TITLE
            iban               | STRING   | -         | IBAN
            ibanNumber         | STRING   | -         | IBAN
            creditCard         | STRING   | -         | CREDIT_CARD
            cardNumber         | STRING   | -         | CREDIT_CARD
            creditCardNumber   | STRING   | -         | CREDIT_CARD
            currency           | STRING   | -         | CURRENCY
            currencyCode       | STRING   | -         | CURRENCY
            color              | STRING   | -         | COLOR
            colour             | STRING   | -         | COLOR
            backgroundColor    | STRING   | -         | COLOR
            description        | STRING   | -         | DESCRIPTION
            shortDescription   | STRING   | -         | DESCRIPTION
            bio                | STRING   | -         | DESCRIPTION
            summary            | STRING   | -         | DESCRIPTION
            notes              | STRING   | -         | DESCRIPTION
            comment            | STRING   | -         | DESCRIPTION
            aboutMe            | STRING   | -         | DESCRIPTION
            details            | STRING   | -         | DESCRIPTION
            title              | STRING   | -         | TITLE
            subject            | STRING   | -         | TITLE
            headline           | STRING   | -         | TITLE
            productName        | STRING   | User      | PRODUCT_NAME
            product            | STRING   | OrderItem | PRODUCT_NAME
            # plurals of text kinds
            phoneNumbers       | STRING   | -         | PHONE
            emails             | STRING   | -         | EMAIL
            addresses          | STRING   | -         | STREET
            cities             | STRING   | -         | CITY
            # numbers, and their type fit
            latitude           | FLOATING | -         | LATITUDE
            lat                | DECIMAL  | -         | LATITUDE
            latitude           | INTEGRAL | -         | -
            longitude          | FLOATING | -         | LONGITUDE
            lng                | DECIMAL  | -         | LONGITUDE
            lon                | FLOATING | -         | LONGITUDE
            price              | DECIMAL  | -         | PRICE
            price              | INTEGRAL | -         | PRICE
            priceCents         | INTEGRAL | -         | PRICE
            amount             | DECIMAL  | -         | PRICE
            total              | DECIMAL  | -         | PRICE
            orderTotal         | DECIMAL  | -         | PRICE
            grandTotal         | DECIMAL  | -         | PRICE
            cost               | FLOATING | -         | PRICE
            balance            | DECIMAL  | -         | PRICE
            salary             | DECIMAL  | -         | PRICE
            subtotal           | DECIMAL  | -         | PRICE
            subTotal           | DECIMAL  | -         | PRICE
            fee                | DECIMAL  | -         | PRICE
            price              | STRING   | -         | -
            quantity           | INTEGRAL | -         | QUANTITY
            qty                | INTEGRAL | -         | QUANTITY
            quantity           | DECIMAL  | -         | -
            age                | INTEGRAL | -         | AGE
            age                | STRING   | -         | -
            percent            | DECIMAL  | -         | PERCENT
            discountPercentage | FLOATING | -         | PERCENT
            taxRate            | DECIMAL  | -         | PERCENT
            year               | INTEGRAL | -         | YEAR
            birthYear          | INTEGRAL | -         | YEAR
            yearOfBirth        | INTEGRAL | -         | YEAR
            # times
            birthDate          | TEMPORAL | -         | BIRTH_DATE
            birthday           | TEMPORAL | -         | BIRTH_DATE
            dateOfBirth        | TEMPORAL | -         | BIRTH_DATE
            dob                | TEMPORAL | -         | BIRTH_DATE
            bornOn             | TEMPORAL | -         | BIRTH_DATE
            createdAt          | TEMPORAL | -         | PAST_TIME
            created_at         | TEMPORAL | -         | PAST_TIME
            updatedAt          | TEMPORAL | -         | PAST_TIME
            lastModified       | TEMPORAL | -         | PAST_TIME
            registeredOn       | TEMPORAL | -         | PAST_TIME
            joinedAt           | TEMPORAL | -         | PAST_TIME
            signedUpAt         | TEMPORAL | -         | PAST_TIME
            lastLogin          | TEMPORAL | -         | PAST_TIME
            emailVerifiedAt    | TEMPORAL | -         | PAST_TIME
            passwordChangedAt  | TEMPORAL | -         | PAST_TIME
            expiresAt          | TEMPORAL | -         | FUTURE_TIME
            expiryDate         | TEMPORAL | -         | FUTURE_TIME
            expirationDate     | TEMPORAL | -         | FUTURE_TIME
            dueDate            | TEMPORAL | -         | FUTURE_TIME
            deadline           | TEMPORAL | -         | FUTURE_TIME
            validUntil         | TEMPORAL | -         | FUTURE_TIME
            createdAt          | STRING   | -         | -
            createdAt          | INTEGRAL | -         | -
            # whole words only, never substrings
            accountry          | STRING   | -         | -
            created            | DECIMAL  | -         | -
            cityscape          | STRING   | -         | -
            statement          | STRING   | -         | -
            page               | INTEGRAL | -         | -
            latency            | FLOATING | -         | -
            emailer            | STRING   | -         | -
            agent              | STRING   | -         | -
            # the kind must fit the type
            emailVerified      | BOOLEAN  | -         | -
            email              | INTEGRAL | -         | -
            name               | BOOLEAN  | -         | -
            city               | OTHER    | -         | -
            # a phrase followed by a property of the thing names that property
            cityId             | STRING   | -         | -
            countryId          | STRING   | -         | -
            emailVerified      | STRING   | -         | -
            passwordHash       | STRING   | -         | -
            priceId            | INTEGRAL | -         | -
            phoneType          | STRING   | -         | -
            productCode        | STRING   | -         | -
            streetNumber       | STRING   | -         | -
            titleLength        | INTEGRAL | -         | -
            currencySymbol     | STRING   | -         | -
            # some words only count in one place
            totalPages         | INTEGRAL | -         | -
            totalCount         | INTEGRAL | -         | -
            rateLimit          | FLOATING | -         | -
            companySize        | INTEGRAL | -         | -
            productCategory    | STRING   | -         | -
            fileName           | STRING   | -         | -
            tableName          | STRING   | Product   | -
            orderState         | STRING   | -         | -
            mobileApp          | STRING   | -         | -
            companyLocation    | STRING   | -         | -
            totalDue           | DECIMAL  | -         | -
            # longest phrase wins
            ipv4Address        | STRING   | -         | IP
            IPV6_ADDRESS       | STRING   | -         | IPV6
            homeAddressLine1   | STRING   | -         | STREET
            emailAddress       | STRING   | -         | EMAIL
            ipAddress          | STRING   | -         | IP
            macAddress         | STRING   | -         | MAC
            webAddress         | STRING   | -         | URL
            creditCardNumber   | STRING   | -         | CREDIT_CARD
            jobTitle           | STRING   | -         | JOB_TITLE
            countryCode        | STRING   | -         | COUNTRY_CODE
            # a phrase inside a longer one does not count, even when the longer one does not fit
            lastLogin          | STRING   | -         | -
            # on a tie, the phrase ending later (the head noun) wins
            companyCity        | STRING   | -         | CITY
            cityCountry        | STRING   | -         | COUNTRY
            countryCity        | STRING   | -         | CITY
            emailPhone         | STRING   | -         | PHONE
            phoneEmail         | STRING   | -         | EMAIL
            addressZip         | STRING   | -         | ZIP
            totalPrice         | DECIMAL  | -         | PRICE
            # kinds that do not fit are dropped before choosing
            amountDue          | DECIMAL  | -         | PRICE
            dueAmount          | DECIMAL  | -         | PRICE
            amountPaid         | DECIMAL  | -         | PRICE
            priceCurrency      | STRING   | -         | CURRENCY
            priceCurrency      | DECIMAL  | -         | PRICE
            creditCardExpiry   | TEMPORAL | -         | FUTURE_TIME
            # bare "name": the entity decides
            name               | STRING   | User      | FULL_NAME
            name               | STRING   | -         | FULL_NAME
            name               | STRING   | Customer  | FULL_NAME
            name               | STRING   | Product   | PRODUCT_NAME
            name               | STRING   | OrderItem | PRODUCT_NAME
            name               | STRING   | Article   | PRODUCT_NAME
            name               | STRING   | SkuEntry  | PRODUCT_NAME
            name               | STRING   | Goods     | PRODUCT_NAME
            name               | STRING   | Company   | COMPANY
            name               | STRING   | Organisation | COMPANY
            name               | STRING   | Organization | COMPANY
            name               | STRING   | Supplier  | COMPANY
            name               | STRING   | VendorAccount | COMPANY
            name               | STRING   | CustomerCompany | COMPANY
            name               | STRING   | Companies | COMPANY
            name               | STRING   | ProductVendor | COMPANY
            name               | STRING   | CompanyProduct | PRODUCT_NAME
            name               | STRING   | City      | CITY
            name               | STRING   | Country   | COUNTRY
            NAME               | STRING   | product_item | PRODUCT_NAME
            names              | STRING   | Product   | PRODUCT_NAME
            # a full phrase names its own kind whatever the entity
            firstName          | STRING   | Product   | FIRST_NAME
            companyName        | STRING   | User      | COMPANY
            productName        | STRING   | Company   | PRODUCT_NAME
            # one phrase, two kinds of disjoint types
            login              | TEMPORAL | -         | PAST_TIME
            """)
    void detectsTheKindOfAFieldName(String name, String category, String entity, String expected) {
        Optional<ValueKind> kind = KindRules.detect(name, TypeCategory.valueOf(category), entity);
        if (expected == null) {
            assertThat(kind).as("%s %s in %s", category, name, entity).isEmpty();
        } else {
            assertThat(kind).as("%s %s in %s", category, name, entity).contains(ValueKind.valueOf(expected));
        }
    }

    @Test
    void unknownOrEmptyNamesHaveNoKind() {
        assertThat(KindRules.detect("", TypeCategory.STRING, "User")).isEmpty();
        assertThat(KindRules.detect("__", TypeCategory.STRING, "User")).isEmpty();
        assertThat(KindRules.detect("sku", TypeCategory.STRING, "Product")).isEmpty();
        assertThat(KindRules.detect("id", TypeCategory.INTEGRAL, "User")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void everyKindIsDetectedFromSomeNameOfAFittingType(ValueKind kind) {
        TypeCategory category = kind.categories().iterator().next();
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (kind == ValueKind.FULL_NAME || kind == ValueKind.PRODUCT_NAME) {
            name = kind == ValueKind.FULL_NAME ? "full_name" : "product_name";
        }
        String field = switch (kind) {
            case PAST_TIME -> "created_at";
            case FUTURE_TIME -> "expires_at";
            case IPV6 -> "ipv6";
            default -> name;
        };
        assertThat(KindRules.detect(field, category, null)).as(field).contains(kind);
    }
}
