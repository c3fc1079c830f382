package dev.mockndes.harness.device;

/** One kind of device: how it talks SCEP and what it logs. A run never throws for server misbehaviour. */
public interface DeviceProfile {

    /** android, ios, macos, windows or rfc8894. */
    String name();

    DeviceRun run(DeviceTarget target);
}
