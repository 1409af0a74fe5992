# chipwatch image: built from this repository in two stages, so the runtime image holds a JRE,
# the shaded jar and the data files (seeds/, topics/), and no build tools.
#   docker build -t chipwatch .
#   docker run --rm chipwatch --help

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first: this layer is reused as long as pom.xml does not change.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY topics topics
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ENV CHIPWATCH_HOME=/opt/chipwatch
WORKDIR /opt/chipwatch
COPY --from=build /src/target/chipwatch.jar chipwatch.jar
COPY seeds seeds
COPY topics topics
# ./data (streams state, the embedded broker's logs when used) lives in a volume.
RUN useradd --system --home-dir /data --create-home chipwatch && mkdir -p /data && chown chipwatch /data
USER chipwatch
WORKDIR /data
VOLUME /data
# /metrics and /health; commands bind them to loopback unless --metrics-address says otherwise.
EXPOSE 9464
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/chipwatch/chipwatch.jar"]
CMD ["run"]
