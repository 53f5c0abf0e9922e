/** The fictional demo data set: generated from a seed and loaded into an empty registry with REGISTRY_DEMO=true. */
package org.hetao.registry.demo;
