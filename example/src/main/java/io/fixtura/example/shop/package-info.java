/**
 * A small shop domain: users with addresses, products, orders and their items, employees. Plain
 * records and classes carrying Bean Validation, JPA and Fixtura annotations; nothing here depends
 * on Fixtura at run time (its annotations have CLASS retention).
 */
package io.fixtura.example.shop;
