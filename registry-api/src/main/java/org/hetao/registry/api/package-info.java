/** The registry's HTTP API: JAX-RS resources, request and response records, error mapping. */
package org.hetao.registry.api;
