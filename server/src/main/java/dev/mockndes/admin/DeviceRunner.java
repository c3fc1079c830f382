package dev.mockndes.admin;

import java.util.List;
import java.util.Optional;

/**
 * Enrols one emulated device against this server's SCEP URL and tells what it saw: what
 * {@code POST /devices/run} and the dashboard's "run a device" button call. Implementations block
 * for the whole enrolment and may be called from several threads at once.
 */
public interface DeviceRunner {

    /** The profile names {@link #run} accepts, e.g. "android". */
    List<String> profiles();

    /**
     * @param profile   one of {@link #profiles()}
     * @param challenge the challenge password to put in the CSR, if any
     * @throws IllegalArgumentException for an unknown profile
     */
    DeviceRunResult run(String profile, Optional<String> challenge);
}
