/** Paper steps 5–6: cosine distances between ViT masks and their complete-linkage clustering. */
package org.vitcx.core.clustering;
