/**
 * The model file (TorchScript with vitcx.json metadata, docs/model-format.md) running in DJL's PyTorch engine,
 * and the device choice. The only package that imports DJL; it keeps DJL offline.
 */
package org.vitcx.model;
