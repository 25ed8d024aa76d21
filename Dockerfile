# Builds the application jar and runs it; used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/workers/target/commissioning-flow-workers-*.jar /app/commissioning-flow.jar
# Inside a container the API must listen beyond loopback (its default) for the published port to reach it.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/commissioning-flow.jar"]
