package io.casefile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CasefileApplication {

	public static void main(String[] args) {
		SpringApplication.run(CasefileApplication.class, args);
	}

}
