package dev.mockndes.admin;

/** A library scenario as {@code GET /scenarios} lists it. */
public record ScenarioSummary(String name, String title) {
}
