package io.chipwatch.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/** The start of a measurement: the wall clock, and the CPU the process had used so far. */
public record Mark(Instant wall, Duration cpu) {

    public static Mark now() {
        return new Mark(Instant.now(), processCpu());
    }

    /** CPU time of the whole process: every thread, the embedded broker's included. */
    public static Duration processCpu() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Duration.ofNanos(os.getProcessCpuTime());
    }
}
