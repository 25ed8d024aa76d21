# Builds the application jar and runs it; used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/workers/target/commissioning-flow-workers-*.jar /app/commissioning-flow.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/commissioning-flow.jar"]
