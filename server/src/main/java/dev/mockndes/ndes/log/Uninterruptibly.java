package dev.mockndes.ndes.log;

/** Runs a blocking step to completion even if interrupted, then restores the interrupt flag. */
final class Uninterruptibly {

    interface Step {
        void run() throws InterruptedException;
    }

    private Uninterruptibly() {
    }

    static void run(Step step) {
        boolean interrupted = false;
        while (true) {
            try {
                step.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
