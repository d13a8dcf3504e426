/** Paper steps 8–9: perturbed image pairs with seeded noise and their causal scores. */
package org.vitcx.core.scores;
