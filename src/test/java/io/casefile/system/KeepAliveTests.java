package io.casefile.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client may send all its requests over one connection: the server does not close it
 * after a hundred requests, as Tomcat does by default.
 */
@CasefileTest
class KeepAliveTests {

	private static final String QUERY = "{\"query\": \"{ organization(id: \\\"amazon\\\") { name } }\"}";

	@LocalServerPort
	int port;

	@Test
	void threeHundredRequestsGoOverOneConnection() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			byte[] body = QUERY.getBytes(StandardCharsets.UTF_8);
			for (int n = 1; n <= 300; n++) {
				out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + body.length + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.write(body);
				out.flush();
				String status = in.readLine();
				assertThat(status).as("response %d", n).isEqualTo("HTTP/1.1 200 ");
				int length = -1;
				boolean chunked = false;
				for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
					assertThat(header.toLowerCase()).as("response %d", n).isNotEqualTo("connection: close");
					if (header.toLowerCase().startsWith("content-length:")) {
						length = Integer.parseInt(header.substring(15).strip());
					}
					chunked |= header.equalsIgnoreCase("transfer-encoding: chunked");
				}
				assertThat(read(in, length, chunked)).contains("\"name\":\"Amazon\"");
			}
		}
	}

	private static String read(BufferedReader in, int length, boolean chunked) throws Exception {
		StringBuilder body = new StringBuilder();
		if (!chunked) {
			char[] chars = new char[length];
			int read = 0;
			while (read < length) {
				read += in.read(chars, read, length - read);
			}
			return body.append(chars).toString();
		}
		for (int size = Integer.parseInt(in.readLine().strip(), 16); size > 0; size = Integer
			.parseInt(in.readLine().strip(), 16)) {
			char[] chars = new char[size];
			int read = 0;
			while (read < size) {
				read += in.read(chars, read, size - read);
			}
			body.append(chars);
			in.readLine();
		}
		in.readLine();
		return body.toString();
	}

}
