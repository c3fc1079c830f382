/** Coverage-guided fuzz targets (Jazzer) for every parser that takes bytes from outside, each asserting its contract. */
package dev.mockndes.fuzz;
