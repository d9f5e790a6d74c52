package io.fixtura.example;

import io.fixtura.annotations.GenerateFactories;

/**
 * The trigger: the shop domain lives in main code, so its factories, builders and models are
 * generated here, into test output only.
 */
@GenerateFactories(packages = "io.fixtura.example.shop")
final class Fixtures {

    private Fixtures() {
    }
}
