# Builds Casefile from this repository and runs the packaged jar. docker-compose.yml uses it.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY schema schema
COPY src src
RUN ./mvnw --batch-mode --no-transfer-progress package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/casefile.jar casefile.jar
# Casefile's memory, not the container's: see jvm.options.
COPY jvm.options jvm.options
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/casefile.jar"]
