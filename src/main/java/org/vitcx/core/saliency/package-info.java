/** Paper step 10: coverage (pixel-coverage-bias) correction and aggregation into the saliency map. */
package org.vitcx.core.saliency;
