package dev.mockndes.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The links of the chain a SCEP enrolment crosses, in the order a request meets them: the words of a
 * scenario's {@code breaks.hop}, of the dashboard's diagram and of a device run's failing hop.
 */
public enum Hop {
    /** The device itself: its SCEP client and its own checks. */
    DEVICE("device", "Device"),
    /** Whatever sits between the device and IIS: network, firewall, load balancer, application proxy. */
    PROXY("proxy", "Proxy / network"),
    /** HTTP.sys and the IIS site: TLS, request filtering, application pools, the IIS worker's rights. */
    IIS("iis", "IIS / HTTP.sys"),
    /** The NDES application, mscep.dll: its RA certificates, its service account, the SCEP messages. */
    MSCEP("mscep", "mscep.dll"),
    /** The policy module NDES calls for the challenge: the Intune certificate connector. */
    POLICY_MODULE("policy-module", "Policy module / connector"),
    /** The certification authority that issues, refuses or holds the request. */
    CA("ca", "CA");

    private final String word;
    private final String label;

    Hop(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word in scenario files and the admin API, e.g. {@code policy-module}. */
    public String word() {
        return word;
    }

    /** How people see it named, e.g. {@code IIS / HTTP.sys}. */
    public String label() {
        return label;
    }

    /** Every word, device first. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Hop::word).toList();
    }

    /** The hop a word names, exactly as written. */
    public static Optional<Hop> fromWord(String word) {
        return Arrays.stream(values()).filter(hop -> hop.word.equals(word)).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
