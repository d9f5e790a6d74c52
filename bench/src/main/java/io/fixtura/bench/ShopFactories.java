package io.fixtura.bench;

import io.fixtura.annotations.GenerateFactories;

/**
 * The trigger: the example's shop domain comes from the class path, so its factories are generated
 * into this module, as a user's test sources would get them.
 */
@GenerateFactories(packages = "io.fixtura.example.shop")
final class ShopFactories {

    private ShopFactories() {
    }
}
