package io.segmentation.runs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, records runs cut short by a previous shutdown as INTERRUPTED. */
@Component
@Order(1)
class RunRecovery implements ApplicationRunner {

    private final RunService service;

    RunRecovery(RunService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        service.recoverInterrupted();
    }
}
