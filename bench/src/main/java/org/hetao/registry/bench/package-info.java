/** Benchmarks of the registry and the synthetic data they run on; not part of the shipped application. */
package org.hetao.registry.bench;
