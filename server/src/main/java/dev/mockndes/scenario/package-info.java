/**
 * Scenario files: the model, the strict YAML loader, the library, the checks, and the scenario in force.
 * A scenario names faults (dev.mockndes.fault) and device expectations; behaviour lives in code, not in the file.
 */
package dev.mockndes.scenario;
