package vn.congdoan.baocao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BaocaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaocaoApplication.class, args);
    }
}
