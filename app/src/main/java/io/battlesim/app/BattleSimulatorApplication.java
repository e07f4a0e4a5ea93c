package io.battlesim.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the TikTok Battle Simulator web application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BattleSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(BattleSimulatorApplication.class, args);
    }
}
