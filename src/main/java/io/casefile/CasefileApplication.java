package io.casefile;

import io.casefile.importing.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CasefileApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			// java -jar casefile.jar import FILE...: import, print what was done, exit.
			System.exit(ImportCommand.run(args, CasefileApplication.class));
		}
		SpringApplication.run(CasefileApplication.class, args);
	}

}
