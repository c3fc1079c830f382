package dev.mockndes.scenario;

/**
 * What Microsoft documents about a failure, in our own words.
 *
 * @param article    the article and section it comes from
 * @param symptom    what the device, browser or log shows
 * @param cause      why
 * @param resolution what fixes it
 */
public record Documentation(String article, String symptom, String cause, String resolution) {
}
